package nl.regioan.monitoring.aggregation.domain;

import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.RegionMembership;

/**
 * What a series is about: one municipality (by CBS code), a subregion (by name) or the whole region.
 *
 * @param name the CBS code, the subregion's name, or "region"
 */
public record AreaSelector(Kind kind, String name) {

    public enum Kind { MUNICIPALITY, SUBREGION, REGION }

    public static final String REGION = "region";

    public static AreaSelector region() {
        return new AreaSelector(Kind.REGION, REGION);
    }

    /**
     * Reads "region", a CBS code such as GM0202, or a subregion name from {@code subregions}
     * (ignoring case); the message lists what is allowed.
     */
    public static AreaSelector parse(String text, List<String> subregions) {
        String candidate = text == null ? "" : text.trim();
        if (candidate.equalsIgnoreCase(REGION)) {
            return region();
        }
        if (candidate.toUpperCase(Locale.ROOT).matches("GM\\d{4}")) {
            return new AreaSelector(Kind.MUNICIPALITY, candidate.toUpperCase(Locale.ROOT));
        }
        return subregions.stream().filter(s -> s.equalsIgnoreCase(candidate)).findFirst()
                .map(s -> new AreaSelector(Kind.SUBREGION, s))
                .orElseThrow(() -> InvalidValueException.of("area.unknown", Message.shorten(text), String.join(", ", subregions)));
    }

    /**
     * The municipalities this area counted in the period [from, to]: those that were members of the
     * region (and, for a subregion, of that subregion) on at least one day of it. Montferland, a
     * member until 2024-12-31, counts for 2024 and its quarters, not for 2025.
     */
    public List<Municipality> membersDuring(List<Municipality> municipalities, LocalDate from, LocalDate to) {
        return municipalities.stream().filter(m -> switch (kind) {
            case MUNICIPALITY -> m.cbsCode().value().equals(name) && m.isMemberDuring(from, to);
            case REGION -> m.isMemberDuring(from, to);
            case SUBREGION -> m.memberships().stream()
                    .filter(ms -> ms.overlaps(from, to)).map(RegionMembership::subregion)
                    .anyMatch(s -> s.name().equals(name));
        }).toList();
    }
}
