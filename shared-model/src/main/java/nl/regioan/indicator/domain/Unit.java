package nl.regioan.indicator.domain;

/** The unit of an indicator value. */
public enum Unit {
    COUNT, EUR, EUR_MILLION, SCORE, PERCENT
}
