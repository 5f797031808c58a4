package nl.regioan.monitoring.value.domain;

import nl.regioan.shared.api.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.regioan.indicator.domain.Unit;

/**
 * The validation rules of a value: type and bounds from the catalogue (errors), and two kinds of
 * warnings that need a comment: a value far from the municipality's own history, and registers
 * that contradict each other in the same period.
 */
public final class ValueValidator {

    /** How many robust standard deviations (1.4826 x MAD) a value may lie from the median. */
    static final BigDecimal TOLERANCE = new BigDecimal("3");
    /** ... but never less than this share of the median, so a steady history does not flag every small change. */
    static final BigDecimal MINIMUM_RELATIVE_SPREAD = new BigDecimal("0.5");
    private static final BigDecimal MAD_TO_SIGMA = new BigDecimal("1.4826");

    private ValueValidator() {
    }

    /** Errors: a count must be a whole number, every value within the catalogue's bounds. */
    public static Optional<Message> typeAndBoundsProblem(IndicatorRules rules, BigDecimal value) {
        if (rules.unit() == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(Message.of("value.count.whole"));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            return Optional.of(Message.of("value.decimals", 4));
        }
        if (value.abs().compareTo(new BigDecimal("1E15")) >= 0) {
            return Optional.of(Message.of("value.tooLarge"));
        }
        if (!rules.bounds().contains(value)) {
            return Optional.of(Message.of("value.bounds", rules.bounds().describe()));
        }
        return Optional.empty();
    }

    /**
     * A warning when {@code value} lies far from the history. Seasonal values come first: the same
     * quarter of earlier years is used when there are at least two; otherwise the recent periods
     * when there are at least three. The median and the median absolute deviation keep one odd
     * year from moving the yardstick.
     */
    public static Optional<Message> historyWarning(BigDecimal value, List<BigDecimal> sameQuarterEarlierYears,
                                                  List<BigDecimal> recentPeriods) {
        List<BigDecimal> seasonal = sameQuarterEarlierYears.stream().filter(Objects::nonNull).toList();
        List<BigDecimal> recent = recentPeriods.stream().filter(Objects::nonNull).toList();
        List<BigDecimal> history;
        Message basis;
        if (seasonal.size() >= 2) {
            history = seasonal;
            basis = Message.of("value.history.sameQuarter");
        } else if (recent.size() >= 3) {
            history = recent;
            basis = Message.of("value.history.previous");
        } else {
            return Optional.empty();
        }
        BigDecimal median = median(history);
        List<BigDecimal> deviations = history.stream().map(v -> v.subtract(median).abs()).toList();
        BigDecimal spread = median(deviations).multiply(MAD_TO_SIGMA).multiply(TOLERANCE)
                .max(median.abs().multiply(MINIMUM_RELATIVE_SPREAD)).max(BigDecimal.ONE);
        if (value.subtract(median).abs().compareTo(spread) > 0) {
            return Optional.of(Message.of("value.history.warning", basis, plain(median), plain(median.subtract(spread)),
                    plain(median.add(spread))));
        }
        return Optional.empty();
    }

    /**
     * Registers that contradict each other in one period: stays in the night register but no
     * tourist tax collected. Returns a warning per indicator concerned.
     */
    public static List<Finding> crossRegisterWarnings(Map<String, BigDecimal> valuesOfPeriod) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal nights = valuesOfPeriod.get("REG_NACHT");
        BigDecimal tax = valuesOfPeriod.get("FIN_VERBLIJF");
        if (nights != null && tax != null && nights.signum() > 0 && tax.signum() == 0) {
            findings.add(Finding.warning("FIN_VERBLIJF", "NIGHT_REGISTER_WITHOUT_TAX",
                    Message.of("value.cross.nightsWithoutTax", plain(nights))));
        }
        return findings;
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static String plain(BigDecimal value) {
        return value.setScale(Math.min(2, Math.max(0, value.stripTrailingZeros().scale())), RoundingMode.HALF_UP).toPlainString();
    }
}
