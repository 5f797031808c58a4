/** Reading CBS StatLine files (OData v3, OData v4, CSV), importing them all or nothing, and the coordinator's mapping. */
package nl.regioan.monitoring.publicfigures.application;
