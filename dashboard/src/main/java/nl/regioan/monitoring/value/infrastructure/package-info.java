/** JPA storage of values, their history and baselines. */
package nl.regioan.monitoring.value.infrastructure;
