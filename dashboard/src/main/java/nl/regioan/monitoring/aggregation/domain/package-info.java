/** Aggregation rules over time (quarters to years) and over areas (municipalities to subregion and region). */
package nl.regioan.monitoring.aggregation.domain;
