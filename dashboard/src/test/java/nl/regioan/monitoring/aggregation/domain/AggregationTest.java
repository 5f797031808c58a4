package nl.regioan.monitoring.aggregation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.regioan.indicator.domain.AreaAggregation;
import nl.regioan.indicator.domain.TimeAggregation;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.Subregion;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private static List<BigDecimal> values(String... texts) {
        return Arrays.stream(texts).map(t -> t == null ? null : new BigDecimal(t)).toList();
    }

    private static AreaValue area(String name, String value, String weight) {
        return new AreaValue(name, value == null ? null : new BigDecimal(value), weight == null ? null : new BigDecimal(weight));
    }

    private static void assertValue(String expected, Aggregate aggregate) {
        assertEquals(0, new BigDecimal(expected).compareTo(aggregate.value()), () -> "got " + aggregate);
    }

    @Test
    void aFlowSumsItsQuarters() {
        Aggregate year = TimeAggregator.aggregate(TimeAggregation.SUM, values("10", "20", "30", "40"));
        assertValue("100", year);
        assertEquals(4, year.reported());
        assertFalse(year.missing());
    }

    @Test
    void aStockTakesTheLastQuarter() {
        assertValue("7", TimeAggregator.aggregate(TimeAggregation.LAST, values("4", "5", "6", "7")));
    }

    @Test
    void aScoreIsAveragedOverTheQuarters() {
        assertValue("7.5", TimeAggregator.aggregate(TimeAggregation.MEAN, values("7", "8", "7", "8")));
    }

    @Test
    void missingQuartersAreMissingNeverZero() {
        Aggregate partial = TimeAggregator.aggregate(TimeAggregation.SUM, values("10", null, "30", null));
        assertValue("40", partial);
        assertEquals(2, partial.reported());
        assertEquals(4, partial.expected());
        assertTrue(partial.missing());
        Aggregate nothing = TimeAggregator.aggregate(TimeAggregation.SUM, values(null, null, null, null));
        assertNull(nothing.value());
        assertTrue(nothing.missing());
        Aggregate lastMissing = TimeAggregator.aggregate(TimeAggregation.LAST, values("4", "5", null, null));
        assertValue("5", lastMissing);
        assertTrue(lastMissing.missing());
    }

    @Test
    void countsSumOverAreas() {
        Aggregate total = AreaAggregator.aggregate(AreaAggregation.SUM, List.of(area("a", "3", null), area("b", "4", null)));
        assertValue("7", total);
        assertFalse(total.missing());
    }

    @Test
    void sharesAreWeightedWhereAWeightExists() {
        Aggregate share = AreaAggregator.aggregate(AreaAggregation.WEIGHTED_MEAN,
                List.of(area("a", "90", "300"), area("b", "60", "100")));
        assertValue("82.5", share);
    }

    @Test
    void sharesWithoutAWeightAreAPlainMeanNeverASum() {
        Aggregate share = AreaAggregator.aggregate(AreaAggregation.WEIGHTED_MEAN,
                List.of(area("a", "90", null), area("b", "60", "100")));
        assertValue("75", share);
    }

    @Test
    void noneDoesNotAggregateOverSeveralAreas() {
        assertNull(AreaAggregator.aggregate(AreaAggregation.NONE, List.of(area("a", "1", null), area("b", "2", null))).value());
        assertValue("5", AreaAggregator.aggregate(AreaAggregation.NONE, List.of(area("region", "5", null))));
    }

    @Test
    void areasThatDidNotReportAreCountedAsMissing() {
        Aggregate total = AreaAggregator.aggregate(AreaAggregation.SUM,
                List.of(area("a", "3", null), area("b", null, null), area("c", "4", null)));
        assertValue("7", total);
        assertEquals(2, total.reported());
        assertEquals(3, total.expected());
        assertTrue(total.missing());
        Aggregate none = AreaAggregator.aggregate(AreaAggregation.SUM, List.of(area("a", null, null)));
        assertNull(none.value());
        assertEquals(0, none.reported());
    }

    private static List<Municipality> liemers() {
        Subregion liemers = new Subregion("Liemers");
        Subregion arnhem = new Subregion("Arnhem");
        Municipality montferland = new Municipality(CbsCode.of("GM1955"), "Montferland", "Gelderland");
        montferland.joinRegion(liemers, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
        Municipality zevenaar = new Municipality(CbsCode.of("GM0299"), "Zevenaar", "Gelderland");
        zevenaar.joinRegion(liemers, LocalDate.of(2021, 1, 1), null);
        Municipality arnhemCity = new Municipality(CbsCode.of("GM0202"), "Arnhem", "Gelderland");
        arnhemCity.joinRegion(arnhem, LocalDate.of(2021, 1, 1), null);
        return List.of(montferland, zevenaar, arnhemCity);
    }

    private static List<String> names(List<Municipality> municipalities) {
        return municipalities.stream().map(Municipality::name).toList();
    }

    @Test
    void montferlandCountsIn2024AndNotFrom2025() {
        AreaSelector region = AreaSelector.region();
        Period q4 = Period.parse("2024-Q4");
        Period q1 = Period.parse("2025-Q1");
        assertEquals(List.of("Montferland", "Zevenaar", "Arnhem"), names(region.membersDuring(liemers(), q4.start(), q4.end())));
        assertEquals(List.of("Zevenaar", "Arnhem"), names(region.membersDuring(liemers(), q1.start(), q1.end())));
        Period y2025 = Period.parse("2025");
        assertEquals(List.of("Zevenaar", "Arnhem"), names(region.membersDuring(liemers(), y2025.start(), y2025.end())));
    }

    @Test
    void aSubregionCountsOnlyItsOwnMembersOfThatPeriod() {
        AreaSelector subregion = AreaSelector.parse("liemers", List.of("Arnhem", "Liemers", "Rijk van Nijmegen"));
        assertEquals(AreaSelector.Kind.SUBREGION, subregion.kind());
        Period y2024 = Period.parse("2024");
        assertEquals(List.of("Montferland", "Zevenaar"), names(subregion.membersDuring(liemers(), y2024.start(), y2024.end())));
        Period y2025 = Period.parse("2025");
        assertEquals(List.of("Zevenaar"), names(subregion.membersDuring(liemers(), y2025.start(), y2025.end())));
    }

    @Test
    void aMunicipalityOutsideTheRegionHasNoMembersInThatPeriod() {
        AreaSelector montferland = AreaSelector.parse("gm1955", List.of());
        Period y2025 = Period.parse("2025");
        assertTrue(montferland.membersDuring(liemers(), y2025.start(), y2025.end()).isEmpty());
    }

    @Test
    void anUnknownAreaNamesWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AreaSelector.parse("Veluwe", List.of("Arnhem", "Liemers")));
        assertTrue(e.getMessage().contains("region") && e.getMessage().contains("Liemers"), e.getMessage());
    }
}
