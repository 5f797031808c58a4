package nl.regioan.kb.item.domain;

import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * An item as the search index sees it (the contract with the search feature; keep these names).
 *
 * @param bodyText plain text of the Markdown body
 * @param owningMunicipalityId null for the region
 * @param municipalityCbsCode null for the region
 * @param subregionName the owning municipality's current subregion; null for the region
 * @param year of the last publication, or of creation when never published
 * @param authorAccountId the account that created the item (an access term of its own)
 */
public record IndexableItem(long id, ItemKind kind, String title, String summary, String bodyText, List<String> tags,
                            List<String> themes, List<String> blocks, Long owningMunicipalityId,
                            String municipalityCbsCode, String subregionName, Visibility visibility,
                            ContentStatus status, int year, Instant updatedAt, List<IndexableAttachment> attachments,
                            long authorAccountId) {
}
