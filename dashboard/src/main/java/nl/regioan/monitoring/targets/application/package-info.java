/** Setting and reading baselines and targets (the coordinator sets them; dashboards read them). */
package nl.regioan.monitoring.targets.application;
