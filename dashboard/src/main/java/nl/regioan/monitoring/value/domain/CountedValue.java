package nl.regioan.monitoring.value.domain;

import java.math.BigDecimal;

/**
 * A value that counts in aggregations (submitted or approved, not empty), read as a projection:
 * the aggregations read tens of thousands of these at once, so no entities are built for them.
 */
public record CountedValue(long indicatorId, String areaCode, String period, BigDecimal value) {
}
