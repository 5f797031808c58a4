package nl.regioan.dashboard.domain;

import java.math.BigDecimal;

/** 12.5000 from a DECIMAL column reads as 12.5, 100.0000 as 100. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
