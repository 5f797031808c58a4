/** Proposing values for a municipality's quarter, for those who may see its figures. */
package nl.regioan.monitoring.suggestion.application;
