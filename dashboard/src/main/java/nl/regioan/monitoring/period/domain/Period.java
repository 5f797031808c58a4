package nl.regioan.monitoring.period.domain;

import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a quarter ("2024-Q3") or a whole year ("2024").
 *
 * @param quarter 1-4, or 0 for a year
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d+)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public Period {
        if (year < 1900 || year > 2999) {
            throw InvalidValueException.of("period.year.outOfRange", year, Message.of("period.format"));
        }
        if (quarter < 0 || quarter > 4) {
            throw InvalidValueException.of("period.quarter.range", quarter);
        }
    }

    public static Period ofQuarter(int year, int quarter) {
        if (quarter < 1) {
            throw InvalidValueException.of("period.quarter.range", quarter);
        }
        return new Period(year, quarter);
    }

    public static Period ofYear(int year) {
        return new Period(year, 0);
    }

    /** Parses "2024-Q3" or "2024"; the message says what is wrong and what is expected. */
    public static Period parse(String text) {
        String candidate = text == null ? "" : text.trim().toUpperCase();
        Matcher quarter = QUARTER.matcher(candidate);
        if (quarter.matches()) {
            int number = Integer.parseInt(quarter.group(2));
            if (number < 1 || number > 4) {
                throw InvalidValueException.of("period.quarter.named", Message.shorten(text), number);
            }
            return ofQuarter(Integer.parseInt(quarter.group(1)), number);
        }
        if (YEAR.matcher(candidate).matches()) {
            return ofYear(Integer.parseInt(candidate));
        }
        throw InvalidValueException.of("period.format.invalid", Message.shorten(text), Message.of("period.format"));
    }

    public boolean isQuarter() {
        return quarter > 0;
    }

    public boolean isYear() {
        return quarter == 0;
    }

    public LocalDate start() {
        return LocalDate.of(year, isQuarter() ? (quarter - 1) * 3 + 1 : 1, 1);
    }

    public LocalDate end() {
        LocalDate firstOfLastMonth = LocalDate.of(year, isQuarter() ? quarter * 3 : 12, 1);
        return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
    }

    /** The period just before this one: the previous quarter, or the previous year. */
    public Period previous() {
        if (isYear()) {
            return ofYear(year - 1);
        }
        return quarter == 1 ? ofQuarter(year - 1, 4) : ofQuarter(year, quarter - 1);
    }

    public Period next() {
        if (isYear()) {
            return ofYear(year + 1);
        }
        return quarter == 4 ? ofQuarter(year + 1, 1) : ofQuarter(year, quarter + 1);
    }

    /** The same quarter (or year) {@code years} years earlier, for seasonal comparisons. */
    public Period yearsEarlier(int years) {
        return new Period(year - years, quarter);
    }

    public Period sameQuarterAYearEarlier() {
        return yearsEarlier(1);
    }

    /** The year this period lies in. */
    public Period yearPeriod() {
        return ofYear(year);
    }

    /** Q1 to Q4 of this period's year. */
    public List<Period> quartersOfYear() {
        List<Period> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            quarters.add(ofQuarter(year, q));
        }
        return quarters;
    }

    /** The {@code count} periods before this one, nearest first. */
    public List<Period> previous(int count) {
        List<Period> periods = new ArrayList<>(count);
        Period current = this;
        for (int i = 0; i < count; i++) {
            current = current.previous();
            periods.add(current);
        }
        return periods;
    }

    /** Every period of the same kind from {@code from} to {@code to}, both included. */
    public static List<Period> range(Period from, Period to) {
        if (from.isQuarter() != to.isQuarter()) {
            throw InvalidValueException.of("period.range.mixed", from.toString(), to.toString());
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = from; p.compareTo(to) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return isQuarter() ? year + "-Q" + quarter : Integer.toString(year);
    }
}
