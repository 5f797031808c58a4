/** JPA storage of watches. */
package nl.regioan.kb.watch.infrastructure;
