/** Start-up of the application: the data source, the schema migration and the first administrator. */
package nl.regioan.app.infrastructure;
