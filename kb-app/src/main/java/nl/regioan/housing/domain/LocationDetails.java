package nl.regioan.housing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.regioan.access.domain.Visibility;

/**
 * Everything recorded about a housing location, checked (see the application's LocationInputs):
 * what {@link HousingNorms} checks and what a version keeps. Null means "not filled in", which the
 * norm check reports as unknown rather than as met or not met.
 *
 * @param rooms            the bedrooms one by one; empty when only the averages are known
 * @param averageRoomArea  average bedroom area in m2, when the rooms are not listed one by one
 * @param averageOccupants average number of sleepers per bedroom, with {@code averageRoomArea}
 * @param shortStays       whether the location takes stays under four months (which need a night register)
 * @param linkedItemIds    knowledge-base items about the location (a participation case, a nuisance report)
 */
public record LocationDetails(String name, String address, long municipalityId, HousingKind kind, LocationStatus status,
                              LocalDate permitAppliedOn, LocalDate permittedOn, LocalDate inUseFrom, LocalDate closedOn,
                              String operator, Integer beds, List<Room> rooms, BigDecimal averageRoomArea,
                              BigDecimal averageOccupants, BigDecimal usableLivingArea, Boolean snfCertified,
                              LocalDate snfCertifiedOn, LocalDate snfExpiresOn, ManagerPresence manager,
                              Boolean separateRentalContract, Boolean minorsHoused, Boolean sleepingPlaceSharedPerDay,
                              Boolean shortStays, Boolean nightRegister, Set<String> houseRulesLanguages,
                              Set<String> residentLanguages, String contactPerson, List<Long> linkedItemIds,
                              Visibility visibility) {

    /** Bounds of the figures: anything outside is a typing error, not a location. */
    public static final int MAX_BEDS = 5_000;
    public static final int MAX_ROOMS = 2_000;
    public static final int MAX_OCCUPANTS_PER_ROOM = 20;
    public static final BigDecimal MAX_ROOM_AREA = new BigDecimal("500");
    public static final BigDecimal MAX_LIVING_AREA = new BigDecimal("200000");
    public static final int MAX_TEXT = 200;
    public static final int MAX_LANGUAGES = 30;
    public static final int MAX_LINKS = 50;

    public LocationDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        houseRulesLanguages = houseRulesLanguages == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(houseRulesLanguages));
        residentLanguages = residentLanguages == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(residentLanguages));
        linkedItemIds = linkedItemIds == null ? List.of() : List.copyOf(linkedItemIds);
    }

    /**
     * How many people live there: the sleepers of the listed rooms, else the beds; null when neither is
     * known. The rooms come first because they are what is actually occupied.
     */
    public Integer residents() {
        if (!rooms.isEmpty()) {
            return rooms.stream().mapToInt(Room::occupants).sum();
        }
        return beds;
    }

    /** In use on {@code day}: opened on or before it and not closed by then (the monitoring's quarter-end count). */
    public boolean inUseOn(LocalDate day) {
        return (status == LocationStatus.IN_USE || status == LocationStatus.CLOSED)
                && inUseFrom != null && !inUseFrom.isAfter(day)
                && (closedOn == null || closedOn.isAfter(day));
    }
}
