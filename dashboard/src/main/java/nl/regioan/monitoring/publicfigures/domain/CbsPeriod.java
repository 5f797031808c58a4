package nl.regioan.monitoring.publicfigures.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;

/**
 * A CBS period code: {@code 2024JJ00} (the year), {@code 2024KW01}..{@code KW04} (quarters) or
 * {@code 2024MM01}..{@code MM12} (months).
 *
 * @param number 0 for a year, the quarter or the month otherwise
 */
public record CbsPeriod(int year, Kind kind, int number) {

    public enum Kind { YEAR, QUARTER, MONTH }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(JJ|KW|MM)(\\d{2})");

    /** Reads a code; refuses anything else (2024XX00, 2024KW05) with a keyed reason, and years outside the range. */
    public static CbsPeriod parse(String text, PeriodRange range) {
        String code = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher matcher = CODE.matcher(code);
        if (!matcher.matches()) {
            throw InvalidValueException.of("publicFigures.period.invalid", Message.shorten(text));
        }
        int year = Integer.parseInt(matcher.group(1));
        int number = Integer.parseInt(matcher.group(3));
        Kind kind = switch (matcher.group(2)) {
            case "JJ" -> Kind.YEAR;
            case "KW" -> Kind.QUARTER;
            default -> Kind.MONTH;
        };
        boolean valid = switch (kind) {
            case YEAR -> number == 0;
            case QUARTER -> number >= 1 && number <= 4;
            case MONTH -> number >= 1 && number <= 12;
        };
        if (!valid) {
            throw InvalidValueException.of("publicFigures.period.invalid", Message.shorten(text));
        }
        if (!range.containsYear(year)) {
            throw InvalidValueException.of("period.range", code, PeriodRange.FIRST_YEAR, range.lastYear());
        }
        return new CbsPeriod(year, kind, number);
    }

    /** The year or quarter the figure belongs to; a month belongs to its quarter. */
    public Period period() {
        return switch (kind) {
            case YEAR -> Period.ofYear(year);
            case QUARTER -> Period.ofQuarter(year, number);
            case MONTH -> Period.ofQuarter(year, (number - 1) / 3 + 1);
        };
    }

    @Override
    public String toString() {
        return year + switch (kind) {
            case YEAR -> "JJ";
            case QUARTER -> "KW";
            case MONTH -> "MM";
        } + String.format("%02d", number);
    }
}
