package nl.regioan.kb.item.domain;

import java.util.Set;

/**
 * The structured part of a participation case of the expertise point: the initiative, how residents
 * and council members were involved, and how it ended. The initiative's municipality is the item's
 * owning municipality.
 */
public record ParticipationCase(String location, Integer beds, HousingKind housingKind, Phase phase,
                                Set<Method> methods, Set<Participant> participants, Outcome outcome,
                                String whatWorked, String whatDidNot, String contactPerson) {

    public ParticipationCase {
        methods = methods == null ? Set.of() : Set.copyOf(methods);
        participants = participants == null ? Set.of() : Set.copyOf(participants);
    }

    /** The kind of housing the initiative proposes. */
    public enum HousingKind { CONCENTRATED_LOCATION, CONVERTED_BUILDING, TEMPORARY_UNITS, OTHER }

    /** Where the initiative stands. */
    public enum Phase { EXPLORATION, PLANNING, PERMIT_PROCEDURE, REALISATION, IN_USE }

    /** How people were involved. */
    public enum Method { INFORMATION_EVENING, OPEN_DAY, SOUNDING_BOARD_GROUP, COUNCIL_VISIT, NEWSLETTER, OTHER }

    /** Who took part. */
    public enum Participant { RESIDENTS, COUNCIL_MEMBERS, EMPLOYERS, HOUSING_PROVIDERS }

    /** How the initiative ended (so far). */
    public enum Outcome { REALISED, CHANGED, WITHDRAWN, PENDING }
}
