package nl.regioan.question.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The inbox's rule: five working days (Monday to Friday) without an answer is overdue. */
class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    @Test
    void aWeekFromMondayToMondayHasFiveWorkingDays() {
        assertEquals(DayOfWeek.MONDAY, MONDAY.getDayOfWeek());
        assertEquals(5, WorkingDays.between(MONDAY, MONDAY.plusWeeks(1)));
        assertEquals(4, WorkingDays.between(MONDAY, FRIDAY));
    }

    @Test
    void theWeekendDoesNotCount() {
        assertEquals(0, WorkingDays.between(FRIDAY, SATURDAY));
        assertEquals(0, WorkingDays.between(FRIDAY, SATURDAY.plusDays(1)));
        assertEquals(1, WorkingDays.between(FRIDAY, SATURDAY.plusDays(2)), "Friday to Monday is one working day");
        assertEquals(1, WorkingDays.between(SATURDAY, SATURDAY.plusDays(2)), "Saturday to Monday: only Monday");
    }

    @Test
    void theSameDayOrAnEarlierOneIsNoWorkingDay() {
        assertEquals(0, WorkingDays.between(MONDAY, MONDAY));
        assertEquals(0, WorkingDays.between(FRIDAY, MONDAY));
    }

    @Test
    void longSpansCountFiveDaysPerWeek() {
        assertEquals(50, WorkingDays.between(MONDAY, MONDAY.plusWeeks(10)));
        assertEquals(52, WorkingDays.between(MONDAY, MONDAY.plusWeeks(10).plusDays(2)));
        // brute force over a year of start and end days
        for (int start = 0; start < 14; start++) {
            LocalDate from = MONDAY.plusDays(start);
            int counted = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(from.plusDays(400)); day = day.plusDays(1)) {
                if (WorkingDays.isWorkingDay(day)) {
                    counted++;
                }
                assertEquals(counted, WorkingDays.between(from, day), from + " .. " + day);
            }
        }
    }

    @Test
    void aQuestionWithoutAnswersIsOverdueAfterFiveWorkingDays() {
        assertFalse(WorkingDays.overdue(MONDAY, FRIDAY, 0), "four working days");
        assertFalse(WorkingDays.overdue(MONDAY, SATURDAY.plusDays(1), 0), "the weekend adds nothing");
        assertTrue(WorkingDays.overdue(MONDAY, MONDAY.plusWeeks(1), 0), "the fifth working day");
        assertTrue(WorkingDays.overdue(SATURDAY, SATURDAY.plusDays(6), 0), "asked on Saturday: overdue on Friday");
        assertFalse(WorkingDays.overdue(SATURDAY, SATURDAY.plusDays(5), 0));
    }

    @Test
    void aQuestionWithAnAnswerIsNeverOverdue() {
        assertFalse(WorkingDays.overdue(MONDAY, MONDAY.plusWeeks(5), 1));
    }
}
