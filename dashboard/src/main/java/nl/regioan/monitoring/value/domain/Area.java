package nl.regioan.monitoring.value.domain;

import java.util.Objects;
import nl.regioan.region.domain.CbsCode;

/**
 * Where figures are entered: one municipality, by its CBS code, or the region as a whole.
 *
 * @param municipality null for the region
 */
public record Area(CbsCode municipality) {

    /** How a request names the region instead of a CBS code. */
    public static final String REGION_WORD = "region";

    private static final Area REGION = new Area(null);

    public static Area region() {
        return REGION;
    }

    public static Area of(CbsCode municipality) {
        return new Area(Objects.requireNonNull(municipality, "municipality"));
    }

    /** "GM0202" or "region" (any case); throws with a readable message otherwise. */
    public static Area parse(String text) {
        if (text != null && REGION_WORD.equalsIgnoreCase(text.trim())) {
            return REGION;
        }
        try {
            return of(CbsCode.of(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", or '" + REGION_WORD + "'", e);
        }
    }

    public boolean isRegion() {
        return municipality == null;
    }

    /** The area code values are stored under: the CBS code, or {@value IndicatorValue#REGION_AREA}. */
    public String code() {
        return isRegion() ? IndicatorValue.REGION_AREA : municipality.value();
    }

    @Override
    public String toString() {
        return code();
    }
}
