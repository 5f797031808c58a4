package nl.regioan.access.domain;

import nl.regioan.shared.api.Message;
import static nl.regioan.access.domain.Role.ADMIN;
import static nl.regioan.access.domain.Role.CONTRIBUTOR;
import static nl.regioan.access.domain.Role.COORDINATOR;
import static nl.regioan.access.domain.Role.DATA_STEWARD;
import static nl.regioan.access.domain.Role.EDITOR;
import static nl.regioan.access.domain.Role.EXPERT;
import static nl.regioan.access.domain.Role.STEERING;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides who may see or change what, for both halves of the platform.
 *
 * <h2>Reading knowledge-base items: one rule in every status</h2>
 * Visibility says who may read an item; the status only narrows that: a draft or a retired item is
 * for the writers of its owner (within its visibility), and the author and the editors keep access
 * in every status. A person may read an item when any cell of their row-and-columns says yes.
 *
 * <table>
 * <caption>Who may read an item (visibility x status)</caption>
 * <tr><th>visibility, status</th><th>editor</th><th>author</th>
 *     <th>writer of the owner<br>(contributor of the owning municipality)</th>
 *     <th>steering, coordinator (and, for municipality content, the expertise team)</th>
 *     <th>other account of the owner<br>(of the owning municipality; for a region item: without municipality)</th>
 *     <th>anyone else</th></tr>
 * <tr><td>region, published</td>        <td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>municipality, published</td>  <td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>no</td></tr>
 * <tr><td>steering, published</td>      <td>yes</td><td>yes</td><td>no</td><td>yes</td><td>no</td><td>no</td></tr>
 * <tr><td>region, draft or retired</td> <td>yes</td><td>yes</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 * <tr><td>municipality, draft or retired</td><td>yes</td><td>yes</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 * <tr><td>steering, draft or retired</td><td>yes</td><td>yes</td><td>only if also steering or coordinator</td>
 *     <td>no</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * <p>A region item has no writers of the owner (only editors write for the region). Retired means
 * withdrawn: the item is kept for its history and may be published again, so like a draft it is
 * back with the people who may write it. The annual report, which every account reads, quotes only
 * what the "anyone else" column opens: published region items.
 *
 * <p>The rule has three forms in this class, all derived from {@link #inAudience} and
 * {@link #isWriterOf}: the yes/no answer {@link #canRead}; access terms (an item's
 * {@link #accessTermsOf} against an actor's {@link #grantsOf}), which the search index uses as a
 * filter so hit counts, facets, snippets and suggestions never reveal an item; and
 * {@link #readableBy} clauses, which filter knowledge-base lists and counts in the database.
 * {@code AccessPolicyTest} checks that the three agree with the table for every combination.
 */
@ApplicationScoped
public class AccessPolicy {

    static final String REGION = "region";
    static final String REGIONAL_STAFF = "regional";
    static final String STEERING_GROUP = "steering";
    static final String EDITORS = "editor";
    static final String AUTHOR = "author:";
    static final String MUNICIPALITY = "municipality:";

    private static final Set<ContentStatus> UNPUBLISHED = EnumSet.of(ContentStatus.DRAFT, ContentStatus.RETIRED);

    // ---- knowledge base: reading --------------------------------------------------------------

    /** The table above, read directly. */
    public boolean canRead(Actor actor, ContentAccess content) {
        if (actor.has(EDITOR) || isAuthor(actor, content)) {
            return true;
        }
        boolean audience = inAudience(actor, content.visibility(), content.owningMunicipalityId());
        return content.status() == ContentStatus.PUBLISHED
                ? audience
                : audience && isWriterOf(actor, content.owningMunicipalityId());
    }

    /** Who may read a published item of this visibility and owner (editors aside): the visibility rule. */
    private static boolean inAudience(Actor actor, Visibility visibility, Long owningMunicipalityId) {
        return switch (visibility) {
            case REGION -> true;
            case MUNICIPALITY -> Objects.equals(actor.municipalityId(), owningMunicipalityId)
                    || actor.hasAny(EDITOR, STEERING, COORDINATOR, EXPERT);
            case STEERING -> actor.hasAny(STEERING, COORDINATOR);
        };
    }

    /** The writers of an owner other than the editors: its contributors (the region has none). */
    private static boolean isWriterOf(Actor actor, Long owningMunicipalityId) {
        return actor.has(CONTRIBUTOR) && owningMunicipalityId != null && actor.belongsTo(owningMunicipalityId);
    }

    private static boolean isAuthor(Actor actor, ContentAccess content) {
        return content.authorAccountId() != null && content.authorAccountId() == actor.accountId();
    }

    /** The terms an item is indexed with; a reader needs one of them among their grants. */
    public Set<String> accessTermsOf(ContentAccess content) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(EDITORS); // editors see every item in every state
        if (content.authorAccountId() != null) {
            terms.add(AUTHOR + content.authorAccountId());
        }
        Long owner = content.owningMunicipalityId();
        if (content.status() == ContentStatus.PUBLISHED) {
            switch (content.visibility()) {
                case REGION -> terms.add(REGION);
                case MUNICIPALITY -> {
                    terms.add(MUNICIPALITY + ownerKey(owner));
                    terms.add(REGIONAL_STAFF);
                }
                case STEERING -> terms.add(STEERING_GROUP);
            }
        } else if (owner != null) {
            // Writers of the owner, within the visibility: grantsOf gives this term only to those.
            terms.add(unpublishedTerm(content.status(), content.visibility(), owner));
        }
        return terms;
    }

    /** The terms an actor may see, derived from the security context only. */
    public Set<String> grantsOf(Actor actor) {
        Set<String> grants = new LinkedHashSet<>();
        grants.add(REGION);
        grants.add(MUNICIPALITY + ownerKey(actor.municipalityId()));
        grants.add(AUTHOR + actor.accountId());
        if (actor.hasAny(EDITOR, STEERING, COORDINATOR, EXPERT)) {
            grants.add(REGIONAL_STAFF);
        }
        if (actor.hasAny(STEERING, COORDINATOR)) {
            grants.add(STEERING_GROUP);
        }
        if (actor.has(EDITOR)) {
            grants.add(EDITORS);
        }
        Long own = actor.municipalityId();
        if (isWriterOf(actor, own)) {
            for (ContentStatus status : UNPUBLISHED) {
                for (Visibility visibility : Visibility.values()) {
                    if (inAudience(actor, visibility, own)) {
                        grants.add(unpublishedTerm(status, visibility, own));
                    }
                }
            }
        }
        return grants;
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
                String[] parts = grant.split(":");
                yield switch (parts[0] + ":") {
                    case AUTHOR -> ReadableItems.Clause.authoredBy(Long.parseLong(parts[1]));
                    case MUNICIPALITY -> new ReadableItems.Clause(ContentStatus.PUBLISHED, Visibility.MUNICIPALITY,
                            false, ownerOf(parts[1]));
                    default -> new ReadableItems.Clause(ContentStatus.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                            Visibility.valueOf(parts[1].toUpperCase(Locale.ROOT)), false, Long.valueOf(parts[2]));
                };
            }
        };
    }

    /** "draft:steering:12": a draft of visibility steering owned by municipality 12. */
    private static String unpublishedTerm(ContentStatus status, Visibility visibility, long owner) {
        return status.name().toLowerCase(Locale.ROOT) + ":" + visibility.name().toLowerCase(Locale.ROOT) + ":" + owner;
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

    // ---- housing locations (issue 18) ---------------------------------------------------------
    // A location is read by the item rule above, as published content of its municipality
    // (HousingLocation.access()): region for everybody; municipality for its own accounts, editors,
    // the coordinator and the steering group; steering for the steering group and the coordinator.

    /**
     * Contributors register locations of their own municipality; editors and the coordinator, who keep the
     * regional register, those of any municipality.
     */
    public boolean canWriteLocationFor(Actor actor, Long municipalityId) {
        return actor.hasAny(EDITOR, COORDINATOR) || (actor.has(CONTRIBUTOR) && municipalityId != null
                && actor.belongsTo(municipalityId));
    }

    /** Changing a location needs writing for its municipality and reading it (a hidden location is 404). */
    public boolean canEditLocation(Actor actor, ContentAccess location) {
        return canWriteLocationFor(actor, location.owningMunicipalityId()) && canRead(actor, location);
    }

    /** What an actor may do with a location, as the API returns it: ["edit"] or nothing. */
    public List<String> locationActions(Actor actor, ContentAccess location) {
        return canEditLocation(actor, location) ? List.of("edit") : List.of();
    }

    /** The overview of the whole register (per municipality and kind, norms met): regional staff. */
    public boolean canViewHousingOverview(Actor actor) {
        return actor.hasAny(COORDINATOR, STEERING, EDITOR);
    }

    // ---- questions and answers (issue 20) ------------------------------------------------------
    // A question is read by the item rule above, as published content of the asker's municipality
    // written by the asker (Question.access()); its answers are read with it.

    /** The asker changes their question; editors keep the knowledge base tidy. A hidden question is 404 first. */
    public boolean canEditQuestion(Actor actor, ContentAccess question) {
        return canRead(actor, question) && (actor.has(EDITOR) || isAuthor(actor, question));
    }

    /** Anybody who may read a question may answer it (colleagues of other municipalities, the expertise team). */
    public boolean canAnswer(Actor actor, ContentAccess question) {
        return canRead(actor, question);
    }

    /** Only the answer's writer changes it. */
    public boolean canEditAnswer(Actor actor, long answerAuthorAccountId) {
        return actor.accountId() == answerAuthorAccountId;
    }

    /** Only the asker says which answer helped. */
    public boolean canAcceptAnswer(Actor actor, ContentAccess question) {
        return isAuthor(actor, question);
    }

    /** A reader of the question votes an answer useful, but not their own. */
    public boolean canVoteFor(Actor actor, long answerAuthorAccountId) {
        return actor.accountId() != answerAuthorAccountId;
    }

    /** The expertise team's inbox and assigning questions: the experts and the coordinator. */
    public boolean canWorkTheQuestionInbox(Actor actor) {
        return actor.hasAny(EXPERT, COORDINATOR);
    }

    /** An account a question may be assigned to: an expert. */
    public boolean isExpert(Actor actor) {
        return actor.has(EXPERT);
    }

    /** Turning an answered question into a knowledge item: the editors, who write for the region. */
    public boolean canTurnQuestionIntoItem(Actor actor) {
        return actor.has(EDITOR);
    }

    /** What an actor may do with a question, as the API returns it, so pages draw only those controls. */
    public List<String> questionActions(Actor actor, ContentAccess question) {
        List<String> actions = new java.util.ArrayList<>();
        if (canEditQuestion(actor, question)) {
            actions.add("edit");
        }
        if (canAnswer(actor, question)) {
            actions.add("answer");
        }
        if (canAcceptAnswer(actor, question)) {
            actions.add("accept");
        }
        if (canWorkTheQuestionInbox(actor)) {
            actions.add("assign");
        }
        if (canTurnQuestionIntoItem(actor)) {
            actions.add("makeItem");
        }
        return List.copyOf(actions);
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
     * Whether a knowledge-base item may be quoted in the annual report's developments: only what the
     * reading rule opens to every account (the "anyone else" column of the table: published region
     * items). Every account of the region reads the report (and the council reads it on paper), so
     * items kept within one municipality or within the steering group stay out of it.
     */
    public boolean mayAppearInAnnualReport(ContentAccess content) {
        return content.status() == ContentStatus.PUBLISHED
                && content.visibility() == Visibility.REGION;
    }

    // ---- collaboration survey ------------------------------------------------------------------

    /** A municipality's survey response is filled in and submitted by its own data stewards only. */
    public boolean canRespondToSurveyFor(Actor actor, Long municipalityId) {
        return actor.has(DATA_STEWARD) && actor.belongsTo(municipalityId);
    }

    /**
     * One municipality's answers: its own data stewards; the coordinator only when the survey is
     * "niet anoniem" (otherwise answers are seen only aggregated, in the results).
     */
    public boolean canReadSurveyResponseOf(Actor actor, Long municipalityId, boolean anonymous) {
        return canRespondToSurveyFor(actor, municipalityId) || (actor.has(COORDINATOR) && !anonymous);
    }

    /** Building and closing surveys and seeing who has responded: the coordinator. */
    public boolean canBuildSurveys(Actor actor) {
        return actor.has(COORDINATOR);
    }

    /** Surveys and their (aggregated) results are open to every account of the region, as the report is. */
    public boolean canViewSurveyResults(Actor actor) {
        return !actor.roles().isEmpty();
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

    /** Throws with the keyed reason (a whole sentence, e.g. {@code access.refused.manageAccounts}) when {@code allowed} is false. */
    public void require(boolean allowed, Message reason) {
        if (!allowed) {
            throw new AccessDeniedException(reason);
        }
    }

    private static String ownerKey(Long municipalityId) {
        return municipalityId == null ? "region" : municipalityId.toString();
    }

    private static Long ownerOf(String ownerKey) {
        return "region".equals(ownerKey) ? null : Long.valueOf(ownerKey);
    }
}
