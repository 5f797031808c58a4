package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Visibility;
import nl.regioan.housing.domain.HousingKind;
import nl.regioan.housing.domain.KnowledgeLinks;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.housing.domain.LocationStatus;
import nl.regioan.housing.domain.ManagerPresence;
import nl.regioan.housing.domain.Room;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.text.UserText;

/**
 * Turns a {@link LocationCommand} into checked {@link LocationDetails}, or lists every field that is
 * wrong and why. Figures outside what a real location can have (a room of 0 m2, 10,000 beds, more
 * sleepers than beds, an SNF expiry before its certification) are refused, never stored.
 */
@ApplicationScoped
public class LocationInputs {

    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final int YEARS_AHEAD = 10;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    Clock clock = Clock.systemUTC();

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    KnowledgeLinks links;

    /** Either the details or the errors; never both. */
    public record Checked(LocationDetails details, List<FieldError> errors) {
    }

    /** As {@link #check(Actor, LocationCommand, Long)} with the writer's own municipality when none is named. */
    public Checked check(Actor actor, LocationCommand command) {
        return check(actor, command, actor.municipalityId());
    }

    /** @param municipalityWhenOmitted the municipality to keep when the command names none (on update: the current one) */
    public Checked check(Actor actor, LocationCommand c, Long municipalityWhenOmitted) {
        if (c == null) {
            return new Checked(null, List.of(FieldError.of("", "body.expected.object")));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(c.name(), "name", errors);
        if (c.name() == null || c.name().isBlank()) {
            errors.add(FieldError.of("name", "housing.name.required"));
        }
        String address = text(c.address(), "address", errors);
        Long municipalityId = municipality(c.municipality(), municipalityWhenOmitted, errors);
        HousingKind kind = enumOf(HousingKind.class, c.kind(), "kind", true, errors);
        LocationStatus status = enumOf(LocationStatus.class, c.status(), "status", true, errors);
        LocalDate applied = date(c.permitAppliedOn(), "permitAppliedOn", errors);
        LocalDate permitted = date(c.permittedOn(), "permittedOn", errors);
        LocalDate inUseFrom = date(c.inUseFrom(), "inUseFrom", errors);
        LocalDate closedOn = date(c.closedOn(), "closedOn", errors);
        notBefore(permitted, "permittedOn", applied, "housing.step.permitApplied", errors);
        notBefore(inUseFrom, "inUseFrom", permitted, "housing.step.permitted", errors);
        notBefore(closedOn, "closedOn", inUseFrom, "housing.step.inUse", errors);
        if ((status == LocationStatus.IN_USE || status == LocationStatus.CLOSED) && inUseFrom == null
                && c.inUseFrom() == null) {
            errors.add(FieldError.of("inUseFrom", "housing.inUseFrom.required", status.name()));
        }
        if (status == LocationStatus.CLOSED && closedOn == null && c.closedOn() == null) {
            errors.add(FieldError.of("closedOn", "housing.closedOn.required"));
        }
        String operator = text(c.operator(), "operator", errors);
        Integer beds = c.beds();
        if (beds != null && (beds < 1 || beds > LocationDetails.MAX_BEDS)) {
            errors.add(FieldError.of("beds", "housing.beds.range", 1, LocationDetails.MAX_BEDS));
            beds = null;
        } else if (beds == null && status == LocationStatus.IN_USE) {
            errors.add(FieldError.of("beds", "housing.beds.requiredInUse", 1, LocationDetails.MAX_BEDS));
        }
        List<Room> rooms = rooms(c.rooms(), beds, errors);
        BigDecimal averageArea = area(c.averageRoomArea(), "averageRoomArea", LocationDetails.MAX_ROOM_AREA, errors);
        BigDecimal averageOccupants = c.averageOccupants();
        if (averageOccupants != null && (averageOccupants.signum() <= 0
                || averageOccupants.compareTo(BigDecimal.valueOf(LocationDetails.MAX_OCCUPANTS_PER_ROOM)) > 0)) {
            errors.add(FieldError.of("averageOccupants", "housing.average.occupants.range",
                    LocationDetails.MAX_OCCUPANTS_PER_ROOM));
        } else if (averageOccupants != null && averageOccupants.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("averageOccupants", "housing.number.decimals"));
        }
        if ((c.averageRoomArea() == null) != (c.averageOccupants() == null)) {
            errors.add(FieldError.of(c.averageRoomArea() == null ? "averageRoomArea" : "averageOccupants",
                    "housing.average.pair"));
        }
        if (c.averageRoomArea() != null && c.rooms() != null && !c.rooms().isEmpty()) {
            errors.add(FieldError.of("averageRoomArea", "housing.average.withRooms"));
        }
        BigDecimal livingArea = area(c.usableLivingArea(), "usableLivingArea", LocationDetails.MAX_LIVING_AREA, errors);
        LocalDate certifiedOn = date(c.snfCertifiedOn(), "snfCertifiedOn", errors);
        LocalDate expiresOn = date(c.snfExpiresOn(), "snfExpiresOn", errors);
        if (certifiedOn != null && expiresOn != null && expiresOn.isBefore(certifiedOn)) {
            errors.add(FieldError.of("snfExpiresOn", "housing.snf.expiryBeforeCertification", expiresOn.toString(),
                    certifiedOn.toString()));
        }
        ManagerPresence manager = enumOf(ManagerPresence.class, c.manager(), "manager", false, errors);
        Set<String> houseRules = languages(c.houseRulesLanguages(), "houseRulesLanguages", errors);
        Set<String> residentLanguages = languages(c.residentLanguages(), "residentLanguages", errors);
        String contact = text(c.contactPerson(), "contactPerson", errors);
        List<Long> linked = linkedItems(actor, c.linkedItems(), errors);
        Visibility visibility = c.visibility() == null || c.visibility().isBlank() ? Visibility.REGION
                : enumOf(Visibility.class, c.visibility(), "visibility", true, errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new LocationDetails(name, address, municipalityId, kind, status, applied, permitted,
                inUseFrom, closedOn, operator, beds, rooms, averageArea, averageOccupants, livingArea, c.snfCertified(),
                certifiedOn, expiresOn, manager, c.separateRentalContract(), c.minorsHoused(),
                c.sleepingPlaceSharedPerDay(), c.shortStays(), c.nightRegister(), houseRules, residentLanguages,
                contact, linked, visibility), List.of());
    }

