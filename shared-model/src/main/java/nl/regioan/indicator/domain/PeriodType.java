package nl.regioan.indicator.domain;

/** How often an indicator is entered. */
public enum PeriodType {
    QUARTER, YEAR
}
