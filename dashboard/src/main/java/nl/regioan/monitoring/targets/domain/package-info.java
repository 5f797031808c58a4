/** Targets (streefwaarden) of indicators per area level, with a target year and a direction. */
package nl.regioan.monitoring.targets.domain;
