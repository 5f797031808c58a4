package nl.regioan.indicator.domain;

/** Whether values are entered per municipality or once for the region as a whole. */
public enum EntryLevel {
    MUNICIPALITY, REGION
}
