package nl.regioan.monitoring.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.regioan.monitoring.period.domain.Period;
import org.junit.jupiter.api.Test;

class DefinitionHistoryTest {

    private static DefinitionVersion version(int number, String validFrom, String footnote) {
        return new DefinitionVersion(7, number, validFrom == null ? null : Period.parse(validFrom), "definition " + number,
                footnote, "coordinator", Instant.EPOCH);
    }

    private static final List<DefinitionVersion> HISTORY = List.of(version(1, null, null),
            version(2, "2025-Q1", "Since 2025 counted including seasonal workers."),
            version(3, "2027", "Since 2027 from the BRP instead of the RNI."));

    private static List<DefinitionBreak> within(String from, String to) {
        return DefinitionHistory.breaksWithin(HISTORY, Period.parse(from).start(), Period.parse(to).end());
    }

    @Test
    void aChangeInsideTheRangeIsABreakAtItsFirstPeriodWithItsFootnote() {
        assertEquals(List.of(new DefinitionBreak("2025-Q1", "Since 2025 counted including seasonal workers.")),
                within("2024-Q1", "2025-Q4"));
    }

    @Test
    void everyChangeInsideTheRangeIsListedInTimeOrder() {
        assertEquals(List.of("2025-Q1", "2027"), within("2020", "2030").stream().map(DefinitionBreak::period).toList());
    }

    @Test
    void aChangeOnTheFirstDayOfTheRangeOrBeforeItSplitsNothing() {
        assertTrue(within("2025-Q1", "2026-Q4").isEmpty());
        assertTrue(within("2025-Q2", "2026").isEmpty());
    }

    @Test
    void aChangeAfterTheRangeIsNoBreak() {
        assertTrue(within("2023", "2024").isEmpty());
    }

    @Test
    void aYearlySeriesAcrossAQuarterlyChangeShowsTheBreak() {
        assertEquals(List.of("2025-Q1"), within("2024", "2025").stream().map(DefinitionBreak::period).toList());
    }

    @Test
    void versionOneAloneNeverBreaks() {
        assertTrue(DefinitionHistory.breaksWithin(List.of(version(1, null, null)), Period.parse("2000").start(),
                Period.parse("2030").end()).isEmpty());
    }

    @Test
    void aNewVersionMustStartAfterTheLatestOne() {
        assertTrue(DefinitionHistory.refusalOf(HISTORY, Period.parse("2026-Q4")).isPresent());
        assertTrue(DefinitionHistory.refusalOf(HISTORY, Period.parse("2027")).isPresent());
        assertTrue(DefinitionHistory.refusalOf(HISTORY, Period.parse("2028")).isEmpty());
        assertTrue(DefinitionHistory.refusalOf(List.of(version(1, null, null)), Period.parse("2015")).isEmpty());
    }
}
