package nl.regioan.indicator.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** The allowed range of an indicator's values; either end may be open. */
public record Bounds(BigDecimal min, BigDecimal max) {

    public Bounds {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("The lower bound " + min + " is above the upper bound " + max);
        }
    }

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** "between 1 and 10", "at least 0", or "any number", for error messages. */
    public String describe() {
        if (min != null && max != null) {
            return "between " + min.toPlainString() + " and " + max.toPlainString();
        }
        if (min != null) {
            return "at least " + min.toPlainString();
        }
        return Optional.ofNullable(max).map(m -> "at most " + m.toPlainString()).orElse("any number");
    }
}
