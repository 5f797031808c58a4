package nl.regioan.indicator.domain;

/** How quarters add up to a year: a flow sums, a stock takes the last quarter, a score or share is averaged. */
public enum TimeAggregation {
    SUM, LAST, MEAN
}
