package nl.regioan.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value axis of a report chart with round ticks: the step is 1, 2 or 5 times a power of ten, the
 * axis starts and ends on a tick and holds zero, so a reader can read values off it (0 / 20 / 40 / 60 /
 * 80, not 43,2 / 64,8 / 86,4). Made from the values to draw, including baseline and target.
 *
 * @param min   the lowest tick (zero or below)
 * @param max   the highest tick, at or above every value
 * @param step  the distance between ticks
 * @param ticks min, min + step, ..., max
 */
public record AxisTicks(BigDecimal min, BigDecimal max, BigDecimal step, List<BigDecimal> ticks) {

    /** At most this many steps between the lowest and highest tick: five or six lines fit a chart a third of a page high. */
    public static final int MAX_STEPS = 6;

    private static final int[] NICE = {1, 2, 5};

    /** The axis for these values (nulls are gaps and ignored); with no values, 0 to 1. */
    public static AxisTicks of(List<BigDecimal> values) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                low = low.min(v);
                high = high.max(v);
            }
        }
        if (high.compareTo(low) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        BigDecimal range = high.subtract(low);
        // The smallest 1-2-5 step that covers the range in at most MAX_STEPS steps once both ends are rounded out.
        int exponent = (int) Math.floor(Math.log10(range.doubleValue() / MAX_STEPS));
        for (int e = exponent; ; e++) {
            for (int nice : NICE) {
                BigDecimal step = BigDecimal.valueOf(nice).scaleByPowerOfTen(e);
                BigDecimal first = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                BigDecimal last = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
                if (last.subtract(first).divide(step, 0, RoundingMode.UNNECESSARY).intValue() <= MAX_STEPS) {
                    return between(first, last, step);
                }
            }
        }
    }

    private static AxisTicks between(BigDecimal first, BigDecimal last, BigDecimal step) {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = first; t.compareTo(last) <= 0; t = t.add(step)) {
            ticks.add(Numbers.plain(t));
        }
        return new AxisTicks(Numbers.plain(first), Numbers.plain(last), Numbers.plain(step), List.copyOf(ticks));
    }

    public AxisTicks {
        Objects.requireNonNull(step);
        ticks = List.copyOf(ticks);
    }
}
