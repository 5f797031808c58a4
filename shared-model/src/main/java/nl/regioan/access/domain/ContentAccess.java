package nl.regioan.access.domain;

import java.util.Objects;

/**
 * What the access policy needs to know about a piece of content.
 *
 * @param owningMunicipalityId the municipality the item belongs to, or null for the region
 */
public record ContentAccess(Visibility visibility, ContentStatus status, Long owningMunicipalityId) {

    public ContentAccess {
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(status, "status");
    }
}
