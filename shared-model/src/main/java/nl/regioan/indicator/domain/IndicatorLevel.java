package nl.regioan.indicator.domain;

/** The three monitoring levels of section 6.2. */
public enum IndicatorLevel {
    OUTPUT, COLLABORATION, IMPACT
}
