package nl.regioan.access.domain;

import java.util.Objects;

/**
 * What the access policy needs to know about a piece of content.
 *
 * @param owningMunicipalityId the municipality the item belongs to, or null for the region
 * @param authorAccountId      the account that created the item (it keeps access in every status), or
 *                             null when not known (then only the other rules of the table apply)
 */
public record ContentAccess(Visibility visibility, ContentStatus status, Long owningMunicipalityId,
                            Long authorAccountId) {

    public ContentAccess {
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(status, "status");
    }

    /** Content without a known author: the author rule cannot open it to anybody. */
    public ContentAccess(Visibility visibility, ContentStatus status, Long owningMunicipalityId) {
        this(visibility, status, owningMunicipalityId, null);
    }
}
