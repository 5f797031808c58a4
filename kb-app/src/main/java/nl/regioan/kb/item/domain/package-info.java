/** Knowledge-base items: the entity with its status rules, versions, participation cases, diffs and the search contract. */
package nl.regioan.kb.item.domain;
