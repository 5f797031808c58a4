package nl.regioan.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.shared.api.InvalidInputException;

/** The year of a report, its archive or its developments, read from a URL: inside the range and not in the future. */
@ApplicationScoped
public class ReportYears {

    @Inject
    PeriodRange periodRange;

    public int parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int year = periodRange.year("year", trimmed);
        int latest = periodRange.currentYear();
        if (year > latest) {
            throw InvalidInputException.of("year", "year.future", year, latest);
        }
        return year;
    }
}
