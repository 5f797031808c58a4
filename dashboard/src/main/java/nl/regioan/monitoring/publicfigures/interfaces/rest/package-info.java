/** The import endpoint, the mapping and the list of imports for the coordinator. */
package nl.regioan.monitoring.publicfigures.interfaces.rest;
