package nl.regioan.monitoring.value.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void theRegionWordInAnyCase() {
        Area region = Area.parse(" Region ");
        assertTrue(region.isRegion());
        assertEquals(IndicatorValue.REGION_AREA, region.code());
    }

    @Test
    void aMunicipalityByItsCbsCode() {
        Area nijmegen = Area.parse("GM0268");
        assertFalse(nijmegen.isRegion());
        assertEquals("GM0268", nijmegen.code());
        assertEquals(Area.of(nijmegen.municipality()), nijmegen);
    }

    @Test
    void anythingElseSaysWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Area.parse("Nijmegen"));
        assertTrue(e.getMessage().contains("GM0202") && e.getMessage().endsWith("or 'region'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Area.parse(null));
    }
}
