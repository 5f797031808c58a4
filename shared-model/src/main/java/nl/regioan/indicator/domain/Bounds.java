package nl.regioan.indicator.domain;

import nl.regioan.shared.api.Message;
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
    public Message describe() {
        if (min != null && max != null) {
            return Message.of("bounds.between", min.toPlainString(), max.toPlainString());
        }
        if (min != null) {
            return Message.of("bounds.atLeast", min.toPlainString());
        }
        return Optional.ofNullable(max).map(m -> Message.of("bounds.atMost", m.toPlainString())).orElse(Message.of("bounds.any"));
    }
}