    private Long municipality(String code, Long whenOmitted, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            if (whenOmitted == null) {
                errors.add(FieldError.of("municipality", "housing.municipality.required"));
            }
            return whenOmitted;
        }
        try {
            Optional<Municipality> found = municipalities.findByCbsCode(CbsCode.of(code.strip()));
            if (found.isEmpty()) {
                errors.add(FieldError.of("municipality", "municipality.unknown", Message.shorten(code)));
                return null;
            }
            return found.get().id();
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("municipality", "housing.municipality.code"));
            return null;
        }
    }

    private static List<Room> rooms(List<LocationCommand.RoomCommand> given, Integer beds, List<FieldError> errors) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        // The list is bounded before its entries are looked at, so a huge list costs nothing.
        if (given.size() > LocationDetails.MAX_ROOMS) {
            errors.add(FieldError.of("rooms", "housing.rooms.tooMany", LocationDetails.MAX_ROOMS, given.size()));
            return List.of();
        }
        List<Room> rooms = new ArrayList<>();
        int sleepers = 0;
        boolean complete = true;
        for (int i = 0; i < given.size(); i++) {
            LocationCommand.RoomCommand room = given.get(i);
            String at = "/rooms/" + i;
            if (room == null) {
                errors.add(FieldError.of(at, "housing.room.required"));
                complete = false;
                continue;
            }
            BigDecimal area = room.area();
            if (area == null) {
                errors.add(FieldError.of(at + "/area", "housing.room.area.required",
                        LocationDetails.MAX_ROOM_AREA.toPlainString()));
                complete = false;
            } else {
                area = area(area, at + "/area", LocationDetails.MAX_ROOM_AREA, errors);
                complete &= area != null;
            }
            Integer occupants = room.occupants();
            if (occupants == null || occupants < 0 || occupants > LocationDetails.MAX_OCCUPANTS_PER_ROOM) {
                errors.add(FieldError.of(at + "/occupants", "housing.room.occupants.range",
                        LocationDetails.MAX_OCCUPANTS_PER_ROOM));
                complete = false;
                continue;
            }
            boolean couple = Boolean.TRUE.equals(room.couple());
            if (couple && occupants != 2) {
                errors.add(FieldError.of(at + "/couple", "housing.room.couple.two"));
            }
            sleepers += occupants;
            if (area != null) {
                rooms.add(new Room(area, occupants, couple));
            }
        }
        if (complete && beds != null && sleepers > beds) {
            errors.add(FieldError.of("rooms", "housing.rooms.aboveBeds", sleepers, beds));
        }
        return rooms;
    }

    /** An area above 0 and at most {@code max} m2, with at most two decimals (the column's precision); null when wrong. */
    private static BigDecimal area(BigDecimal area, String field, BigDecimal max, List<FieldError> errors) {
        if (area == null) {
            return null;
        }
        if (area.signum() <= 0 || area.compareTo(max) > 0) {
            errors.add(FieldError.of(field, "housing.area.range", max.toPlainString())); // no grouping: 200000
            return null;
        }
        if (area.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(field, "housing.number.decimals"));
            return null;
        }
        return area;
    }

    private static Set<String> languages(List<String> given, String field, List<FieldError> errors) {
        if (given == null) {
            return Set.of();
        }
        if (given.size() > LocationDetails.MAX_LANGUAGES) {
            errors.add(FieldError.of(field, "housing.languages.tooMany", LocationDetails.MAX_LANGUAGES));
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : given) {
            String value = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(value).matches()) {
                errors.add(FieldError.of(field, "housing.languages.code", Message.shorten(code)));
            } else {
                codes.add(value);
            }
        }
        return codes;
    }

    private List<Long> linkedItems(Actor actor, List<Long> given, List<FieldError> errors) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > LocationDetails.MAX_LINKS) {
            errors.add(FieldError.of("linkedItems", "housing.links.tooMany", LocationDetails.MAX_LINKS));
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Long id = given.get(i);
            // An item the writer may not read is answered like a missing one, so its existence stays hidden.
            if (id == null || id < 1 || !links.readable(actor, id)) {
                errors.add(FieldError.of("/linkedItems/" + i, "housing.link.unknown", String.valueOf(id)));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static void notBefore(LocalDate later, String field, LocalDate earlier, String earlierStep,
                                  List<FieldError> errors) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            errors.add(FieldError.of(field, "housing.date.beforeStep", later.toString(), Message.of(earlierStep),
                    earlier.toString()));
        }
    }

    private LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate last = LocalDate.of(LocalDate.now(clock).getYear() + YEARS_AHEAD, 12, 31);
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(FIRST_DATE) || date.isAfter(last)) {
                errors.add(FieldError.of(field, "date.range", date.toString(), FIRST_DATE.toString(), last.toString()));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "date.shape", FIRST_DATE.toString(), last.toString()));
            return null;
        }
    }

    /** A trimmed NFC text of at most 200 characters, or null when empty; a problem is added to the errors. */
    private static String text(String given, String field, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String text = UserText.normalised(given.strip());
        Optional<Message> problem = UserText.problem(text, LocationDetails.MAX_TEXT);
        problem.ifPresent(p -> errors.add(new FieldError(field, p)));
        return problem.isPresent() ? null : text;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String code, String field, boolean required, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "value.requiredOneOf", allowed(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "value.unknownOneOf", Message.shorten(code), allowed(type)));
            return null;
        }
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
