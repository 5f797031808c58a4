package nl.regioan.monitoring.period.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;

/**
 * The periods the platform accepts from its users: years from {@value #FIRST_YEAR} up to
 * {@value #YEARS_AHEAD} years after the current year of the clock (targets and deadlines lie ahead;
 * nothing is measured before the region's first monitoring year). This is the one place that rule
 * lives: forms, overviews, series, pages, aggregates, reports and imports all parse through it.
 * {@link Period} itself stays wider so calculations such as {@link Period#previous(int)} work near the edges.
 */
public final class PeriodRange {

    public static final int FIRST_YEAR = 2000;
    public static final int YEARS_AHEAD = 10;
    private static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    /** The range on {@code clock}, read in the region's time zone (a year turns at midnight in Amsterdam). */
    public PeriodRange(Clock clock) {
        this.clock = clock.withZone(REGION_ZONE);
    }

    public int firstYear() {
        return FIRST_YEAR;
    }

    public int lastYear() {
        return currentYear() + YEARS_AHEAD;
    }

    public int currentYear() {
        return Year.now(clock).getValue();
    }

    /** Today in the region. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The default period of overviews: the current year is still being entered. */
    public Period lastCompleteYear() {
        return Period.ofYear(currentYear() - 1);
    }

    public boolean contains(Period period) {
        return containsYear(period.year());
    }

    public boolean containsYear(int year) {
        return year >= FIRST_YEAR && year <= lastYear();
    }

    /**
     * Parses a period as {@link Period#parse(String)} does and refuses one outside the range with an
     * {@link InvalidValueException} (for callers that collect problems per row, such as imports).
     */
    public Period parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Period period = Period.parse(trimmed);
        if (!contains(period)) {
            throw new InvalidValueException(outOfRange(trimmed)); // keyed, so a row error reads in the reader's language
        }
        return period;
    }

    /** As {@link #parse(String)}, refusing with a 400 that names {@code field}; an empty text is refused as missing. */
    public Period parse(String field, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of(field, "period.required", Message.of("period.format"));
        }
        Period period;
        try {
            period = Period.parse(trimmed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldError(field, Message.of("period.shape", trimmed,
                    Message.of("period.format")))));
        }
        if (!contains(period)) {
            throw new InvalidInputException(List.of(new FieldError(field, outOfRange(trimmed))));
        }
        return period;
    }

    /** As {@link #parse(String, String)}, with {@code fallback} for an empty text (an optional filter). */
    public Period parseOr(String field, String text, Period fallback) {
        return text == null || text.isBlank() ? fallback : parse(field, text);
    }

    /** Reads a bare four-digit year inside the range; a 400 naming {@code field} otherwise. */
    public int year(String field, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("\\d{4}")) {
            throw InvalidInputException.of(field, "period.year.shape", trimmed, FIRST_YEAR, lastYear());
        }
        int year = Integer.parseInt(trimmed);
        if (!containsYear(year)) {
            throw InvalidInputException.of(field, "period.year.range", trimmed, FIRST_YEAR, lastYear());
        }
        return year;
    }

    private Message outOfRange(String text) {
        return Message.of("period.range", text, FIRST_YEAR, lastYear());
    }
}
