/** Use cases behind the dashboards and the annual report: they read the monitoring series and add baselines and targets. */
package nl.regioan.dashboard.application;
