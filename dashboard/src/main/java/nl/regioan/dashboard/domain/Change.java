package nl.regioan.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change from one value to another, absolute and in percent of the first. Absent (null) when
 * either value is missing: a missing value is never read as zero. The percentage is null when the
 * first value is zero, because a change against nothing has no meaningful percentage.
 */
public record Change(BigDecimal absolute, BigDecimal percent) {

    public static Change between(BigDecimal from, BigDecimal to) {
        if (from == null || to == null) {
            return null;
        }
        BigDecimal absolute = to.subtract(from);
        BigDecimal percent = from.signum() == 0 ? null
                : absolute.multiply(BigDecimal.valueOf(100)).divide(from.abs(), 1, RoundingMode.HALF_UP);
        return new Change(Numbers.plain(absolute), percent);
    }
}
