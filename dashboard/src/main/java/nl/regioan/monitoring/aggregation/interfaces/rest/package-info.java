/** REST resource of aggregated series. */
package nl.regioan.monitoring.aggregation.interfaces.rest;
