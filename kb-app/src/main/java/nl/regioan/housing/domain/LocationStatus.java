package nl.regioan.housing.domain;

/** Where a location stands, from plan to closure; each step has its own date in {@link LocationDetails}. */
public enum LocationStatus {
    PLANNED, PERMIT_APPLIED, PERMITTED, IN_USE, CLOSED
}
