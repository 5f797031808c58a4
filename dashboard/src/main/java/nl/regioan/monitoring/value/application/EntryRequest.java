package nl.regioan.monitoring.value.application;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One figure as a person or a system enters it. Lengths as the columns of monitoring_value (V40, V1).
 *
 * @param version the version the person saw, to detect a concurrent change; null skips the check
 */
public record EntryRequest(@Size(max = 40) String indicator, BigDecimal value, @Size(max = 2000) String comment,
                           Long version) {
}
