package nl.regioan.monitoring.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.regioan.indicator.domain.AreaAggregation;

/**
 * Adds municipalities up to a subregion or the region: counts sum; shares and scores are a mean,
 * weighted when every reporting area has a positive weight, else a plain mean; NONE does not
 * aggregate over more than one area. Areas without a value are counted as missing, never as zero.
 */
public final class AreaAggregator {

    private AreaAggregator() {
    }

    public static Aggregate aggregate(AreaAggregation rule, List<AreaValue> areas) {
        List<AreaValue> present = areas.stream().filter(a -> a.value() != null).toList();
        int expected = areas.size();
        if (present.isEmpty()) {
            return Aggregate.none(expected);
        }
        return switch (rule) {
            case SUM -> new Aggregate(present.stream().map(AreaValue::value).reduce(BigDecimal.ZERO, BigDecimal::add),
                    present.size(), expected);
            case WEIGHTED_MEAN -> new Aggregate(mean(present), present.size(), expected);
            case NONE -> expected == 1 ? new Aggregate(present.get(0).value(), 1, 1) : Aggregate.none(expected);
        };
    }

    private static BigDecimal mean(List<AreaValue> present) {
        boolean weighted = present.stream().allMatch(a -> a.weight() != null && a.weight().signum() > 0);
        if (!weighted) {
            return present.stream().map(AreaValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(present.size()), 4, RoundingMode.HALF_UP);
        }
        BigDecimal weightedSum = present.stream().map(a -> a.value().multiply(a.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalWeight = present.stream().map(AreaValue::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return weightedSum.divide(totalWeight, 4, RoundingMode.HALF_UP);
    }
}
