/** GET/PUT monitoring/baselines and monitoring/targets. */
package nl.regioan.monitoring.targets.interfaces.rest;
