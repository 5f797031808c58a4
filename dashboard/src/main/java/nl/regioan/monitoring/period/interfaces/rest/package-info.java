/** REST resource of period deadlines. */
package nl.regioan.monitoring.period.interfaces.rest;
