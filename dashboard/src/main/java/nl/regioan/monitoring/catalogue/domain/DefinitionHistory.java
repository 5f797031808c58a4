package nl.regioan.monitoring.catalogue.domain;

import nl.regioan.shared.api.Message;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of an indicator's definition versions: where a series crosses a definition change, and
 * from when a new version may hold.
 */
public final class DefinitionHistory {

    private DefinitionHistory() {
    }

    /**
     * Every definition change that takes effect inside [from, to] after the range's first day: the
     * figures on either side of it were measured differently. A change on the range's first day (or
     * before it) splits nothing, so it is no break.
     */
    public static List<DefinitionBreak> breaksWithin(List<DefinitionVersion> versions, LocalDate from, LocalDate to) {
        return versions.stream()
                .filter(v -> v.validFrom() != null)
                .filter(v -> v.validFrom().start().isAfter(from) && !v.validFrom().start().isAfter(to))
                .sorted(Comparator.comparing(v -> v.validFrom().start()))
                .map(v -> new DefinitionBreak(v.validFrom().toString(), v.footnote()))
                .toList();
    }

    /** The latest version, the one a new version follows. */
    public static Optional<DefinitionVersion> latest(List<DefinitionVersion> versions) {
        return versions.stream().max(Comparator.comparingInt(DefinitionVersion::number));
    }

    /**
     * Why a new version from {@code validFrom} may not follow the latest, or empty when it may: it
     * must start after the latest version's first period, so versions never overlap or reorder.
     */
    public static Optional<Message> refusalOf(List<DefinitionVersion> versions, nl.regioan.monitoring.period.domain.Period validFrom) {
        Optional<DefinitionVersion> latest = latest(versions);
        if (latest.isPresent() && latest.get().validFrom() != null
                && !validFrom.start().isAfter(latest.get().validFrom().start())) {
            return Optional.of(Message.of("definition.validFrom.after", latest.get().validFrom().toString(), latest.get().number()));
        }
        return Optional.empty();
    }
}
