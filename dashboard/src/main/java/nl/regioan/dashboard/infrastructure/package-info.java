/** Reads baselines and targets from the monitoring tables. */
package nl.regioan.dashboard.infrastructure;
