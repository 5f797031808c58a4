package nl.regioan.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigestFrequencyTest {

    @Test
    void aDailyDigestBelongsToItsDayAndAWeeklyOneToItsIsoWeek() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        assertEquals("digest:2026-12-01", DigestFrequency.DAILY.periodKey(tuesday));
        assertEquals("digest:2026-W49", DigestFrequency.WEEKLY.periodKey(tuesday));
        assertEquals(DigestFrequency.WEEKLY.periodKey(LocalDate.of(2026, 11, 30)), DigestFrequency.WEEKLY.periodKey(LocalDate.of(2026, 12, 6)));
        assertEquals("digest:2026-W50", DigestFrequency.WEEKLY.periodKey(LocalDate.of(2026, 12, 7)));
        // 1 January 2027 is a Friday of ISO week 53 of 2026
        assertEquals("digest:2026-W53", DigestFrequency.WEEKLY.periodKey(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2026, 11, 30), DigestFrequency.WEEKLY.periodStart(tuesday));
    }
}
