package nl.regioan.housing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.regioan.shared.api.Message;

/**
 * The one place where a housing location is checked against the region's quality norms
 * (DOMAIN.md, "Housing quality norms"): each {@link Norm} comes out as met, not met with the figures
 * that fail it, or unknown when what it needs is not filled in. Comparisons are exact (a room of
 * exactly 5.5 m2 per person meets the norm, exactly 100 residents may be supervised remotely); the
 * figures in a finding are cut, never rounded up, so a failing 5.49 never reads as 5,5.
 */
public final class HousingNorms {

    public static final BigDecimal BEDROOM_M2_PER_PERSON = new BigDecimal("5.5");
    public static final BigDecimal LIVING_M2_PER_PERSON = new BigDecimal("15");
    /** Above this many residents a manager must be on site 24/7. */
    public static final int REMOTE_SUPERVISION_MAX_RESIDENTS = 100;

    private HousingNorms() {
    }

    /** Every norm in the order of {@link Norm}, checked on {@code today} (SNF certification expires). */
    public static List<NormResult> check(LocationDetails location, LocalDate today) {
        return List.of(bedroomArea(location), privateBedroom(location), livingArea(location),
                snfCertification(location, today), manager(location), separateRentalContract(location),
                noMinors(location), oneWorkerPerSleepingPlace(location), houseRulesLanguages(location),
                nightRegister(location), contactPerson(location));
    }

    static NormResult bedroomArea(LocationDetails location) {
        Norm norm = Norm.BEDROOM_AREA;
        if (!location.rooms().isEmpty()) {
            List<Message> failing = new ArrayList<>();
            for (int i = 0; i < location.rooms().size(); i++) {
                Room room = location.rooms().get(i);
                if (room.occupants() > 0 && !atLeast(room.area(), BEDROOM_M2_PER_PERSON, room.occupants())) {
                    failing.add(Message.of("housing.norm.room.area", i + 1, room.area(), room.occupants(),
                            persons(room.occupants()), perPerson(room.area(), BigDecimal.valueOf(room.occupants())),
                            BEDROOM_M2_PER_PERSON));
                }
            }
            return failing.isEmpty() ? NormResult.met(norm) : NormResult.notMet(norm, failing);
        }
        if (location.averageRoomArea() != null && location.averageOccupants() != null) {
            BigDecimal area = location.averageRoomArea();
            BigDecimal occupants = location.averageOccupants();
            return area.compareTo(BEDROOM_M2_PER_PERSON.multiply(occupants)) >= 0 ? NormResult.met(norm)
                    : NormResult.notMet(norm, Message.of("housing.norm.room.averageArea", area, occupants,
                    perPerson(area, occupants), BEDROOM_M2_PER_PERSON));
        }
        return NormResult.unknown(norm, Message.of("housing.norm.room.unknown"));
    }

    static NormResult privateBedroom(LocationDetails location) {
        Norm norm = Norm.PRIVATE_BEDROOM;
        if (!location.rooms().isEmpty()) {
            List<Message> failing = new ArrayList<>();
            for (int i = 0; i < location.rooms().size(); i++) {
                Room room = location.rooms().get(i);
                if (room.occupants() > 2) {
                    failing.add(Message.of("housing.norm.room.shared", i + 1, room.occupants()));
                } else if (room.occupants() == 2 && !room.couple()) {
                    failing.add(Message.of("housing.norm.room.notCouple", i + 1));
                }
            }
            return failing.isEmpty() ? NormResult.met(norm) : NormResult.notMet(norm, failing);
        }
        BigDecimal occupants = location.averageOccupants();
        if (occupants == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.room.unknown"));
        }
        if (occupants.compareTo(BigDecimal.ONE) <= 0) {
            return NormResult.met(norm);
        }
        if (occupants.compareTo(BigDecimal.valueOf(2)) > 0) {
            return NormResult.notMet(norm, Message.of("housing.norm.room.averageShared", occupants));
        }
        // Between one and two on average: shared rooms may all be couples' rooms; an average cannot tell.
        return NormResult.unknown(norm, Message.of("housing.norm.room.averageUnclear", occupants));
    }

    static NormResult livingArea(LocationDetails location) {
        Norm norm = Norm.LIVING_AREA;
        Integer residents = location.residents();
        if (location.usableLivingArea() == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.living.unknown"));
        }
        if (residents == null || residents == 0) {
            return NormResult.unknown(norm, Message.of("housing.norm.residents.unknown"));
        }
        BigDecimal area = location.usableLivingArea();
        return atLeast(area, LIVING_M2_PER_PERSON, residents) ? NormResult.met(norm)
                : NormResult.notMet(norm, Message.of("housing.norm.living.area", area, residents,
                perPerson(area, BigDecimal.valueOf(residents)), LIVING_M2_PER_PERSON));
    }

