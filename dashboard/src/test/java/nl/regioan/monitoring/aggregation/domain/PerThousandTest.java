package nl.regioan.monitoring.aggregation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.Subregion;
import org.junit.jupiter.api.Test;

/** Counts per 1,000 inhabitants over the members of each period: sums over sums, never a mean of ratios. */
class PerThousandTest {

    private static final Subregion LIEMERS = new Subregion("Liemers");
    private static final Municipality ZEVENAAR = member("GM0299", "Zevenaar", null);
    private static final Municipality DUIVEN = member("GM0226", "Duiven", null);
    private static final Municipality MONTFERLAND = member("GM1955", "Montferland", LocalDate.of(2024, 12, 31));
    private static final List<Municipality> ALL = List.of(ZEVENAAR, DUIVEN, MONTFERLAND);

    /** Jobs and population of 1 January per municipality and year (figures chosen for the test). */
    private static final Map<String, Map<Integer, int[]>> FIGURES = Map.of(
            "GM0299", Map.of(2024, new int[] {20000, 45000}, 2025, new int[] {20500, 45300}),
            "GM0226", Map.of(2024, new int[] {9000, 26000}, 2025, new int[] {9100, 26100}),
            "GM1955", Map.of(2024, new int[] {14000, 36000}, 2025, new int[] {14200, 36200}));

    private static Municipality member(String code, String name, LocalDate until) {
        Municipality municipality = new Municipality(CbsCode.of(code), name, "Gelderland");
        municipality.joinRegion(LIEMERS, LocalDate.of(2021, 1, 1), until);
        return municipality;
    }

    private static PerThousand.Result regionIn(int year) {
        List<PerThousand.Part> parts = AreaSelector.region()
                .membersDuring(ALL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(m -> {
                    int[] f = FIGURES.get(m.cbsCode().value()).get(year);
                    return new PerThousand.Part(m.cbsCode().value(), BigDecimal.valueOf(f[0]), BigDecimal.valueOf(f[1]));
                }).toList();
        return PerThousand.of(parts);
    }

    @Test
    void theRegionIsTheSumOfCountsOverTheSumOfPopulationOfThatPeriodsMembers() {
        // 2024: Montferland is a member: (20000 + 9000 + 14000) * 1000 / (45000 + 26000 + 36000)
        PerThousand.Result in2024 = regionIn(2024);
        assertEquals(new BigDecimal("401.8692"), in2024.aggregate().value());
        assertEquals(3, in2024.aggregate().expected());
        // 2025: Montferland left on 2025-01-01: (20500 + 9100) * 1000 / (45300 + 26100)
        PerThousand.Result in2025 = regionIn(2025);
        assertEquals(new BigDecimal("414.5658"), in2025.aggregate().value());
        assertEquals(2, in2025.aggregate().expected(), "17 municipalities from 2025: Montferland no longer counts");
        assertFalse(in2025.aggregate().missing());
    }

    @Test
    void neverTheMeanOfTheMembersRatios() {
        BigDecimal meanOfRatios = List.of(20000.0 / 45, 9000.0 / 26, 14000.0 / 36).stream()
                .map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
        assertNotEquals(0, meanOfRatios.compareTo(regionIn(2024).aggregate().value()), "the two differ for these figures");
    }

    @Test
    void oneMunicipalityIsItsCountOverItsPopulation() {
        PerThousand.Result zevenaar = PerThousand.of(List.of(new PerThousand.Part("GM0299", new BigDecimal("20000"),
                new BigDecimal("45000"))));
        assertEquals(new BigDecimal("444.4444"), zevenaar.aggregate().value());
        assertTrue(zevenaar.withoutPopulation().isEmpty());
    }

    @Test
    void aMemberWithoutPopulationIsLeftOutOfBothSumsAndNamed() {
        PerThousand.Result result = PerThousand.of(List.of(
                new PerThousand.Part("GM0299", new BigDecimal("20000"), new BigDecimal("45000")),
                new PerThousand.Part("GM0226", new BigDecimal("9000"), null)));
        assertEquals(new BigDecimal("444.4444"), result.aggregate().value(), "Duiven's jobs are not divided by Zevenaar's people");
        assertTrue(result.aggregate().missing());
        assertEquals(List.of("GM0226"), result.withoutPopulation());

        PerThousand.Result none = PerThousand.of(List.of(new PerThousand.Part("GM0226", new BigDecimal("9000"), null)));
        assertNull(none.aggregate().value(), "no population at all: no figure, never zero");
        assertEquals(List.of("GM0226"), none.withoutPopulation());
    }
}
