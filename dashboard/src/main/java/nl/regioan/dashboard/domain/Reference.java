package nl.regioan.dashboard.domain;

import java.math.BigDecimal;

/** A value with the period it belongs to, such as the baseline (nulmeting) or the latest figure. */
public record Reference(String period, BigDecimal value) {
}
