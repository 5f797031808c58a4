package nl.regioan.housing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regioan.access.domain.Visibility;

/** A location that meets every norm (De Kolk, Arnhem), changed one figure at a time by the tests. */
public final class LocationFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    String name = "De Kolk";
    Integer beds = 4;
    List<Room> rooms = new ArrayList<>(List.of(room("8.0", 1), room("6.0", 1), new Room(new BigDecimal("11.0"), 2, true)));
    BigDecimal averageRoomArea;
    BigDecimal averageOccupants;
    BigDecimal usableLivingArea = new BigDecimal("60");
    Boolean snfCertified = true;
    LocalDate snfCertifiedOn = LocalDate.of(2025, 3, 1);
    LocalDate snfExpiresOn = LocalDate.of(2027, 3, 1);
    ManagerPresence manager = ManagerPresence.REMOTE;
    Boolean separateRentalContract = true;
    Boolean minorsHoused = false;
    Boolean sleepingPlaceSharedPerDay = false;
    Boolean shortStays = true;
    Boolean nightRegister = true;
    Set<String> houseRules = Set.of("nl", "pl", "ro");
    Set<String> residentLanguages = Set.of("pl", "ro");
    String contactPerson = "J. de Vries, 026 123 4567";
    LocationStatus status = LocationStatus.IN_USE;
    LocalDate inUseFrom = LocalDate.of(2024, 5, 1);
    LocalDate closedOn;

    public static LocationFixture compliant() {
        return new LocationFixture();
    }

    public static Room room(String area, int occupants) {
        return new Room(new BigDecimal(area), occupants, false);
    }

    public LocationFixture rooms(Room... rooms) {
        this.rooms = new ArrayList<>(List.of(rooms));
        return this;
    }

    public LocationFixture averages(String area, String occupants) {
        this.rooms = new ArrayList<>();
        this.averageRoomArea = area == null ? null : new BigDecimal(area);
        this.averageOccupants = occupants == null ? null : new BigDecimal(occupants);
        return this;
    }

    public LocationFixture beds(Integer beds) {
        this.beds = beds;
        return this;
    }

    public LocationFixture livingArea(String area) {
        this.usableLivingArea = area == null ? null : new BigDecimal(area);
        return this;
    }

    public LocationFixture snf(Boolean certified, LocalDate expiresOn) {
        this.snfCertified = certified;
        this.snfExpiresOn = expiresOn;
        return this;
    }

    public LocationFixture manager(ManagerPresence manager) {
        this.manager = manager;
        return this;
    }

    public LocationFixture separateRentalContract(Boolean value) {
        this.separateRentalContract = value;
        return this;
    }

    public LocationFixture minorsHoused(Boolean value) {
        this.minorsHoused = value;
        return this;
    }

    public LocationFixture sleepingPlaceSharedPerDay(Boolean value) {
        this.sleepingPlaceSharedPerDay = value;
        return this;
    }

    public LocationFixture stays(Boolean shortStays, Boolean nightRegister) {
        this.shortStays = shortStays;
        this.nightRegister = nightRegister;
        return this;
    }

    public LocationFixture languages(Set<String> houseRules, Set<String> residents) {
        this.houseRules = houseRules;
        this.residentLanguages = residents;
        return this;
    }

    public LocationFixture contactPerson(String contact) {
        this.contactPerson = contact;
        return this;
    }

    public LocationFixture inUse(LocationStatus status, LocalDate from, LocalDate closedOn) {
        this.status = status;
        this.inUseFrom = from;
        this.closedOn = closedOn;
        return this;
    }

    public LocationDetails build() {
        return new LocationDetails(name, "Kolkweg 1, Arnhem", 1L, HousingKind.CONVERTED_BUILDING, status, null, null,
                inUseFrom, closedOn, "Flexwonen BV", beds, rooms, averageRoomArea, averageOccupants, usableLivingArea,
                snfCertified, snfCertifiedOn, snfExpiresOn, manager, separateRentalContract, minorsHoused,
                sleepingPlaceSharedPerDay, shortStays, nightRegister, houseRules, residentLanguages, contactPerson,
                List.of(), Visibility.REGION);
    }
}
