package nl.regioan.dashboard.application;

import nl.regioan.shared.api.Message;
import java.util.List;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.aggregation.application.SeriesService.Granularity;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.shared.api.InvalidInputException;

/** Reads the period filters of the dashboard URLs, with defaults and messages that say what is allowed. */
final class Periods {

    static final int MAX_PERIODS = 60;

    private Periods() {
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
                throw InvalidInputException.of("granularity", "granularity.yearly", indicator.code());
            }
            return Granularity.QUARTER;
        }
        throw InvalidInputException.of("granularity", "granularity.allowed", Message.shorten(text));
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
            throw InvalidInputException.of(fromField, "range.fromAfterTo", to.toString());
        }
        List<Period> periods = Period.range(from, to);
        if (periods.size() > MAX_PERIODS) {
            throw InvalidInputException.of(fromField, "range.maxPeriodsView", MAX_PERIODS);
        }
        return periods;
    }
}
