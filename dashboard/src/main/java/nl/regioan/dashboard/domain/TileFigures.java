package nl.regioan.dashboard.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.monitoring.period.domain.Period;

/**
 * The figures on one dashboard tile, worked out from a series of periods (in time order, null where
 * a period has no value), the baseline and the target.
 *
 * <p>On-track rule: with a target, the indicator is on track when the latest value already meets it
 * (at least / at most the target value), or, when it does not yet, when the latest value has moved
 * from the baseline toward the target (higher than the baseline for "at least", lower for "at most").
 * Without a target, a latest value or (for the trend) a baseline, on track is unknown (null), never
 * a guess.
 *
 * @param latest          the most recent period that has a value; null when no period has one
 * @param yearBefore      the same period a year before the latest, null when that has no value
 * @param sinceBaseline   latest minus baseline, null when either is missing
 * @param sinceYearBefore latest minus the same period a year before, null when either is missing
 * @param onTrack         true/false by the rule above, null when it cannot be said
 */
public record TileFigures(Reference latest, Reference baseline, Reference yearBefore, Change sinceBaseline,
                          Change sinceYearBefore, Target target, Boolean onTrack) {

    public static TileFigures of(List<Reference> series, Reference baseline, Target target) {
        Map<String, BigDecimal> byPeriod = new LinkedHashMap<>();
        series.forEach(r -> byPeriod.put(r.period(), r.value()));
        Reference latest = null;
        for (int i = series.size() - 1; i >= 0 && latest == null; i--) {
            if (series.get(i).value() != null) {
                latest = new Reference(series.get(i).period(), Numbers.plain(series.get(i).value()));
            }
        }
        if (baseline != null && baseline.value() == null) {
            baseline = null;
        }
        Reference yearBefore = null;
        if (latest != null) {
            String earlier = Period.parse(latest.period()).yearsEarlier(1).toString();
            BigDecimal value = byPeriod.get(earlier);
            yearBefore = value == null ? null : new Reference(earlier, Numbers.plain(value));
        }
        BigDecimal latestValue = latest == null ? null : latest.value();
        return new TileFigures(latest, baseline, yearBefore,
                Change.between(baseline == null ? null : baseline.value(), latestValue),
                Change.between(yearBefore == null ? null : yearBefore.value(), latestValue),
                target, onTrack(latestValue, baseline == null ? null : baseline.value(), target));
    }

    static Boolean onTrack(BigDecimal latest, BigDecimal baseline, Target target) {
        if (target == null || latest == null) {
            return null;
        }
        if (target.direction().meets(latest, target.value())) {
            return true;
        }
        if (baseline == null) {
            return null;
        }
        return target.direction().improves(baseline, latest);
    }
}
