package nl.regioan.monitoring.period.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesQuartersAndYears() {
        assertEquals(Period.ofQuarter(2024, 3), Period.parse("2024-Q3"));
        assertEquals(Period.ofQuarter(2024, 3), Period.parse(" 2024-q3 "));
        assertEquals(Period.ofYear(2024), Period.parse("2024"));
        assertEquals("2024-Q3", Period.parse("2024-Q3").toString());
        assertEquals("2024", Period.parse("2024").toString());
        assertTrue(Period.parse("2024").isYear());
        assertFalse(Period.parse("2024").isQuarter());
    }

    @Test
    void aFifthQuarterIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse("2024-Q5"));
        assertTrue(e.getMessage().contains("Q1 to Q4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2024-Q0"));
    }

    @Test
    void otherShapesAreRefusedNamingTheExpectedFormat() {
        for (String bad : new String[] {"Q3-2024", "2024Q3", "24-Q1", "", "2024-03", "abc"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
            assertTrue(e.getMessage().contains("2024-Q3"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }

    @Test
    void startAndEndDates() {
        assertEquals(LocalDate.of(2024, 7, 1), Period.parse("2024-Q3").start());
        assertEquals(LocalDate.of(2024, 9, 30), Period.parse("2024-Q3").end());
        assertEquals(LocalDate.of(2024, 3, 31), Period.parse("2024-Q1").end());
        assertEquals(LocalDate.of(2024, 1, 1), Period.parse("2024").start());
        assertEquals(LocalDate.of(2024, 12, 31), Period.parse("2024").end());
        assertEquals(LocalDate.of(2024, 12, 31), Period.parse("2024-Q4").end());
    }

    @Test
    void previousAndNextCrossYears() {
        assertEquals(Period.parse("2023-Q4"), Period.parse("2024-Q1").previous());
        assertEquals(Period.parse("2024-Q2"), Period.parse("2024-Q3").previous());
        assertEquals(Period.parse("2023"), Period.parse("2024").previous());
        assertEquals(Period.parse("2025-Q1"), Period.parse("2024-Q4").next());
        assertEquals(List.of(Period.parse("2024-Q2"), Period.parse("2024-Q1"), Period.parse("2023-Q4"), Period.parse("2023-Q3")),
                Period.parse("2024-Q3").previous(4));
    }

    @Test
    void sameQuarterAYearEarlierAndQuartersOfTheYear() {
        assertEquals(Period.parse("2023-Q3"), Period.parse("2024-Q3").sameQuarterAYearEarlier());
        assertEquals(Period.parse("2021-Q3"), Period.parse("2024-Q3").yearsEarlier(3));
        assertEquals(List.of(Period.parse("2024-Q1"), Period.parse("2024-Q2"), Period.parse("2024-Q3"), Period.parse("2024-Q4")),
                Period.parse("2024-Q3").quartersOfYear());
        assertEquals(Period.parse("2024"), Period.parse("2024-Q3").yearPeriod());
    }

    @Test
    void rangesAndOrder() {
        assertEquals(6, Period.range(Period.parse("2023-Q3"), Period.parse("2024-Q4")).size());
        assertEquals(3, Period.range(Period.parse("2022"), Period.parse("2024")).size());
        assertTrue(Period.range(Period.parse("2024"), Period.parse("2023")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Period.range(Period.parse("2023"), Period.parse("2024-Q1")));
        assertTrue(Period.parse("2024-Q1").compareTo(Period.parse("2023-Q4")) > 0);
    }

    @Test
    void aPeriodClosesTheDayAfterItsDeadline() {
        PeriodDeadline deadline = new PeriodDeadline(Period.parse("2024-Q3"), LocalDate.of(2024, 11, 12));
        assertFalse(deadline.isClosedOn(LocalDate.of(2024, 11, 12)));
        assertTrue(deadline.isClosedOn(LocalDate.of(2024, 11, 13)));
    }
}
