/** Public figures from CBS: period and region codes, dated municipal codes, the mapping of measures to indicators, imports. */
package nl.regioan.monitoring.publicfigures.domain;
