package nl.regioan.monitoring.value.interfaces.rest;

import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.shared.api.InvalidInputException;

/** Reads the area ("GM0202" or "region") of a request; bad text is a 400 naming the field. Periods are read by {@link PeriodRange}. */
final class EntryParameters {

    private EntryParameters() {
    }

    static Area area(String field, String text) {
        try {
            return Area.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, e);
        }
    }
}
