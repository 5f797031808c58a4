/** JPA storage of period deadlines. */
package nl.regioan.monitoring.period.infrastructure;
