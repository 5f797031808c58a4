package nl.regioan.kb.item.domain;

import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * A knowledge-base item as the search index needs it. Contract between issue 4 (knowledge base)
 * and issue 5 (search); the kb branch owns this type and replaces this copy when merged.
 *
 * @param owningMunicipalityId null for a regional item
 */
public record IndexableItem(long id, String kind, String title, String summary, String bodyText, List<String> tags,
                            List<String> themes, List<String> blocks, Long owningMunicipalityId,
                            String municipalityCbsCode, String subregion, Visibility visibility, ContentStatus status,
                            int year, Instant updatedAt, List<IndexableAttachment> attachments) {
}
