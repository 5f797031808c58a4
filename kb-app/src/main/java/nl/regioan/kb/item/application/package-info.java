/** Use cases of knowledge-base items (placeholder from the search branch until issue 4 merges). */
package nl.regioan.kb.item.application;
