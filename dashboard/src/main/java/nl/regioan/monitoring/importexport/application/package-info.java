/** Use cases of bulk delivery (all-or-nothing, with row errors) and export of values. */
package nl.regioan.monitoring.importexport.application;
