package nl.regioan.question.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The expertise team's promise: a question gets an answer within five working days. Working days
 * are Monday to Friday (public holidays are not known to the platform and count as working days).
 */
public final class WorkingDays {

    /** After this many working days without an answer a question is highlighted in the inbox. */
    public static final int ANSWER_WITHIN = 5;

    private WorkingDays() {
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public static int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        // the remaining days (fewer than seven), one by one
        for (LocalDate day = from.plusDays(weeks * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether a question asked on {@code asked} and still without an answer on {@code today} is overdue. */
    public static boolean overdue(LocalDate asked, LocalDate today, int answers) {
        return answers == 0 && between(asked, today) >= ANSWER_WITHIN;
    }
}
