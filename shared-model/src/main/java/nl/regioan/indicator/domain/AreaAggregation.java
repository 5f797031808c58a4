package nl.regioan.indicator.domain;

/** How municipalities add up to a subregion or the region: counts sum, shares and scores are weighted means, some figures do not aggregate. */
public enum AreaAggregation {
    SUM, WEIGHTED_MEAN, NONE
}
