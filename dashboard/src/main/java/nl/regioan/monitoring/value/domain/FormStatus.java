package nl.regioan.monitoring.value.domain;

import java.util.Collection;

/** Where a municipality's form for one period stands, from the statuses of the values entered in it. */
public enum FormStatus {
    NOT_STARTED, IN_PROGRESS, RETURNED, SUBMITTED, APPROVED;

    public static FormStatus of(Collection<ValueStatus> statuses) {
        if (statuses.isEmpty()) {
            return NOT_STARTED;
        }
        if (statuses.contains(ValueStatus.RETURNED)) {
            return RETURNED;
        }
        if (statuses.contains(ValueStatus.DRAFT)) {
            return IN_PROGRESS;
        }
        return statuses.stream().allMatch(s -> s == ValueStatus.APPROVED) ? APPROVED : SUBMITTED;
    }

    /** Submitted or approved: the municipality has delivered. */
    public boolean isDelivered() {
        return this == SUBMITTED || this == APPROVED;
    }
}
