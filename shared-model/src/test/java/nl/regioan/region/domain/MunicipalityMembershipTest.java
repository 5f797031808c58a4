package nl.regioan.region.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalityMembershipTest {

    private final Subregion liemers = new Subregion("Liemers");
    private final Subregion arnhem = new Subregion("Arnhem");

    private Municipality montferland() {
        Municipality montferland = new Municipality(CbsCode.of("GM1955"), "Montferland", "Gelderland");
        montferland.joinRegion(liemers, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
        return montferland;
    }

    @Test
    void memberOnTheFirstAndLastDayOfItsMembership() {
        Municipality montferland = montferland();
        assertTrue(montferland.isMemberOn(LocalDate.of(2021, 1, 1)));
        assertTrue(montferland.isMemberOn(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void notAMemberBeforeJoiningOrAfterLeaving() {
        Municipality montferland = montferland();
        assertFalse(montferland.isMemberOn(LocalDate.of(2020, 12, 31)));
        assertFalse(montferland.isMemberOn(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void anOpenMembershipLastsIndefinitely() {
        Municipality arnhemCity = new Municipality(CbsCode.of("GM0202"), "Arnhem", "Gelderland");
        arnhemCity.joinRegion(arnhem, LocalDate.of(2021, 1, 1), null);
        assertTrue(arnhemCity.isMemberOn(LocalDate.of(2099, 6, 30)));
    }

    @Test
    void memberDuringAPeriodWhenAnyDayOverlaps() {
        Municipality montferland = montferland();
        assertTrue(montferland.isMemberDuring(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31)));
        assertFalse(montferland.isMemberDuring(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    }

    @Test
    void theSubregionComesFromTheMembershipInForce() {
        Municipality moved = new Municipality(CbsCode.of("GM9999"), "Verhuisd", "Gelderland");
        moved.joinRegion(liemers, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        moved.joinRegion(arnhem, LocalDate.of(2023, 1, 1), null);
        assertEquals("Liemers", moved.membershipOn(LocalDate.of(2022, 6, 1)).orElseThrow().subregion().name());
        assertEquals("Arnhem", moved.membershipOn(LocalDate.of(2023, 6, 1)).orElseThrow().subregion().name());
    }

    @Test
    void overlappingMembershipsAreRefused() {
        Municipality montferland = montferland();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> montferland.joinRegion(liemers, LocalDate.of(2024, 6, 1), null));
        assertTrue(error.getMessage().contains("already a member"), error.getMessage());
    }

    @Test
    void aMembershipCannotEndBeforeItStarts() {
        Municipality municipality = new Municipality(CbsCode.of("GM0274"), "Renkum", "Gelderland");
        assertThrows(IllegalArgumentException.class,
                () -> municipality.joinRegion(arnhem, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));
    }

    @Test
    void cbsCodesAreValidated() {
        assertEquals("GM0202", CbsCode.of(" gm0202 ").value());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> CbsCode.of("0202"));
        assertTrue(error.getMessage().contains("GM and four digits"));
    }

    @Test
    void membershipDatesAreDescribedForMessages() {
        assertEquals("from 2021-01-01 to 2024-12-31", montferland().describeMemberships().toString());
        assertEquals("van 2021-01-01 tot en met 2024-12-31",
                montferland().describeMemberships().text(java.util.Locale.forLanguageTag("nl")));
        Municipality arnhemCity = new Municipality(CbsCode.of("GM0202"), "Arnhem", "Gelderland");
        assertEquals("never", arnhemCity.describeMemberships().toString());
        arnhemCity.joinRegion(arnhem, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        arnhemCity.joinRegion(arnhem, LocalDate.of(2023, 1, 1), null);
        assertEquals("from 2021-01-01 to 2021-12-31 and from 2023-01-01 (still a member)",
                arnhemCity.describeMemberships().toString());
        assertTrue(montferland().isMemberDuring(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
        assertFalse(montferland().isMemberDuring(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    }
}
