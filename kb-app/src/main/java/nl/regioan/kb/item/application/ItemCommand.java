package nl.regioan.kb.item.application;

import java.util.List;

/**
 * An item as a person or an import sends it, unchecked: codes and dates as text.
 *
 * @param municipality CBS code of the owning municipality, "region", or empty: the writer's own on
 *                     create and import, the current owner on update
 * @param reviewBy ISO date (YYYY-MM-DD) or empty
 */
public record ItemCommand(String kind, String title, String summary, String body, String municipality,
                          String visibility, List<String> themes, List<String> blocks, List<String> tags,
                          String reviewBy, ParticipationCommand participation) {

    /** The structured fields of a participation case, unchecked. */
    public record ParticipationCommand(String location, Integer beds, String housingKind, String phase,
                                       List<String> methods, List<String> participants, String outcome,
                                       String whatWorked, String whatDidNot, String contactPerson) {
    }
}
