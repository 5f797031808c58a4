/** Indicator values per area and period, their workflow and history, baselines, and the validation rules. */
package nl.regioan.monitoring.value.domain;
