/** JPA storage of indicator definition versions. */
package nl.regioan.monitoring.catalogue.infrastructure;
