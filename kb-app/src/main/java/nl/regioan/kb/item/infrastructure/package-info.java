/** JPA storage of knowledge-base items, their versions and the theme catalogue. */
package nl.regioan.kb.item.infrastructure;
