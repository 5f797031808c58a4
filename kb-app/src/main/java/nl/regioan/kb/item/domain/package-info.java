/** Knowledge-base items as other features see them (placeholder types from the search branch until issue 4 merges). */
package nl.regioan.kb.item.domain;
