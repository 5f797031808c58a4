/** The indicator catalogue: what is measured, in which unit and period, and how it aggregates. */
package nl.regioan.indicator.domain;
