package nl.regioan.housing.domain;

import static nl.regioan.housing.domain.LocationFixture.TODAY;
import static nl.regioan.housing.domain.LocationFixture.compliant;
import static nl.regioan.housing.domain.LocationFixture.room;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.regioan.shared.api.Messages;
import org.junit.jupiter.api.Test;

/** Every norm of DOMAIN.md, met / not met with the failing figures in Dutch / unknown, and its boundaries. */
class HousingNormsTest {

    private static NormResult result(LocationFixture location, Norm norm) {
        return HousingNorms.check(location.build(), TODAY).stream().filter(r -> r.norm() == norm).findFirst().orElseThrow();
    }

    private static List<String> dutch(NormResult result) {
        return result.findings().stream().map(m -> m.text(Messages.DUTCH)).toList();
    }

    private static void assertOutcome(NormOutcome expected, LocationFixture location, Norm norm) {
        NormResult result = result(location, norm);
        assertEquals(expected, result.outcome(), () -> norm + ": " + dutch(result));
    }

    @Test
    void theFixtureMeetsEveryNormInTheOrderOfTheList() {
        List<NormResult> results = HousingNorms.check(compliant().build(), TODAY);
        assertEquals(List.of(Norm.values()), results.stream().map(NormResult::norm).toList());
        results.forEach(r -> assertEquals(NormOutcome.MET, r.outcome(), () -> r.norm() + ": " + dutch(r)));
    }

    // ---- 5.5 m2 per person --------------------------------------------------------------------

    @Test
    void aRoomBelowFiveAndAHalfSquareMetresPerPersonFailsWithItsFigures() {
        NormResult result = result(compliant().beds(10).rooms(room("9.0", 1), room("6.0", 1),
                new Room(new BigDecimal("8.0"), 2, true)), Norm.BEDROOM_AREA);
        assertEquals(NormOutcome.NOT_MET, result.outcome());
        assertEquals(List.of("kamer 3: 8,0 m² voor 2 personen = 4,0 m² per persoon, norm 5,5"), dutch(result));
    }

    @Test
    void exactlyFiveAndAHalfSquareMetresMeetsTheNormAndJustBelowDoesNot() {
        assertOutcome(NormOutcome.MET, compliant().rooms(room("5.5", 1)), Norm.BEDROOM_AREA);
        assertOutcome(NormOutcome.MET, compliant().rooms(new Room(new BigDecimal("11.00"), 2, true)), Norm.BEDROOM_AREA);
        NormResult below = result(compliant().rooms(room("5.49", 1)), Norm.BEDROOM_AREA);
        assertEquals(NormOutcome.NOT_MET, below.outcome());
        // cut, not rounded: a failing 5.49 never reads as 5,5
        assertEquals(List.of("kamer 1: 5,49 m² voor 1 persoon = 5,49 m² per persoon, norm 5,5"), dutch(below));
    }

