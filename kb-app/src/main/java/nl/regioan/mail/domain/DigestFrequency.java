package nl.regioan.mail.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How often a person gets the digest of what changed in what they follow. */
public enum DigestFrequency {
    NONE, DAILY, WEEKLY;

    public static Optional<DigestFrequency> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /**
     * The period a digest sent on {@code day} belongs to, as the key that is unique per account:
     * {@code digest:2026-12-01} for a day, {@code digest:2026-W49} for an ISO week.
     */
    public String periodKey(LocalDate day) {
        return switch (this) {
            case DAILY -> "digest:" + day;
            case WEEKLY -> String.format("digest:%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case NONE -> throw new IllegalStateException("no digest, no period");
        };
    }

    /** The first day of the period {@code day} is in. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case NONE -> throw new IllegalStateException("no digest, no period");
        };
    }

    /** The length of one period in days: how far back the first digest looks. */
    public int days() {
        return this == WEEKLY ? 7 : 1;
    }
}
