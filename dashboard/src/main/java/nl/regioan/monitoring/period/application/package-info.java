/** Use cases of periods: setting the deadline that closes a period. */
package nl.regioan.monitoring.period.application;
