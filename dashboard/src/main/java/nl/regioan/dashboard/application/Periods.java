package nl.regioan.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.aggregation.application.SeriesService.Granularity;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.shared.api.InvalidInputException;

/** Reads the period filters of the dashboard URLs, with defaults and messages that say what is allowed. */
final class Periods {

    static final int MAX_PERIODS = 60;

    private Periods() {
    }

    /** The last complete year is the default: the current year is still being entered. */
    static Period lastYear() {
        return Period.ofYear(LocalDate.now().getYear() - 1);
    }

    static Period parse(String field, String text, Period fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return PeriodRange.now().parse(field, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    static Granularity granularity(String text, IndicatorDefinition indicator) {
        boolean quarterly = indicator.periodType() == PeriodType.QUARTER;
        if (text == null || text.isBlank()) {
            return quarterly ? Granularity.QUARTER : Granularity.YEAR;
        }
        if (text.trim().equalsIgnoreCase("year")) {
            return Granularity.YEAR;
        }
        if (text.trim().equalsIgnoreCase("quarter")) {
            if (!quarterly) {
                throw new InvalidInputException("granularity", indicator.code() + " is entered once a year: use year");
            }
            return Granularity.QUARTER;
        }
        throw new InvalidInputException("granularity", "'" + text + "' is not allowed: use quarter or year");
    }

    /** A period as the granularity needs it: a year stays a year for years; for quarters a year means its Q4 (or Q1 as a start). */
    static Period as(Granularity granularity, Period period, boolean start) {
        if (granularity == Granularity.YEAR) {
            return period.yearPeriod();
        }
        return period.isQuarter() ? period : Period.ofQuarter(period.year(), start ? 1 : 4);
    }

    static List<Period> range(String fromField, Period from, Period to) {
        if (from.compareTo(to) > 0) {
            throw new InvalidInputException(fromField, "must not lie after to (" + to + ")");
        }
        List<Period> periods = Period.range(from, to);
        if (periods.size() > MAX_PERIODS) {
            throw new InvalidInputException(fromField, "at most " + MAX_PERIODS + " periods per view");
        }
        return periods;
    }
}
