package nl.regioan.housing.domain;

/** Filters of the register list; null means "any". {@code name} matches part of the name or address. */
public record LocationFilter(Long municipalityId, HousingKind kind, LocationStatus status, String name) {

    public static LocationFilter none() {
        return new LocationFilter(null, null, null, null);
    }
}
