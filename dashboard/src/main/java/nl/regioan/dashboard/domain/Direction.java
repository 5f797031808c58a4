package nl.regioan.dashboard.domain;

/** Which side of a target is good: the value should be at least, or at most, the target value. */
public enum Direction {
    AT_LEAST, AT_MOST;

    /** True when {@code value} lies on the good side of {@code target} (meeting it exactly counts). */
    boolean meets(java.math.BigDecimal value, java.math.BigDecimal target) {
        int order = value.compareTo(target);
        return this == AT_LEAST ? order >= 0 : order <= 0;
    }

    /** True when moving from {@code from} to {@code to} is a move in the good direction. */
    boolean improves(java.math.BigDecimal from, java.math.BigDecimal to) {
        int order = to.compareTo(from);
        return this == AT_LEAST ? order > 0 : order < 0;
    }
}
