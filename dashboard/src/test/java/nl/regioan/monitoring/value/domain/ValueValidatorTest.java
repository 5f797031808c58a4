package nl.regioan.monitoring.value.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.regioan.indicator.domain.AreaAggregation;
import nl.regioan.indicator.domain.Bounds;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.indicator.domain.TimeAggregation;
import nl.regioan.indicator.domain.Unit;
import org.junit.jupiter.api.Test;

class ValueValidatorTest {

    static final IndicatorRules COUNT = new IndicatorRules("REG_RNI", Unit.COUNT, PeriodType.QUARTER, EntryLevel.MUNICIPALITY,
            new Bounds(BigDecimal.ZERO, null), TimeAggregation.SUM, AreaAggregation.SUM);
    static final IndicatorRules SCORE = new IndicatorRules("TEVR_LEVEN", Unit.SCORE, PeriodType.YEAR, EntryLevel.MUNICIPALITY,
            new Bounds(BigDecimal.ONE, BigDecimal.TEN), TimeAggregation.MEAN, AreaAggregation.WEIGHTED_MEAN);
    static final IndicatorRules SHARE = new IndicatorRules("WONEN_BIJ_WERK", Unit.PERCENT, PeriodType.YEAR, EntryLevel.MUNICIPALITY,
            new Bounds(BigDecimal.ZERO, new BigDecimal("100")), TimeAggregation.LAST, AreaAggregation.WEIGHTED_MEAN);

    private static List<BigDecimal> values(String... texts) {
        return Arrays.stream(texts).map(t -> t == null ? null : new BigDecimal(t)).toList();
    }

    @Test
    void countsAreWholeAndNotNegative() {
        assertTrue(ValueValidator.typeAndBoundsProblem(COUNT, new BigDecimal("-1")).orElseThrow().toString().contains("at least 0"));
        assertTrue(ValueValidator.typeAndBoundsProblem(COUNT, new BigDecimal("2.5")).orElseThrow().toString().contains("whole number"));
        assertTrue(ValueValidator.typeAndBoundsProblem(COUNT, new BigDecimal("12.000")).isEmpty());
        assertTrue(ValueValidator.typeAndBoundsProblem(COUNT, new BigDecimal("0")).isEmpty());
    }

    @Test
    void scoresFromOneToTenAndSharesUpToHundred() {
        assertTrue(ValueValidator.typeAndBoundsProblem(SCORE, new BigDecimal("11")).orElseThrow().toString().contains("between 1 and 10"));
        assertTrue(ValueValidator.typeAndBoundsProblem(SCORE, new BigDecimal("0.5")).isPresent());
        assertTrue(ValueValidator.typeAndBoundsProblem(SCORE, new BigDecimal("7.4")).isEmpty());
        assertTrue(ValueValidator.typeAndBoundsProblem(SHARE, new BigDecimal("100.1")).isPresent());
        assertTrue(ValueValidator.typeAndBoundsProblem(SHARE, new BigDecimal("80")).isEmpty());
    }

    @Test
    void aValueFarFromTheSameQuarterOfEarlierYearsIsAWarning() {
        List<BigDecimal> sameQuarter = values("100", "110", "95");
        assertTrue(ValueValidator.historyWarning(new BigDecimal("400"), sameQuarter, values()).orElseThrow()
                .toString().contains("same quarter"));
        assertTrue(ValueValidator.historyWarning(new BigDecimal("120"), sameQuarter, values()).isEmpty());
    }

    @Test
    void seasonIsRespected() {
        // Summer peaks every year: the previous quarters are low, but the same quarter is high, so no warning.
        List<BigDecimal> sameQuarter = values("300", "320");
        List<BigDecimal> recent = values("90", "100", "95", "310");
        assertTrue(ValueValidator.historyWarning(new BigDecimal("315"), sameQuarter, recent).isEmpty());
    }

    @Test
    void withoutSeasonalHistoryTheRecentPeriodsCount() {
        assertTrue(ValueValidator.historyWarning(new BigDecimal("1000"), values("100"), values("100", "105", "98")).isPresent());
        assertTrue(ValueValidator.historyWarning(new BigDecimal("101"), values(), values("100", "105", "98")).isEmpty());
    }

    @Test
    void oneOddYearDoesNotMoveTheYardstick() {
        // A mean would be pulled up to 340 by the outlier; the median stays at 100.
        assertTrue(ValueValidator.historyWarning(new BigDecimal("400"), values("100", "100", "1000", "105", "95"), values())
                .isPresent());
    }

    @Test
    void tooLittleHistoryGivesNoWarning() {
        assertTrue(ValueValidator.historyWarning(new BigDecimal("5000"), values("100"), values("100", null)).isEmpty());
    }

    @Test
    void nightRegisterWithoutTouristTaxIsAWarning() {
        List<Finding> findings = ValueValidator.crossRegisterWarnings(
                Map.of("REG_NACHT", new BigDecimal("250"), "FIN_VERBLIJF", BigDecimal.ZERO));
        assertEquals(1, findings.size());
        assertEquals("FIN_VERBLIJF", findings.get(0).indicator());
        assertEquals(Finding.Severity.WARNING, findings.get(0).severity());
        assertTrue(ValueValidator.crossRegisterWarnings(Map.of("REG_NACHT", new BigDecimal("250"),
                "FIN_VERBLIJF", new BigDecimal("1200"))).isEmpty());
        assertTrue(ValueValidator.crossRegisterWarnings(Map.of("REG_NACHT", BigDecimal.ZERO,
                "FIN_VERBLIJF", BigDecimal.ZERO)).isEmpty());
        assertTrue(ValueValidator.crossRegisterWarnings(Map.of("REG_NACHT", new BigDecimal("3"))).isEmpty());
    }
}
