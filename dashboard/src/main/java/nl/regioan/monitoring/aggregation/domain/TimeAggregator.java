package nl.regioan.monitoring.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import nl.regioan.indicator.domain.TimeAggregation;

/**
 * Adds quarters up to a year by the indicator's rule: a flow sums its quarters, a stock takes the
 * last quarter, a score or share is averaged. Missing quarters are counted, never read as zero.
 */
public final class TimeAggregator {

    private TimeAggregator() {
    }

    /** @param quarters the values in time order, null where a quarter has no value */
    public static Aggregate aggregate(TimeAggregation rule, List<BigDecimal> quarters) {
        List<BigDecimal> present = quarters.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return Aggregate.none(quarters.size());
        }
        BigDecimal value = switch (rule) {
            case SUM -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case LAST -> present.get(present.size() - 1);
            case MEAN -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(present.size()), 4, RoundingMode.HALF_UP);
        };
        return new Aggregate(value, present.size(), quarters.size());
    }
}
