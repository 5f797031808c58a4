package nl.regioan.monitoring.value.application;

import java.math.BigDecimal;

/**
 * One figure as a person or a system enters it.
 *
 * @param version the version the person saw, to detect a concurrent change; null skips the check
 */
public record EntryRequest(String indicator, BigDecimal value, String comment, Long version) {
}
