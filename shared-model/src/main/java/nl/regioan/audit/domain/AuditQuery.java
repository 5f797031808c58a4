package nl.regioan.audit.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters on the audit log; an empty filter matches everything. {@code from} is inclusive and
 * {@code to} exclusive, so a day range is its first instant up to the first instant after it.
 */
public record AuditQuery(Optional<String> actor, Optional<String> entityType, Optional<String> entityId,
                         Optional<String> action, Optional<Instant> from, Optional<Instant> to, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is not between 1 and " + MAX_LIMIT);
        }
    }
}