    @Test
    void averagesAreCheckedWhenTheRoomsAreNotListedAndNothingIsUnknown() {
        assertOutcome(NormOutcome.MET, compliant().averages("11", "2"), Norm.BEDROOM_AREA);
        NormResult result = result(compliant().averages("9.0", "2"), Norm.BEDROOM_AREA);
        assertEquals(List.of("gemiddeld 9,0 m² per kamer voor gemiddeld 2,0 personen = 4,5 m² per persoon, norm 5,5"),
                dutch(result));
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages(null, null), Norm.BEDROOM_AREA);
    }

    @Test
    void anEmptyRoomNeedsNoArea() {
        assertOutcome(NormOutcome.MET, compliant().rooms(room("3.0", 0), room("6.0", 1)), Norm.BEDROOM_AREA);
    }

    // ---- private bedroom, shared only by a couple ---------------------------------------------

    @Test
    void twoPeopleShareARoomOnlyAsACoupleAndThreeNever() {
        NormResult result = result(compliant().beds(10).rooms(room("12.0", 2), room("20.0", 3),
                new Room(new BigDecimal("12.0"), 2, true)), Norm.PRIVATE_BEDROOM);
        assertEquals(NormOutcome.NOT_MET, result.outcome());
        assertEquals(List.of("kamer 1: 2 personen die geen stel zijn",
                "kamer 2: 3 personen; een slaapkamer is voor één persoon of voor een stel"), dutch(result));
    }

    @Test
    void anAverageOfOnePersonPerRoomMeetsTheNormAboveTwoFailsAndInBetweenIsUnknown() {
        assertOutcome(NormOutcome.MET, compliant().averages("8", "1"), Norm.PRIVATE_BEDROOM);
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages("12", "1.5"), Norm.PRIVATE_BEDROOM);
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages("12", "2"), Norm.PRIVATE_BEDROOM);
        assertOutcome(NormOutcome.NOT_MET, compliant().averages("18", "2.5"), Norm.PRIVATE_BEDROOM);
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages(null, null), Norm.PRIVATE_BEDROOM);
    }

    // ---- 15 m2 living area per person ---------------------------------------------------------

    @Test
    void livingAreaIsPerResidentOfTheRoomsWithExactlyFifteenMeetingTheNorm() {
        // the fixture's rooms hold 4 people
        assertOutcome(NormOutcome.MET, compliant().livingArea("60"), Norm.LIVING_AREA);
        NormResult below = result(compliant().livingArea("59.5"), Norm.LIVING_AREA);
        assertEquals(NormOutcome.NOT_MET, below.outcome());
        assertEquals(List.of("59,5 m² woonoppervlak voor 4 bewoners = 14,87 m² per persoon, norm 15"), dutch(below));
    }

    @Test
    void withoutRoomsTheBedsCountAsResidents() {
        assertOutcome(NormOutcome.MET, compliant().averages("8", "1").beds(10).livingArea("150"), Norm.LIVING_AREA);
        assertOutcome(NormOutcome.NOT_MET, compliant().averages("8", "1").beds(11).livingArea("150"), Norm.LIVING_AREA);
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages("8", "1").beds(null).livingArea("150"), Norm.LIVING_AREA);
        assertOutcome(NormOutcome.UNKNOWN, compliant().livingArea(null), Norm.LIVING_AREA);
    }

    // ---- SNF certification --------------------------------------------------------------------

    @Test
    void snfCertificationIsValidThroughItsExpiryDate() {
        assertOutcome(NormOutcome.MET, compliant().snf(true, TODAY), Norm.SNF_CERTIFICATION);
        NormResult expired = result(compliant().snf(true, TODAY.minusDays(1)), Norm.SNF_CERTIFICATION);
        assertEquals(NormOutcome.NOT_MET, expired.outcome());
        assertEquals(List.of("het SNF-keurmerk is verlopen op 2026-11-30"), dutch(expired));
        assertEquals(List.of("geen SNF-keurmerk"), dutch(result(compliant().snf(false, null), Norm.SNF_CERTIFICATION)));
        assertOutcome(NormOutcome.UNKNOWN, compliant().snf(true, null), Norm.SNF_CERTIFICATION);
        assertOutcome(NormOutcome.UNKNOWN, compliant().snf(null, null), Norm.SNF_CERTIFICATION);
    }

    // ---- manager 24/7 above 100 residents -----------------------------------------------------

    @Test
    void exactlyOneHundredResidentsMaySupervisedRemotelyAndOneMoreNeedsAManagerOnSite() {
        LocationFixture hundred = compliant().averages("8", "1").beds(100).manager(ManagerPresence.REMOTE);
        assertOutcome(NormOutcome.MET, hundred, Norm.MANAGER);
        NormResult more = result(compliant().averages("8", "1").beds(101).manager(ManagerPresence.REMOTE), Norm.MANAGER);
        assertEquals(NormOutcome.NOT_MET, more.outcome());
        assertEquals(List.of("101 bewoners (meer dan 100) met beheer op afstand; nodig is een beheerder die 24/7 aanwezig is"),
                dutch(more));
        assertOutcome(NormOutcome.MET, compliant().averages("8", "1").beds(101).manager(ManagerPresence.ON_SITE_24_7),
                Norm.MANAGER);
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages("8", "1").beds(101).manager(null), Norm.MANAGER);
        assertOutcome(NormOutcome.MET, compliant().averages("8", "1").beds(12).manager(null), Norm.MANAGER);
        assertOutcome(NormOutcome.UNKNOWN, compliant().averages("8", "1").beds(null), Norm.MANAGER);
    }

    // ---- the yes/no norms ---------------------------------------------------------------------

    @Test
    void aSeparateRentalContractIsNeeded() {
        assertOutcome(NormOutcome.NOT_MET, compliant().separateRentalContract(false), Norm.SEPARATE_RENTAL_CONTRACT);
        assertOutcome(NormOutcome.UNKNOWN, compliant().separateRentalContract(null), Norm.SEPARATE_RENTAL_CONTRACT);
    }

    @Test
    void nobodyUnderEighteen() {
        assertEquals(List.of("er wonen mensen jonger dan 18"), dutch(result(compliant().minorsHoused(true), Norm.NO_MINORS)));
        assertOutcome(NormOutcome.UNKNOWN, compliant().minorsHoused(null), Norm.NO_MINORS);
    }

    @Test
    void noSleepingPlaceLetToTwoWorkersInOneDay() {
        assertOutcome(NormOutcome.NOT_MET, compliant().sleepingPlaceSharedPerDay(true), Norm.ONE_WORKER_PER_SLEEPING_PLACE);
        assertOutcome(NormOutcome.UNKNOWN, compliant().sleepingPlaceSharedPerDay(null), Norm.ONE_WORKER_PER_SLEEPING_PLACE);
    }

    @Test
    void houseRulesAreNeededInEveryLanguageOfTheResidents() {
        NormResult missing = result(compliant().languages(Set.of("nl", "pl"), Set.of("pl", "ro", "bg")),
                Norm.HOUSE_RULES_LANGUAGES);
        assertEquals(NormOutcome.NOT_MET, missing.outcome());
        assertEquals(List.of("huisregels ontbreken in: bg, ro"), dutch(missing));
        assertOutcome(NormOutcome.UNKNOWN, compliant().languages(Set.of("nl"), Set.of()), Norm.HOUSE_RULES_LANGUAGES);
    }

    @Test
    void aNightRegisterIsNeededOnlyForStaysUnderFourMonths() {
        assertOutcome(NormOutcome.NOT_MET, compliant().stays(true, false), Norm.NIGHT_REGISTER);
        assertOutcome(NormOutcome.UNKNOWN, compliant().stays(true, null), Norm.NIGHT_REGISTER);
        assertOutcome(NormOutcome.MET, compliant().stays(false, null), Norm.NIGHT_REGISTER);
        assertOutcome(NormOutcome.UNKNOWN, compliant().stays(null, true), Norm.NIGHT_REGISTER);
    }

    @Test
    void aFixedContactPerson() {
        assertOutcome(NormOutcome.UNKNOWN, compliant().contactPerson(null), Norm.CONTACT_PERSON);
        assertOutcome(NormOutcome.UNKNOWN, compliant().contactPerson("  "), Norm.CONTACT_PERSON);
    }

    // ---- in use at a quarter's end ------------------------------------------------------------

    @Test
    void aLocationIsInUseFromItsOpeningUntilTheDayBeforeItCloses() {
        var opened = java.time.LocalDate.of(2025, 4, 1);
        var closed = java.time.LocalDate.of(2025, 10, 1);
        LocationDetails location = compliant().inUse(LocationStatus.CLOSED, opened, closed).build();
        assertEquals(false, location.inUseOn(opened.minusDays(1)));
        assertEquals(true, location.inUseOn(opened));
        assertEquals(true, location.inUseOn(closed.minusDays(1)));
        assertEquals(false, location.inUseOn(closed));
        assertEquals(false, compliant().inUse(LocationStatus.PERMITTED, opened, null).build().inUseOn(closed));
    }
}
