/** The one entry point to the schema: run the Flyway migrations against a data source. */
package nl.regioan.db;
