/** The series service: values per period for a municipality, subregion or the region, aggregated by the rules. */
package nl.regioan.monitoring.aggregation.application;
