package nl.regioan.monitoring.value.application;

/**
 * The area a form or value belongs to: a municipality, or the region as a whole.
 *
 * @param municipalityId null for the region
 * @param code           the CBS code, or REGION
 */
public record Area(Long municipalityId, String code, String name) {

    public boolean isRegion() {
        return municipalityId == null;
    }
}
