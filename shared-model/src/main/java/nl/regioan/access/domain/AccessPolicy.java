package nl.regioan.access.domain;

import static nl.regioan.account.domain.Role.ADMIN;
import static nl.regioan.account.domain.Role.CONTRIBUTOR;
import static nl.regioan.account.domain.Role.COORDINATOR;
import static nl.regioan.account.domain.Role.DATA_STEWARD;
import static nl.regioan.account.domain.Role.EDITOR;
import static nl.regioan.account.domain.Role.STEERING;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides who may see or change what, for both halves of the platform.
 *
 * <p>Reading knowledge-base content is expressed twice, on purpose in one class: as a yes/no answer
 * ({@link #canRead}) and as access terms (an item's {@link #accessTermsOf} against an actor's
 * {@link #grantsOf}), which the search index uses as a filter so hit counts, facets, snippets and
 * suggestions never reveal an item. An actor may read an item exactly when the two sets share a term;
 * {@code AccessPolicyTest} checks that both forms agree for every combination. The same grants,
 * as {@link #readableBy} clauses, filter knowledge-base lists and counts in the database.
 */
@ApplicationScoped
public class AccessPolicy {

    static final String REGION = "region";
    static final String REGIONAL_STAFF = "regional";
    static final String STEERING_GROUP = "steering";
    static final String EDITORS = "editor";

    // ---- knowledge base: reading --------------------------------------------------------------

    public boolean canRead(Actor actor, ContentAccess content) {
        Set<String> grants = grantsOf(actor);
        return accessTermsOf(content).stream().anyMatch(grants::contains);
    }

    /** The terms an item is indexed with; a reader needs one of them among their grants. */
    public Set<String> accessTermsOf(ContentAccess content) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(EDITORS); // editors see every item in every state
        String owner = ownerKey(content.owningMunicipalityId());
        switch (content.status()) {
            case DRAFT -> terms.add("draft:" + owner);
            case RETIRED -> terms.add("retired:" + owner);
            case PUBLISHED -> {
                switch (content.visibility()) {
                    case REGION -> terms.add(REGION);
                    case MUNICIPALITY -> {
                        terms.add("municipality:" + owner);
                        terms.add(REGIONAL_STAFF);
                    }
                    case STEERING -> terms.add(STEERING_GROUP);
                }
            }
        }
        return terms;
    }

    /**
     * The actor's grants as clauses a repository translates into its query, so lists and counts are
     * filtered in the database by the same rule as {@link #canRead}.
     */
    public ReadableItems readableBy(Actor actor) {
        Set<String> grants = grantsOf(actor);
        if (grants.contains(EDITORS)) {
            return new ReadableItems(true, List.of());
        }
        return new ReadableItems(false, grants.stream().map(AccessPolicy::clauseOf).toList());
    }

    /** The items one grant opens: the inverse of {@link #accessTermsOf}. */
    private static ReadableItems.Clause clauseOf(String grant) {
        return switch (grant) {
            case REGION -> new ReadableItems.Clause(ContentStatus.PUBLISHED, Visibility.REGION, true, null);
            case REGIONAL_STAFF -> new ReadableItems.Clause(ContentStatus.PUBLISHED, Visibility.MUNICIPALITY, true, null);
            case STEERING_GROUP -> new ReadableItems.Clause(ContentStatus.PUBLISHED, Visibility.STEERING, true, null);
            default -> {
                String kind = grant.substring(0, grant.indexOf(':'));
                Long owner = ownerOf(grant.substring(grant.indexOf(':') + 1));
                yield switch (kind) {
                    case "municipality" -> new ReadableItems.Clause(ContentStatus.PUBLISHED, Visibility.MUNICIPALITY,
                            false, owner);
                    case "draft" -> new ReadableItems.Clause(ContentStatus.DRAFT, null, false, owner);
                    case "retired" -> new ReadableItems.Clause(ContentStatus.RETIRED, null, false, owner);
                    default -> throw new IllegalStateException("unknown grant " + grant);
                };
            }
        };
    }

    /** The terms an actor may see, derived from the security context only. */
    public Set<String> grantsOf(Actor actor) {
        Set<String> grants = new LinkedHashSet<>();
        grants.add(REGION);
        String own = ownerKey(actor.municipalityId());
        grants.add("municipality:" + own);
        if (actor.hasAny(CONTRIBUTOR, EDITOR) || actor.municipalityId() != null) {
            // Drafts and retired items stay with the municipality that wrote them.
            grants.add("draft:" + own);
            grants.add("retired:" + own);
        }
        if (actor.hasAny(EDITOR, STEERING, COORDINATOR)) {
            grants.add(REGIONAL_STAFF);
        }
        if (actor.hasAny(STEERING, COORDINATOR)) {
            grants.add(STEERING_GROUP);
        }
        if (actor.has(EDITOR)) {
            grants.add(EDITORS);
        }
        return grants;
    }

    // ---- knowledge base: writing --------------------------------------------------------------

    /** Contributors write for their own municipality; editors for any municipality and the region. */
    public boolean canWriteFor(Actor actor, Long owningMunicipalityId) {
        return actor.has(EDITOR) || (actor.has(CONTRIBUTOR) && owningMunicipalityId != null
                && actor.belongsTo(owningMunicipalityId));
    }

    public boolean canEdit(Actor actor, ContentAccess content) {
        return canWriteFor(actor, content.owningMunicipalityId()) && canRead(actor, content);
    }

    /** Publishing and retiring: editors for every item, contributors for their own municipality's. */
    public boolean canChangeStatus(Actor actor, ContentAccess content) {
        return canEdit(actor, content);
    }

    /**
     * What an actor may do with an item, as the API returns it ({@code "actions": ["edit", ...]}), so
     * pages draw exactly the controls the server will accept: edit (also attachments and restoring a
     * version), publish unless already published, retire unless already retired.
     */
    public List<String> itemActions(Actor actor, ContentAccess content) {
        if (!canEdit(actor, content)) {
            return List.of();
        }
        List<String> actions = new java.util.ArrayList<>(List.of("edit"));
        if (canChangeStatus(actor, content) && content.status() != ContentStatus.PUBLISHED) {
            actions.add("publish");
        }
        if (canChangeStatus(actor, content) && content.status() != ContentStatus.RETIRED) {
            actions.add("retire");
        }
        return List.copyOf(actions);
    }

    public boolean canManageThemesAndSynonyms(Actor actor) {
        return actor.has(EDITOR);
    }

    // ---- monitoring ---------------------------------------------------------------------------

    /** Data stewards enter their own municipality's figures; the coordinator may correct any. */
    public boolean canEnterValuesFor(Actor actor, Long municipalityId) {
        return actor.has(COORDINATOR) || (actor.has(DATA_STEWARD) && actor.belongsTo(municipalityId));
    }

    /** Region-wide figures (such as the gross regional product) are entered by the coordinator. */
    public boolean canEnterRegionValues(Actor actor) {
        return actor.has(COORDINATOR);
    }

    /** Approving, sending back, locking periods, deadlines, the catalogue, targets and membership. */
    public boolean canCoordinate(Actor actor) {
        return actor.has(COORDINATOR);
    }

    /** Region, subregion and municipality dashboards are open to every account of the region. */
    public boolean canViewDashboards(Actor actor) {
        return !actor.roles().isEmpty();
    }

    /** Per-value detail (drafts, comments, history) of a municipality: its own stewards and regional staff. */
    public boolean canViewValueDetailsOf(Actor actor, Long municipalityId) {
        return actor.hasAny(STEERING, COORDINATOR) || (actor.has(DATA_STEWARD) && actor.belongsTo(municipalityId));
    }

    /** The completeness overview (who submitted, approved, is late): the coordinator and the steering group. */
    public boolean canViewCompleteness(Actor actor) {
        return actor.hasAny(STEERING, COORDINATOR);
    }

    /** Generating and finalising the annual report. */
    public boolean canCompileReport(Actor actor) {
        return actor.has(COORDINATOR);
    }

    /**
     * Whether a knowledge-base item may be quoted in the annual report's developments: published and
     * meant for the whole region. Every account of the region reads the report (and the council reads it
     * on paper), so items kept within one municipality or within the steering group stay out of it.
     */
    public boolean mayAppearInAnnualReport(ContentAccess content) {
        return content.status() == ContentStatus.PUBLISHED
                && content.visibility() == Visibility.REGION;
    }

    // ---- accounts -----------------------------------------------------------------------------

    public boolean canManageAccounts(Actor actor) {
        return actor.has(ADMIN);
    }

    public boolean canReadAuditLog(Actor actor) {
        return actor.has(ADMIN);
    }

    /** Rebuilding the search index and reading its state (search, issue 5). */
    public boolean canMaintainSearchIndex(Actor actor) {
        return actor.has(ADMIN);
    }

    /** Throws with a message a person understands when {@code allowed} is false. */
    public void require(boolean allowed, String whatWasRefused) {
        if (!allowed) {
            throw new AccessDeniedException("You may not " + whatWasRefused + ".");
        }
    }

    private static String ownerKey(Long municipalityId) {
        return municipalityId == null ? "region" : municipalityId.toString();
    }

    private static Long ownerOf(String ownerKey) {
        return "region".equals(ownerKey) ? null : Long.valueOf(ownerKey);
    }
}
