package nl.regioan.monitoring.period.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.InvalidValueException;
import org.junit.jupiter.api.Test;

class PeriodRangeTest {

    private final PeriodRange in2026 = new PeriodRange(Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void runsFrom2000ToTenYearsAheadOfTheClock() {
        assertEquals(2000, in2026.firstYear());
        assertEquals(2036, in2026.lastYear());
        assertTrue(in2026.contains(Period.ofYear(2000)));
        assertTrue(in2026.contains(Period.ofQuarter(2036, 4)));
        assertFalse(in2026.contains(Period.ofQuarter(1999, 4)));
        assertFalse(in2026.contains(Period.ofYear(2037)));
    }

    @Test
    void theEndMovesWithTheClock() {
        PeriodRange in2030 = new PeriodRange(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals(2040, in2030.lastYear());
        assertEquals(Period.ofYear(2040), in2030.parse("2040"));
        assertThrows(IllegalArgumentException.class, () -> in2026.parse("2040"));
    }

    @Test
    void aRowPeriodOutsideTheRangeIsRefusedWithAKeyedReasonInTheReadersLanguage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> in2026.parse("1900-Q1"));
        assertEquals("period.range", e.reason().key());
        assertEquals("'1900-Q1' valt buiten de perioden die dit platform bijhoudt: kies een jaar van 2000 tot en met 2036",
                e.reason().text(Locale.forLanguageTag("nl")));
    }

    @Test
    void periodsOutsideAreRefusedNamingTheRange() {
        for (String bad : new String[] {"1900", "1900-Q1", "2999-Q4", "1999", "2037-Q1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> in2026.parse(bad), bad);
            assertTrue(e.getMessage().contains("from 2000 to 2036"), e.getMessage());
        }
        assertEquals(Period.ofQuarter(2024, 3), in2026.parse(" 2024-Q3 "));
    }

    @Test
    void shapesStayRefusedAsBefore() {
        assertThrows(IllegalArgumentException.class, () -> in2026.parse("2024-Q5"));
        assertThrows(IllegalArgumentException.class, () -> in2026.parse("02024"));
        assertThrows(IllegalArgumentException.class, () -> in2026.parse(null));
    }

    @Test
    void yearsAreFourDigitsInsideTheRange() {
        assertEquals(2024, in2026.year("year", "2024"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> in2026.year("year", "1899"));
        assertEquals("year", e.errors().get(0).field());
        assertEquals("period.year.range", e.errors().get(0).code());
        assertTrue(e.errors().get(0).text(Locale.ENGLISH).contains("from 2000 to 2036"), e.getMessage());
        assertEquals("period.year.shape", assertThrows(InvalidInputException.class, () -> in2026.year("year", "20245"))
                .errors().get(0).code());
        assertThrows(InvalidInputException.class, () -> in2026.year("year", "+2024"));
    }

    @Test
    void aRefusalNamesTheFieldWithAKeyInBothLanguages() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> in2026.parse("from", "1900-Q1"));
        assertEquals("from", e.errors().get(0).field());
        assertEquals("period.range", e.errors().get(0).code());
        assertTrue(e.errors().get(0).text(Locale.ENGLISH).contains("from 2000 to 2036"), e.getMessage());
        assertTrue(e.errors().get(0).text(Locale.forLanguageTag("nl")).contains("van 2000 tot en met 2036"), e.getMessage());
        assertEquals("period.shape", assertThrows(InvalidInputException.class, () -> in2026.parse("to", "2024-Q5"))
                .errors().get(0).code());
    }

    @Test
    void anEmptyPeriodIsRefusedAsMissingAndAnOptionalOneTakesItsDefault() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> in2026.parse("period", "  "));
        assertEquals("period", missing.errors().get(0).field());
        assertEquals("period.required", missing.errors().get(0).code());
        assertEquals(Period.ofYear(2025), in2026.parseOr("to", "", in2026.lastCompleteYear()));
        assertEquals(Period.ofQuarter(2024, 3), in2026.parseOr("to", "2024-Q3", in2026.lastCompleteYear()));
        assertThrows(InvalidInputException.class, () -> in2026.parseOr("to", "1900", Period.ofYear(2025)));
    }

    @Test
    void theYearTurnsAtMidnightInTheRegionNotInUtc() {
        // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Amsterdam.
        PeriodRange newYear = new PeriodRange(Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));
        assertEquals(2027, newYear.currentYear());
        assertEquals(Period.ofYear(2026), newYear.lastCompleteYear());
        assertEquals(java.time.LocalDate.of(2027, 1, 1), newYear.today());
    }
}
