package nl.regioan.monitoring.period.domain;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

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

    public PeriodRange(Clock clock) {
        this.clock = clock;
    }

    /** The range for the present moment in the region's time zone. */
    public static PeriodRange now() {
        return new PeriodRange(Clock.system(REGION_ZONE));
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

    public boolean contains(Period period) {
        return containsYear(period.year());
    }

    public boolean containsYear(int year) {
        return year >= FIRST_YEAR && year <= lastYear();
    }

    /** "from 2000 to 2036": the range in words, for messages. */
    public String describe() {
        return "from " + FIRST_YEAR + " to " + lastYear();
    }

    /** Parses a period as {@link Period#parse(String)} does and refuses one outside the range. */
    public Period parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        // Four-digit years only: longer digit strings are refused by the shape, never converted.
        Period period = Period.parse(trimmed);
        if (!contains(period)) {
            throw new IllegalArgumentException("'" + trimmed + "' lies outside the periods this platform holds: use a year "
                    + describe() + " (" + Period.FORMAT_HINT + ")");
        }
        return period;
    }

    /** Reads a bare four-digit year inside the range. */
    public int year(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("\\d{4}")) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a year: use four digits " + describe());
        }
        int year = Integer.parseInt(trimmed);
        if (!containsYear(year)) {
            throw new IllegalArgumentException("'" + trimmed + "' lies outside the years this platform holds: use a year "
                    + describe());
        }
        return year;
    }
}
