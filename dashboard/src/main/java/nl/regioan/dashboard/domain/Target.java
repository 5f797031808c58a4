package nl.regioan.dashboard.domain;

import java.math.BigDecimal;

/** A target (streefwaarde): by {@code year} the value should be at least or at most {@code value}. */
public record Target(int year, Direction direction, BigDecimal value) {
}
