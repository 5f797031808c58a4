/** The indicator catalogue's versioned definitions: a definition change is a new version valid from a period. */
package nl.regioan.monitoring.catalogue.domain;
