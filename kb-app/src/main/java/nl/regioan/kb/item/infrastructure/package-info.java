/** JPA storage of knowledge-base items, their versions and the theme catalogue; the read of items for the search index. */
package nl.regioan.kb.item.infrastructure;
