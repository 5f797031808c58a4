/** JPA repositories of mappings, imports and dated municipal codes. */
package nl.regioan.monitoring.publicfigures.infrastructure;
