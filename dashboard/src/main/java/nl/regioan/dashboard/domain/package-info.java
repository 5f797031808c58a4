/** Dashboard figures: tiles, changes against baseline and a year before, targets and the on-track rule. */
package nl.regioan.dashboard.domain;
