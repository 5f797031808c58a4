package nl.regioan.mail.domain;

import java.time.Duration;

/**
 * When a failed mail is tried again: the first retry after {@code first}, each next one twice as
 * late, never later than {@code longest}; after {@code attempts} failed attempts the mail is given up.
 */
public record Backoff(Duration first, Duration longest, int attempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= longest and at least one attempt");
        }
    }

    /** True when a mail that failed {@code failedAttempts} times is not tried again. */
    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= attempts;
    }

    /** The wait after the {@code failedAttempts}-th failure (1 = the first). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
