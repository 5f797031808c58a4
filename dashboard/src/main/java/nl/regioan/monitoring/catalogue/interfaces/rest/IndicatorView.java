package nl.regioan.monitoring.catalogue.interfaces.rest;

import java.math.BigDecimal;
import nl.regioan.indicator.domain.IndicatorDefinition;

/** An indicator of the catalogue as the API shows it. */
public record IndicatorView(String code, String nameNl, String nameEn, String unit, String periodType,
                            String timeAggregation, String areaAggregation, String level, String enteredFor,
                            BigDecimal min, BigDecimal max) {

    static IndicatorView of(IndicatorDefinition indicator) {
        return new IndicatorView(indicator.code(), indicator.nameNl(), indicator.nameEn(),
                indicator.unit().name(), indicator.periodType().name(), indicator.timeAggregation().name(),
                indicator.areaAggregation().name(), indicator.level().name(), indicator.entryLevel().name(),
                plain(indicator.bounds().min()), plain(indicator.bounds().max()));
    }

    /** 100.0000 from the DECIMAL column reads as 100. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().setScale(Math.max(0, value.stripTrailingZeros().scale()));
    }
}
