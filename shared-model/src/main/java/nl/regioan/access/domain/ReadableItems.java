package nl.regioan.access.domain;

import java.util.List;
import java.util.Objects;

/**
 * Which knowledge-base items a reader may see, in a form a repository can turn into a query: either
 * everything, or any of a few clauses (status, visibility, owner, author). Made only by
 * {@link AccessPolicy#readableBy}, from the same grants that {@link AccessPolicy#accessTermsOf} and
 * {@link AccessPolicy#canRead} follow, so a list or a count filtered in the database shows exactly
 * the items the reader may open.
 *
 * @param everything true when nothing needs to be filtered (editors)
 * @param clauses    an item is readable when it matches at least one of these
 */
public record ReadableItems(boolean everything, List<Clause> clauses) {

    public ReadableItems {
        clauses = List.copyOf(clauses);
    }

    /**
     * Items with this status (null: any), of this visibility (null: any), of this owner and of this
     * author (null: any). The owner is either any owner ({@code anyOwner}), or exactly
     * {@code owningMunicipalityId}, where null means the region.
     */
    public record Clause(ContentStatus status, Visibility visibility, boolean anyOwner, Long owningMunicipalityId,
                         Long authorAccountId) {

        public Clause {
            if (status == null && authorAccountId == null) {
                throw new IllegalArgumentException("a clause without a status must name an author");
            }
        }

        public Clause(ContentStatus status, Visibility visibility, boolean anyOwner, Long owningMunicipalityId) {
            this(Objects.requireNonNull(status, "status"), visibility, anyOwner, owningMunicipalityId, null);
        }

        /** Every item this account created, in any status, visibility and owner. */
        public static Clause authoredBy(long accountId) {
            return new Clause(null, null, true, null, accountId);
        }

        public boolean matches(ContentAccess content) {
            return (status == null || content.status() == status)
                    && (visibility == null || content.visibility() == visibility)
                    && (anyOwner || Objects.equals(content.owningMunicipalityId(), owningMunicipalityId))
                    && (authorAccountId == null || authorAccountId.equals(content.authorAccountId()));
        }
    }

    /** The same decision as {@link AccessPolicy#canRead}, made from the clauses (AccessPolicyTest checks they agree). */
    public boolean admits(ContentAccess content) {
        return everything || clauses.stream().anyMatch(clause -> clause.matches(content));
    }
}
