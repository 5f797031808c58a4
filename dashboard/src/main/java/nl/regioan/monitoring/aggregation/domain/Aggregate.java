package nl.regioan.monitoring.aggregation.domain;

import java.math.BigDecimal;

/**
 * The outcome of adding up values over time or over areas.
 *
 * @param value    the aggregate over the parts that reported; null when none did (never zero for "nothing")
 * @param reported how many parts (quarters or areas) had a value
 * @param expected how many parts there should have been
 */
public record Aggregate(BigDecimal value, int reported, int expected) {

    public static Aggregate none(int expected) {
        return new Aggregate(null, 0, expected);
    }

    /** True when at least one expected part had no value: the aggregate is incomplete or absent. */
    public boolean missing() {
        return reported < expected || value == null;
    }
}
