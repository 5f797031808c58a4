package nl.regioan.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileFiguresTest {

    private static BigDecimal n(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static List<Reference> series(String... periodsAndValues) {
        List<Reference> list = new ArrayList<>();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            list.add(new Reference(periodsAndValues[i], n(periodsAndValues[i + 1])));
        }
        return list;
    }

    private static final Reference BASELINE = new Reference("2021", n("200"));

    @Test
    void latestValueAndChangeAgainstBaselineAndAYearBefore() {
        TileFigures tile = TileFigures.of(series("2023", "220", "2024", "240", "2025", "300"), BASELINE, null);
        assertEquals(new Reference("2025", n("300")), tile.latest());
        assertEquals(n("100"), tile.sinceBaseline().absolute());
        assertEquals(n("50.0"), tile.sinceBaseline().percent());
        assertEquals(new Reference("2024", n("240")), tile.yearBefore());
        assertEquals(n("60"), tile.sinceYearBefore().absolute());
        assertEquals(n("25.0"), tile.sinceYearBefore().percent());
        assertNull(tile.onTrack(), "without a target on track cannot be said");
    }

    @Test
    void aYearBeforeOfAQuarterIsTheSameQuarterAndDecreasesAreNegative() {
        TileFigures tile = TileFigures.of(series("2024-Q2", "80", "2024-Q3", "70", "2025-Q1", "10", "2025-Q2", "60"),
                new Reference("2021-Q1", n("90")), null);
        assertEquals("2024-Q2", tile.yearBefore().period());
        assertEquals(n("-20"), tile.sinceYearBefore().absolute());
        assertEquals(n("-25.0"), tile.sinceYearBefore().percent());
        assertEquals(n("-30"), tile.sinceBaseline().absolute());
        assertEquals(n("-33.3"), tile.sinceBaseline().percent());
    }

    @Test
    void missingValuesAreNeverReadAsZero() {
        TileFigures tile = TileFigures.of(series("2023", "220", "2024", null, "2025", null), BASELINE, null);
        assertEquals(new Reference("2023", n("220")), tile.latest(), "the latest period WITH a value");
        assertNull(tile.yearBefore(), "2022 is not in the series");
        assertNull(tile.sinceYearBefore());
        assertEquals(n("20"), tile.sinceBaseline().absolute());

        TileFigures empty = TileFigures.of(series("2024", null, "2025", null), BASELINE, new Target(2030, Direction.AT_LEAST, n("1")));
        assertNull(empty.latest());
        assertNull(empty.sinceBaseline(), "no change against nothing");
        assertNull(empty.onTrack());

        TileFigures noBaseline = TileFigures.of(series("2025", "5"), null, null);
        assertNull(noBaseline.sinceBaseline());
    }

    @Test
    void aChangeAgainstZeroHasNoPercentage() {
        Change change = Change.between(n("0"), n("12"));
        assertEquals(n("12"), change.absolute());
        assertNull(change.percent());
    }

    @Test
    void onTrackWhenTheTargetIsMetOrTheTrendSinceTheBaselineMovesTowardIt() {
        Target atLeast80 = new Target(2030, Direction.AT_LEAST, n("80"));
        assertTrue(TileFigures.of(series("2025", "80"), BASELINE, atLeast80).onTrack(), "meeting it exactly counts");
        assertTrue(TileFigures.of(series("2025", "70"), new Reference("2021", n("60")), atLeast80).onTrack(), "rising toward it");
        assertFalse(TileFigures.of(series("2025", "55"), new Reference("2021", n("60")), atLeast80).onTrack(), "falling away");
        assertFalse(TileFigures.of(series("2025", "60"), new Reference("2021", n("60")), atLeast80).onTrack(), "standing still");
        assertNull(TileFigures.of(series("2025", "70"), null, atLeast80).onTrack(), "below target, no baseline: unknown");

        Target atMost100 = new Target(2030, Direction.AT_MOST, n("100"));
        assertTrue(TileFigures.of(series("2025", "90"), BASELINE, atMost100).onTrack());
        assertTrue(TileFigures.of(series("2025", "150"), BASELINE, atMost100).onTrack(), "falling from 200 toward 100");
        assertFalse(TileFigures.of(series("2025", "250"), BASELINE, atMost100).onTrack());
    }

    @Test
    void themesFollowTheIndicatorCode() {
        assertEquals(Theme.REGISTRATION, Theme.of("REG_RNI"));
        assertEquals(Theme.HOUSING, Theme.of("WONEN_BIJ_WERK"));
        assertEquals(Theme.WORK_AND_ECONOMY, Theme.of("BANEN"));
        assertEquals(Theme.WELLBEING, Theme.of("OVERLAST"));
        assertEquals(Theme.COLLABORATION, Theme.of("CONV_PARTNERS"));
    }
}
