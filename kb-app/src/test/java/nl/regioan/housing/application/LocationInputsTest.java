package nl.regioan.housing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Role;
import nl.regioan.housing.application.LocationCommand.RoomCommand;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Messages;
import org.junit.jupiter.api.Test;

/** Bad input is refused naming the field: absurd figures, sleepers above beds, dates out of order, unknown municipality. */
class LocationInputsTest {

    private static final long ARNHEM_ID = 202;

    private final LocationInputs inputs = new LocationInputs();
    private final Actor contributor = new Actor(5, "bijdrager", ARNHEM_ID, Set.of(Role.CONTRIBUTOR));
    private final Actor coordinator = new Actor(6, "coordinator", null, Set.of(Role.COORDINATOR));

    LocationInputsTest() throws ReflectiveOperationException {
        Municipality arnhem = new Municipality(CbsCode.of("GM0202"), "Arnhem", "Gelderland");
        Field id = Municipality.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(arnhem, ARNHEM_ID);
        inputs.municipalities = new MunicipalityRepository() {
            public List<Municipality> membersOn(LocalDate date) {
                return List.of(arnhem);
            }

            public List<Municipality> all() {
                return List.of(arnhem);
            }

            public Optional<Municipality> findByCbsCode(CbsCode code) {
                return code.equals(arnhem.cbsCode()) ? Optional.of(arnhem) : Optional.empty();
            }

            public Optional<Municipality> findById(long id) {
                return id == ARNHEM_ID ? Optional.of(arnhem) : Optional.empty();
            }
        };
        inputs.links = (actor, itemId) -> itemId == 19;
        inputs.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    }

    /** A correct command; the tests change one field. */
    private static Command good() {
        return new Command();
    }

    private static final class Command {
        String name = "De Kolk";
        String municipality = "GM0202";
        String status = "IN_USE";
        String inUseFrom = "2024-05-01";
        String closedOn;
        String permitAppliedOn = "2023-01-10";
        String permittedOn = "2023-06-01";
        Integer beds = 4;
        List<RoomCommand> rooms = List.of(room("8.0", 2, true), room("6", 1, null));
        BigDecimal averageRoomArea;
        BigDecimal averageOccupants;
        BigDecimal livingArea = new BigDecimal("60");
        String snfCertifiedOn = "2025-03-01";
        String snfExpiresOn = "2027-03-01";
        List<String> languages = List.of("PL", "ro");
        List<Long> links = List.of(19L);
        String visibility;

        LocationCommand build() {
            return new LocationCommand(name, "Kolkweg 1", municipality, "converted-building", status, permitAppliedOn,
                    permittedOn, inUseFrom, closedOn, "Flexwonen BV", beds, rooms, averageRoomArea, averageOccupants,
                    livingArea, true, snfCertifiedOn, snfExpiresOn, "ON_SITE_24_7", true, false, false, true, true,
                    List.of("nl", "pl", "ro"), languages, "J. de Vries", links, visibility);
        }
    }

    private static RoomCommand room(String area, Integer occupants, Boolean couple) {
        return new RoomCommand(area == null ? null : new BigDecimal(area), occupants, couple);
    }

    private List<String> fields(Command command) {
        return inputs.check(contributor, command.build()).errors().stream().map(FieldError::field).toList();
    }

    private String firstText(Command command) {
        return inputs.check(contributor, command.build()).errors().get(0).text(Messages.DUTCH);
    }

    @Test
    void aCorrectLocationIsCheckedIntoDetails() {
        LocationInputs.Checked checked = inputs.check(contributor, good().build());
        assertEquals(List.of(), checked.errors());
        assertEquals(ARNHEM_ID, checked.details().municipalityId());
        assertEquals(Set.of("pl", "ro"), checked.details().residentLanguages());
        assertEquals(3, checked.details().residents());
        assertEquals("REGION", checked.details().visibility().name());
    }

    @Test
    void anUnknownMunicipalityOrOneWithoutACodeIsRefused() {
        Command unknown = good();
        unknown.municipality = "GM9999";
        assertEquals(List.of("municipality"), fields(unknown));
        Command notACode = good();
        notACode.municipality = "Arnhem";
        assertEquals(List.of("municipality"), fields(notACode));
        Command none = good();
        none.municipality = null;
        assertEquals(List.of(), fields(none), "a contributor's own municipality");
        assertEquals(List.of("municipality"), inputs.check(coordinator, none.build()).errors().stream()
                .map(FieldError::field).toList(), "regional staff name the municipality");
    }

    @Test
    void bedsAreOneToFiveThousand() {
        Command zero = good();
        zero.beds = 0;
        assertEquals(List.of("beds"), fields(zero));
        Command absurd = good();
        absurd.beds = 10_000;
        assertEquals(List.of("beds"), fields(absurd));
        Command most = good();
        most.beds = 5_000;
        assertEquals(List.of(), fields(most));
        Command unknownInUse = good();
        unknownInUse.beds = null;
        assertEquals(List.of("beds"), fields(unknownInUse));
    }

