/** Use cases of knowledge-base items: list, read, create, edit, publish, retire, versions, diff, restore, import, indexing. */
package nl.regioan.kb.item.application;
