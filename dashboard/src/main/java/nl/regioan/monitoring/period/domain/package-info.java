/** Reporting periods (quarters and years), their arithmetic, and the deadline that closes a period. */
package nl.regioan.monitoring.period.domain;
