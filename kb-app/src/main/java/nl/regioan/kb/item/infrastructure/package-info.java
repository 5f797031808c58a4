/** JPA storage of knowledge-base items, their versions and the theme catalogue; the knowledge links the dashboards show. */
package nl.regioan.kb.item.infrastructure;
