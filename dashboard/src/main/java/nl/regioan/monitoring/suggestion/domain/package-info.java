/** Suggested values: figures other parts of the platform propose for the monitoring, and the port they come through. */
package nl.regioan.monitoring.suggestion.domain;
