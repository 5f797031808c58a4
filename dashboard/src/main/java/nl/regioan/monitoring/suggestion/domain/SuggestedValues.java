package nl.regioan.monitoring.suggestion.domain;

import java.time.LocalDate;
import java.util.List;
import nl.regioan.access.domain.Actor;

/**
 * A port: a part of the platform that can propose monitoring values from its own records (the
 * housing register in kb-app proposes the known housing locations and their places). The monitoring
 * module declares it so that it never depends on kb-app.
 */
public interface SuggestedValues {

    /**
     * Values for the municipality as they stood at the end of {@code day} (the last day of the period),
     * made only from what {@code actor} may read.
     */
    List<SuggestedValue> suggest(Actor actor, long municipalityId, LocalDate day);
}