    static NormResult snfCertification(LocationDetails location, LocalDate today) {
        Norm norm = Norm.SNF_CERTIFICATION;
        if (location.snfCertified() == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.snf.unknown"));
        }
        if (!location.snfCertified()) {
            return NormResult.notMet(norm, Message.of("housing.norm.snf.none"));
        }
        if (location.snfExpiresOn() == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.snf.expiryUnknown"));
        }
        // Valid through its expiry date.
        return location.snfExpiresOn().isBefore(today)
                ? NormResult.notMet(norm, Message.of("housing.norm.snf.expired", location.snfExpiresOn().toString()))
                : NormResult.met(norm);
    }

    static NormResult manager(LocationDetails location) {
        Norm norm = Norm.MANAGER;
        Integer residents = location.residents();
        if (residents == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.residents.unknown"));
        }
        if (residents <= REMOTE_SUPERVISION_MAX_RESIDENTS) {
            return NormResult.met(norm);
        }
        if (location.manager() == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.manager.unknown", residents,
                    REMOTE_SUPERVISION_MAX_RESIDENTS));
        }
        return location.manager() == ManagerPresence.ON_SITE_24_7 ? NormResult.met(norm)
                : NormResult.notMet(norm, Message.of("housing.norm.manager.remote", residents,
                REMOTE_SUPERVISION_MAX_RESIDENTS));
    }

    static NormResult separateRentalContract(LocationDetails location) {
        return yesIsMet(Norm.SEPARATE_RENTAL_CONTRACT, location.separateRentalContract(),
                "housing.norm.contract.none", "housing.norm.contract.unknown");
    }

    static NormResult noMinors(LocationDetails location) {
        return yesIsMet(Norm.NO_MINORS, negate(location.minorsHoused()),
                "housing.norm.minors.present", "housing.norm.minors.unknown");
    }

    static NormResult oneWorkerPerSleepingPlace(LocationDetails location) {
        return yesIsMet(Norm.ONE_WORKER_PER_SLEEPING_PLACE, negate(location.sleepingPlaceSharedPerDay()),
                "housing.norm.sleepingPlace.shared", "housing.norm.sleepingPlace.unknown");
    }

    static NormResult houseRulesLanguages(LocationDetails location) {
        Norm norm = Norm.HOUSE_RULES_LANGUAGES;
        if (location.residentLanguages().isEmpty()) {
            return NormResult.unknown(norm, Message.of("housing.norm.houseRules.unknown"));
        }
        Set<String> missing = new TreeSet<>(location.residentLanguages());
        missing.removeAll(location.houseRulesLanguages());
        return missing.isEmpty() ? NormResult.met(norm)
                : NormResult.notMet(norm, Message.of("housing.norm.houseRules.missing", String.join(", ", missing)));
    }

    static NormResult nightRegister(LocationDetails location) {
        Norm norm = Norm.NIGHT_REGISTER;
        if (location.shortStays() == null) {
            return NormResult.unknown(norm, Message.of("housing.norm.shortStays.unknown"));
        }
        if (!location.shortStays()) {
            return NormResult.met(norm); // only stays under four months need one
        }
        return yesIsMet(norm, location.nightRegister(), "housing.norm.nightRegister.none",
                "housing.norm.nightRegister.unknown");
    }

    static NormResult contactPerson(LocationDetails location) {
        String contact = location.contactPerson();
        return contact == null || contact.isBlank()
                ? NormResult.unknown(Norm.CONTACT_PERSON, Message.of("housing.norm.contact.unknown"))
                : NormResult.met(Norm.CONTACT_PERSON);
    }

    private static NormResult yesIsMet(Norm norm, Boolean answer, String notMetKey, String unknownKey) {
        if (answer == null) {
            return NormResult.unknown(norm, Message.of(unknownKey));
        }
        return answer ? NormResult.met(norm) : NormResult.notMet(norm, Message.of(notMetKey));
    }

    private static Boolean negate(Boolean value) {
        return value == null ? null : !value;
    }

    /** area >= perPerson x persons, exactly. */
    private static boolean atLeast(BigDecimal area, BigDecimal perPerson, int persons) {
        return area.compareTo(perPerson.multiply(BigDecimal.valueOf(persons))) >= 0;
    }

    /** The area per person, cut (not rounded) to two decimals. */
    private static BigDecimal perPerson(BigDecimal area, BigDecimal persons) {
        return area.divide(persons, 2, RoundingMode.DOWN);
    }

    private static Message persons(int count) {
        return Message.of(count == 1 ? "housing.persons.one" : "housing.persons.many");
    }
}
