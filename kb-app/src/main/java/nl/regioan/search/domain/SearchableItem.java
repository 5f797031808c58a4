package nl.regioan.search.domain;

import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.ContentAccess;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * One knowledge-base item as the search index sees it. The search feature's own copy of the
 * knowledge base's item, so only one adapter class knows the knowledge base's types.
 *
 * @param owningMunicipalityId null for a regional item
 * @param municipality the CBS code of the owning municipality, or null
 * @param authorAccountId the account that created the item, or null when not known
 */
public record SearchableItem(long id, String kind, String title, String summary, String body, List<String> tags,
                             List<String> themes, List<String> blocks, Long owningMunicipalityId, String municipality,
                             String subregion, Visibility visibility, ContentStatus status, int year,
                             Instant updatedAt, List<Attachment> attachments, Long authorAccountId) {

    /** An attachment's extracted text. */
    public record Attachment(long id, String fileName, String text) {
    }

    public SearchableItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
        themes = themes == null ? List.of() : List.copyOf(themes);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Without a known author (fixtures, benchmarks). */
    public SearchableItem(long id, String kind, String title, String summary, String body, List<String> tags,
                          List<String> themes, List<String> blocks, Long owningMunicipalityId, String municipality,
                          String subregion, Visibility visibility, ContentStatus status, int year,
                          Instant updatedAt, List<Attachment> attachments) {
        this(id, kind, title, summary, body, tags, themes, blocks, owningMunicipalityId, municipality, subregion,
                visibility, status, year, updatedAt, attachments, null);
    }

    public ContentAccess access() {
        return new ContentAccess(visibility, status, owningMunicipalityId, authorAccountId);
    }
}
