package nl.regioan.monitoring.value.application;

import nl.regioan.monitoring.value.domain.Area;

/**
 * An area as it is known here: the region, or a municipality with its id and name.
 *
 * @param municipalityId null for the region
 * @param code           the CBS code, or REGION
 */
public record KnownArea(Long municipalityId, String code, String name) {

    public boolean isRegion() {
        return municipalityId == null;
    }

    static KnownArea region() {
        return new KnownArea(null, Area.region().code(), "Regio Arnhem-Nijmegen");
    }
}
