package nl.regioan.monitoring.value.domain;

/** Where a value is in the workflow: draft -> submitted -> approved, or sent back (returned) with a reason. */
public enum ValueStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** A data steward may still change it (until the period closes). */
    public boolean isOpen() {
        return this == DRAFT || this == RETURNED;
    }
}