    @Test
    void roomsNeedARealAreaAndSleepersWithinTheBeds() {
        Command zeroArea = good();
        zeroArea.rooms = List.of(room("0", 1, false));
        assertEquals(List.of("/rooms/0/area"), fields(zeroArea));
        Command negative = good();
        negative.rooms = List.of(room("8", 1, false), room("-3", 1, false));
        assertEquals(List.of("/rooms/1/area"), fields(negative));
        Command huge = good();
        huge.rooms = List.of(room("501", 1, false));
        assertEquals(List.of("/rooms/0/area"), fields(huge));
        Command tooPrecise = good();
        tooPrecise.rooms = List.of(room("8.125", 1, false));
        assertEquals(List.of("/rooms/0/area"), fields(tooPrecise));
        Command noOccupants = good();
        noOccupants.rooms = List.of(room("8", null, false));
        assertEquals(List.of("/rooms/0/occupants"), fields(noOccupants));
        Command coupleOfThree = good();
        coupleOfThree.beds = 10;
        coupleOfThree.rooms = List.of(room("20", 3, true));
        assertEquals(List.of("/rooms/0/couple"), fields(coupleOfThree));
        Command aboveBeds = good();
        aboveBeds.rooms = List.of(room("12", 2, true), room("12", 2, true), room("6", 1, false));
        assertEquals(List.of("rooms"), fields(aboveBeds));
        assertEquals("de kamers hebben samen 5 bewoners, meer dan de 4 bedden", firstText(aboveBeds));
    }

    @Test
    void averagesComeInPairsAndNotNextToTheRooms() {
        Command alone = good();
        alone.rooms = List.of();
        alone.averageRoomArea = new BigDecimal("9");
        assertEquals(List.of("averageOccupants"), fields(alone));
        Command both = good();
        both.averageRoomArea = new BigDecimal("9");
        both.averageOccupants = new BigDecimal("1.5");
        assertEquals(List.of("averageRoomArea"), fields(both));
        Command pair = good();
        pair.rooms = null;
        pair.averageRoomArea = new BigDecimal("9");
        pair.averageOccupants = new BigDecimal("1.5");
        assertEquals(List.of(), fields(pair));
        Command zero = good();
        zero.rooms = null;
        zero.averageRoomArea = new BigDecimal("9");
        zero.averageOccupants = BigDecimal.ZERO;
        assertEquals(List.of("averageOccupants"), fields(zero));
    }

    @Test
    void livingAreaIsAboveZeroAndNotAbsurd() {
        Command zero = good();
        zero.livingArea = BigDecimal.ZERO;
        assertEquals(List.of("usableLivingArea"), fields(zero));
        Command absurd = good();
        absurd.livingArea = new BigDecimal("1e9");
        assertEquals(List.of("usableLivingArea"), fields(absurd));
    }

    @Test
    void anSnfExpiryBeforeItsCertificationIsRefused() {
        Command command = good();
        command.snfExpiresOn = "2025-02-28";
        assertEquals(List.of("snfExpiresOn"), fields(command));
        assertEquals("de vervaldatum (2025-02-28) ligt vóór de datum van certificering (2025-03-01)", firstText(command));
        Command sameDay = good();
        sameDay.snfExpiresOn = "2025-03-01";
        assertEquals(List.of(), fields(sameDay));
    }

    @Test
    void theStepsOfALocationFollowEachOther() {
        Command permitBeforeApplication = good();
        permitBeforeApplication.permittedOn = "2022-12-31";
        assertEquals(List.of("permittedOn"), fields(permitBeforeApplication));
        Command closedBeforeOpening = good();
        closedBeforeOpening.status = "CLOSED";
        closedBeforeOpening.closedOn = "2024-04-30";
        assertEquals(List.of("closedOn"), fields(closedBeforeOpening));
        Command closedWithoutDate = good();
        closedWithoutDate.status = "CLOSED";
        assertEquals(List.of("closedOn"), fields(closedWithoutDate));
        Command inUseWithoutDate = good();
        inUseWithoutDate.inUseFrom = null;
        assertEquals(List.of("inUseFrom"), fields(inUseWithoutDate));
        Command notADate = good();
        notADate.inUseFrom = "1 mei 2024";
        assertEquals(List.of("inUseFrom"), fields(notADate));
        Command tooEarly = good();
        tooEarly.permitAppliedOn = "1999-12-31";
        assertEquals(List.of("permitAppliedOn"), fields(tooEarly));
    }

    @Test
    void languagesAreIsoCodesAndLinkedItemsMustBeReadable() {
        Command language = good();
        language.languages = List.of("pl", "Pools");
        assertEquals(List.of("residentLanguages"), fields(language));
        Command link = good();
        link.links = List.of(19L, 20L);
        assertEquals(List.of("/linkedItems/1"), fields(link));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndNothingIsCheckedIn() {
        Command bad = good();
        bad.name = " ";
        bad.beds = -1;
        bad.visibility = "everyone";
        LocationInputs.Checked checked = inputs.check(contributor, bad.build());
        assertNull(checked.details());
        assertEquals(List.of("name", "beds", "visibility"), checked.errors().stream().map(FieldError::field).toList());
        assertNotNull(inputs.check(contributor, null).errors().get(0));
        assertTrue(inputs.check(contributor, null).errors().get(0).field().isEmpty());
    }
}
