/** REST resources of the knowledge base: items, versions, diff, restore, themes, import and the Markdown preview. */
package nl.regioan.kb.item.interfaces.rest;
