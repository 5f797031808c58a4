package nl.regioan.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reminder rule on fixed days: the first from 7 days before, the last from 1 day before, none after the deadline. */
class ReminderRuleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 15);

    @Test
    void nothingMoreThanSevenDaysBefore() {
        assertEquals(Optional.empty(), ReminderRule.stage(DEADLINE.minusDays(8), DEADLINE));
    }

    @Test
    void theFirstReminderFromSevenDaysBefore() {
        assertEquals(Optional.of(7), ReminderRule.stage(DEADLINE.minusDays(7), DEADLINE));
        assertEquals(Optional.of(7), ReminderRule.stage(DEADLINE.minusDays(2), DEADLINE));
    }

    @Test
    void theLastReminderFromOneDayBeforeUntilTheDeadlineDay() {
        assertEquals(Optional.of(1), ReminderRule.stage(DEADLINE.minusDays(1), DEADLINE));
        assertEquals(Optional.of(1), ReminderRule.stage(DEADLINE, DEADLINE));
        assertEquals(Optional.empty(), ReminderRule.stage(DEADLINE.plusDays(1), DEADLINE), "closed: too late to remind");
    }

    @Test
    void eachReminderOfEachDeadlineHasItsOwnKey() {
        assertEquals("reminder:2026-Q3:2026-11-15:7", ReminderRule.occasion("2026-Q3", DEADLINE, 7));
        assertEquals("reminder:2026-Q3:2026-11-22:7", ReminderRule.occasion("2026-Q3", DEADLINE.plusDays(7), 7));
    }
}
