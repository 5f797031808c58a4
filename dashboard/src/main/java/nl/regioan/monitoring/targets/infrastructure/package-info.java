/** JPA storage of baselines and targets. */
package nl.regioan.monitoring.targets.infrastructure;
