package nl.regioan.kb.item.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.regioan.access.domain.ContentStatus;

/**
 * Which status changes are allowed: a draft is published or withdrawn (retired), a published item
 * is retired, a retired item may be published again. Nothing ever goes back to draft.
 */
public final class StatusRules {

    private static final Map<ContentStatus, Set<ContentStatus>> ALLOWED = Map.of(
            ContentStatus.DRAFT, EnumSet.of(ContentStatus.PUBLISHED, ContentStatus.RETIRED),
            ContentStatus.PUBLISHED, EnumSet.of(ContentStatus.RETIRED),
            ContentStatus.RETIRED, EnumSet.of(ContentStatus.PUBLISHED));

    private StatusRules() {
    }

    public static boolean allows(ContentStatus from, ContentStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
