/** REST resources of the indicator catalogue. */
package nl.regioan.monitoring.catalogue.interfaces.rest;
