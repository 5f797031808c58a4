package nl.regioan.monitoring.value.interfaces.rest;

import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.shared.api.InvalidInputException;

/** Reads the area ("GM0202" or "region") and period ("2024-Q3" or "2024") of a request; bad text is a 400 naming the field. */
final class EntryParameters {

    private EntryParameters() {
    }

    static Area area(String field, String text) {
        try {
            return Area.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    static Period period(String field, String text) {
        try {
            return PeriodRange.now().parse(field, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
