package nl.regioan.monitoring.value.domain;

/** Where a value is in the workflow: draft -> submitted -> approved, or sent back (returned) with a reason. */
public enum ValueStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The statuses whose values count in series and aggregates: what a municipality has handed in. */
    public static final java.util.Set<ValueStatus> COUNTED = java.util.EnumSet.of(SUBMITTED, APPROVED);

    /** A data steward may still change it (until the period closes). */
    public boolean isOpen() {
        return this == DRAFT || this == RETURNED;
    }
}
