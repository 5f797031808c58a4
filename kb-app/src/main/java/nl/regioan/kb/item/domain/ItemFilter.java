package nl.regioan.kb.item.domain;

import nl.regioan.access.domain.ContentStatus;

/**
 * Filters of the item list; null means "any". {@code regionOwned} selects items of the region
 * itself (no municipality). The participation fields only match participation cases.
 */
public record ItemFilter(ItemKind kind, String theme, String block, Long municipalityId, boolean regionOwned,
                         ContentStatus status, Long ownerAccountId, ParticipationCase.Outcome outcome,
                         ParticipationCase.Method method, ParticipationCase.Phase phase,
                         ParticipationCase.HousingKind housingKind, ParticipationCase.Participant participant) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, false, null, null, null, null, null, null, null);
    }
}
