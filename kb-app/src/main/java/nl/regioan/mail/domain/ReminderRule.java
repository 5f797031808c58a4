package nl.regioan.mail.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a data steward is reminded of a monitoring deadline: once from 7 days before (the first
 * reminder, also when the deadline was set later than that), and once from 1 day before (the last);
 * the deadline day itself still counts, as a period closes on the day after.
 */
public final class ReminderRule {

    public static final int FIRST = 7;
    public static final int LAST = 1;

    private ReminderRule() {
    }

    /** The reminder due on {@code today} (7 or 1), or none before the first or after the deadline. */
    public static Optional<Integer> stage(LocalDate today, LocalDate deadline) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0 || daysLeft > FIRST) {
            return Optional.empty();
        }
        return Optional.of(daysLeft <= LAST ? LAST : FIRST);
    }

    /** The once-per-account key: a deadline that is moved gets its own reminders. */
    public static String occasion(String period, LocalDate deadline, int stage) {
        return "reminder:" + period + ":" + deadline + ":" + stage;
    }
}
