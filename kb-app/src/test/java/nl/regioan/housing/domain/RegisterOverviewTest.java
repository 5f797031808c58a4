package nl.regioan.housing.domain;

import static nl.regioan.housing.domain.LocationFixture.TODAY;
import static nl.regioan.housing.domain.LocationFixture.compliant;
import static nl.regioan.housing.domain.LocationFixture.room;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coordinator's overview adds up locations, beds and norm outcomes per municipality and kind. */
class RegisterOverviewTest {

    @Test
    void locationsBedsAndNormOutcomesAreCounted() {
        LocationDetails good = compliant().build();
        LocationDetails cramped = compliant().beds(6).rooms(room("8.0", 2), room("5.0", 1)).build();
        LocationDetails closed = compliant().beds(10).inUse(LocationStatus.CLOSED, LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 1, 1)).build();
        RegisterOverview overview = RegisterOverview.of(List.of(good, cramped, closed), TODAY);
        assertEquals(3, overview.locations());
        assertEquals(20, overview.beds());
        assertEquals(List.of(new RegisterOverview.Group(1L, HousingKind.CONVERTED_BUILDING, 3, 20, 2)), overview.groups());
        RegisterOverview.NormTally bedroom = overview.norms().stream().filter(n -> n.norm() == Norm.BEDROOM_AREA)
                .findFirst().orElseThrow();
        assertEquals(new RegisterOverview.NormTally(Norm.BEDROOM_AREA, 2, 1, 0), bedroom);
        assertEquals(Norm.values().length, overview.norms().size());
    }
}
