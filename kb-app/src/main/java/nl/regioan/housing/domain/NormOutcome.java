package nl.regioan.housing.domain;

/** The answer of one norm: met, not met, or unknown because the figures it needs are not filled in. */
public enum NormOutcome {
    MET, NOT_MET, UNKNOWN
}
