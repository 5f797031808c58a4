/** MicroProfile Health checks: the database now, the search index later. */
package nl.regioan.app.health;
