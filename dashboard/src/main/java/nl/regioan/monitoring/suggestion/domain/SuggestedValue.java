package nl.regioan.monitoring.suggestion.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A value proposed for an indicator of one municipality and period, with the list it is made from
 * (the data steward checks it before entering the figure; a suggestion is never stored as a value).
 *
 * @param source a message key naming where it comes from, e.g. {@code suggestion.source.housingRegister}
 */
public record SuggestedValue(String indicator, BigDecimal value, String source, List<Basis> basis) {

    public SuggestedValue {
        basis = List.copyOf(basis);
    }

    /** One thing behind the value: a housing location with its beds, say; {@code link} a page of the platform. */
    public record Basis(String name, BigDecimal amount, String link) {
    }
}
