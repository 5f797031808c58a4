/**
 * Start-up of the application (the data source, the schema migration and the first administrator) and
 * what every transaction shares: running it again after a lost conflict.
 */
package nl.regioan.app.infrastructure;
