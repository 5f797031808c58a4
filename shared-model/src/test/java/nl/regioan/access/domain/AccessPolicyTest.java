package nl.regioan.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.Messages;

class AccessPolicyTest {

    private static final Long ARNHEM = 1L;
    private static final Long NIJMEGEN = 2L;

    private final AccessPolicy policy = new AccessPolicy();

    private static final long AUTHOR = 7L;
    private static final long SOMEONE_ELSE = 99L;

    private static Actor actor(Long municipality, Role... roles) {
        return actor(SOMEONE_ELSE, municipality, roles);
    }

    private static Actor actor(long accountId, Long municipality, Role... roles) {
        return new Actor(accountId, "someone", municipality,
                roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
    }

    /**
     * The table of AccessPolicy's javadoc (and of the README), written out independently of the
     * policy's code: per visibility and status, the columns that say yes. A reader may read an item
     * when one of the columns that describe them says yes. "writer+steering" is the cell "only if
     * also steering or coordinator".
     */
    private static final String TABLE = """
            REGION       PUBLISHED  editor author writer steering owner-account anyone
            MUNICIPALITY PUBLISHED  editor author writer steering expert owner-account
            STEERING     PUBLISHED  editor author steering
            REGION       DRAFT      editor author writer
            MUNICIPALITY DRAFT      editor author writer
            STEERING     DRAFT      editor author writer+steering
            REGION       RETIRED    editor author writer
            MUNICIPALITY RETIRED    editor author writer
            STEERING     RETIRED    editor author writer+steering
            """;

    private static final Map<String, Set<String>> YES = parseTable();

    private static Map<String, Set<String>> parseTable() {
        Map<String, Set<String>> table = new HashMap<>();
        TABLE.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            table.put(cells[0] + " " + cells[1], Set.of(Arrays.copyOfRange(cells, 2, cells.length)));
        });
        return table;
    }

    /** The columns of the table that describe this reader for this item. */
    private static Set<String> columnsOf(Actor actor, ContentAccess item) {
        Set<String> columns = new HashSet<>();
        Long owner = item.owningMunicipalityId();
        boolean steering = actor.hasAny(Role.STEERING, Role.COORDINATOR);
        boolean writer = actor.has(Role.CONTRIBUTOR) && owner != null && owner.equals(actor.municipalityId());
        if (actor.has(Role.EDITOR)) {
            columns.add("editor");
        }
        if (item.authorAccountId() != null && item.authorAccountId() == actor.accountId()) {
            columns.add("author");
        }
        if (writer) {
            columns.add("writer");
        }
        if (steering) {
            columns.add("steering");
        }
        if (actor.has(Role.EXPERT)) {
            columns.add("expert");
        }
        if (writer && steering) {
            columns.add("writer+steering");
        }
        if (Objects.equals(owner, actor.municipalityId())) {
            columns.add("owner-account");
        }
        columns.add("anyone");
        return columns;
    }

    private static boolean expected(Actor actor, ContentAccess item) {
        Set<String> yes = YES.get(item.visibility() + " " + item.status());
        return columnsOf(actor, item).stream().anyMatch(yes::contains);
    }

    /** Every role alone and in the combinations that matter, of two municipalities and the region, as author or not. */
    private static List<Actor> everyActor() {
        List<Set<Role>> roleSets = new ArrayList<>();
        roleSets.add(Set.of());
        for (Role role : Role.values()) {
            roleSets.add(EnumSet.of(role));
        }
        roleSets.add(EnumSet.of(Role.READER, Role.CONTRIBUTOR));
        roleSets.add(EnumSet.of(Role.CONTRIBUTOR, Role.STEERING));
        roleSets.add(EnumSet.of(Role.CONTRIBUTOR, Role.COORDINATOR));
        roleSets.add(EnumSet.of(Role.CONTRIBUTOR, Role.EDITOR));
        roleSets.add(EnumSet.of(Role.DATA_STEWARD, Role.ADMIN));
        List<Actor> actors = new ArrayList<>();
        for (long account : new long[] {AUTHOR, SOMEONE_ELSE}) {
            for (Long municipality : new Long[] {ARNHEM, NIJMEGEN, null}) {
                for (Set<Role> roles : roleSets) {
                    actors.add(new Actor(account, "someone", municipality, roles));
                }
            }
        }
        return actors;
    }

    /** Every visibility x status x owner (two municipalities and the region) x author (the reader, another, unknown). */
    private static List<ContentAccess> everyItem() {
        List<ContentAccess> items = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            for (ContentStatus status : ContentStatus.values()) {
                for (Long owner : new Long[] {ARNHEM, NIJMEGEN, null}) {
                    for (Long author : new Long[] {AUTHOR, 123L, null}) {
                        items.add(new ContentAccess(visibility, status, owner, author));
                    }
                }
            }
        }
        return items;
    }

    @Test
    void theTableHasOneRowPerVisibilityAndStatus() {
        assertEquals(Visibility.values().length * ContentStatus.values().length, YES.size());
    }

    @Test
    void theThreeFormsAgreeWithTheTableForEveryCombination() {
        List<Actor> actors = everyActor();
        List<ContentAccess> items = everyItem();
        int checked = 0;
        for (Actor actor : actors) {
            Set<String> grants = policy.grantsOf(actor);
            ReadableItems readable = policy.readableBy(actor);
            for (ContentAccess item : items) {
                boolean expected = expected(actor, item);
                assertEquals(expected, policy.canRead(actor, item), () -> actor + " reading " + item);
                boolean byTerms = policy.accessTermsOf(item).stream().anyMatch(grants::contains);
                assertEquals(expected, byTerms, () -> actor + " searching " + item);
                assertEquals(expected, readable.admits(item), () -> actor + " listing " + item);
                checked++;
            }
        }
        assertEquals(2 * 3 * (Role.values().length + 6) * 81, checked);
    }

    @Test
    void statusOnlyNarrowsVisibility() {
        for (Actor actor : everyActor()) {
            for (ContentAccess item : everyItem()) {
                ContentAccess published = new ContentAccess(item.visibility(), ContentStatus.PUBLISHED,
                        item.owningMunicipalityId(), item.authorAccountId());
                if (policy.canRead(actor, item)) {
                    assertTrue(policy.canRead(actor, published), () -> actor + " reads " + item + " but not " + published);
                }
            }
        }
    }

    @Test
    void theAuthorKeepsAccessInEveryStatusAndVisibility() {
        Actor contributor = actor(AUTHOR, ARNHEM, Role.CONTRIBUTOR);
        Actor colleague = actor(SOMEONE_ELSE, ARNHEM, Role.CONTRIBUTOR);
        for (ContentStatus status : ContentStatus.values()) {
            ContentAccess steering = new ContentAccess(Visibility.STEERING, status, ARNHEM, AUTHOR);
            assertTrue(policy.canRead(contributor, steering), status.name());
            assertTrue(policy.canChangeStatus(contributor, steering), status.name());
            assertFalse(policy.canRead(colleague, steering), status.name());
        }
    }

    @Test
    void aReaderOfTheOwnerDoesNotSeeItsDraftsOrRetiredItems() {
        Actor reader = actor(ARNHEM, Role.READER);
        for (Visibility visibility : Visibility.values()) {
            assertFalse(policy.canRead(reader, new ContentAccess(visibility, ContentStatus.DRAFT, ARNHEM, AUTHOR)));
            assertFalse(policy.canRead(reader, new ContentAccess(visibility, ContentStatus.RETIRED, ARNHEM, AUTHOR)));
        }
        assertFalse(policy.canRead(actor(ARNHEM, Role.CONTRIBUTOR),
                new ContentAccess(Visibility.STEERING, ContentStatus.DRAFT, ARNHEM, AUTHOR)));
        assertTrue(policy.canRead(actor(ARNHEM, Role.CONTRIBUTOR, Role.STEERING),
                new ContentAccess(Visibility.STEERING, ContentStatus.DRAFT, ARNHEM, AUTHOR)));
    }

    @Test
    void theAnnualReportQuotesOnlyWhatEveryAccountMayRead() {
        List<Actor> nonAuthors = everyActor().stream().filter(a -> a.accountId() != AUTHOR).toList();
        for (ContentAccess item : everyItem()) {
            ContentAccess byAnother = new ContentAccess(item.visibility(), item.status(), item.owningMunicipalityId(), AUTHOR);
            boolean everybody = nonAuthors.stream().allMatch(actor -> policy.canRead(actor, byAnother));
            assertEquals(everybody, policy.mayAppearInAnnualReport(item), item::toString);
        }
    }

    @Test
    void anotherMunicipalitysDraftIsNeverAListClause() {
        ReadableItems nijmegen = policy.readableBy(actor(NIJMEGEN, Role.CONTRIBUTOR));
        assertFalse(nijmegen.everything());
        assertTrue(nijmegen.clauses().stream().filter(c -> c.status() == ContentStatus.DRAFT)
                .allMatch(c -> !c.anyOwner() && NIJMEGEN.equals(c.owningMunicipalityId())));
        assertTrue(policy.readableBy(actor(null, Role.EDITOR)).everything());
    }

    @Test
    void anotherMunicipalitysDraftIsHidden() {
        ContentAccess arnhemDraft = new ContentAccess(Visibility.REGION, ContentStatus.DRAFT, ARNHEM, AUTHOR);
        assertTrue(policy.canRead(actor(ARNHEM, Role.CONTRIBUTOR), arnhemDraft));
        assertFalse(policy.canRead(actor(NIJMEGEN, Role.CONTRIBUTOR), arnhemDraft));
        assertTrue(policy.canRead(actor(null, Role.EDITOR), arnhemDraft));
    }

    @Test
    void steeringItemsAreForTheSteeringGroupAndCoordinatorOnly() {
        ContentAccess steering = new ContentAccess(Visibility.STEERING, ContentStatus.PUBLISHED, null);
        assertTrue(policy.canRead(actor(null, Role.STEERING), steering));
        assertTrue(policy.canRead(actor(null, Role.COORDINATOR), steering));
        assertFalse(policy.canRead(actor(ARNHEM, Role.READER), steering));
        assertFalse(policy.canRead(actor(ARNHEM, Role.DATA_STEWARD), steering));
    }

    @Test
    void contributorsWriteOnlyForTheirOwnMunicipality() {
        Actor arnhemContributor = actor(ARNHEM, Role.CONTRIBUTOR);
        assertTrue(policy.canWriteFor(arnhemContributor, ARNHEM));
        assertFalse(policy.canWriteFor(arnhemContributor, NIJMEGEN));
        assertFalse(policy.canWriteFor(arnhemContributor, null));
        assertFalse(policy.canWriteFor(actor(ARNHEM, Role.READER), ARNHEM));
        assertTrue(policy.canWriteFor(actor(null, Role.EDITOR), NIJMEGEN));
    }

    @Test
    void dataStewardsEnterOnlyTheirOwnFigures() {
        Actor steward = actor(ARNHEM, Role.DATA_STEWARD);
        assertTrue(policy.canEnterValuesFor(steward, ARNHEM));
        assertFalse(policy.canEnterValuesFor(steward, NIJMEGEN));
        assertFalse(policy.canEnterValuesFor(actor(ARNHEM, Role.READER), ARNHEM));
        assertTrue(policy.canEnterValuesFor(actor(null, Role.COORDINATOR), NIJMEGEN));
        assertFalse(policy.canEnterRegionValues(steward));
    }

    @Test
    void onlyCoordinatorsCoordinateAndOnlyAdminsManageAccounts() {
        assertTrue(policy.canCoordinate(actor(null, Role.COORDINATOR)));
        assertFalse(policy.canCoordinate(actor(null, Role.STEERING)));
        assertTrue(policy.canManageAccounts(actor(null, Role.ADMIN)));
        assertFalse(policy.canManageAccounts(actor(null, Role.COORDINATOR)));
    }

    @Test
    void onlyAdminsMaintainTheSearchIndexAndOnlyEditorsTheSynonyms() {
        assertTrue(policy.canMaintainSearchIndex(actor(null, Role.ADMIN)));
        assertFalse(policy.canMaintainSearchIndex(actor(null, Role.EDITOR)));
        assertTrue(policy.canManageThemesAndSynonyms(actor(null, Role.EDITOR)));
        assertFalse(policy.canManageThemesAndSynonyms(actor(ARNHEM, Role.CONTRIBUTOR)));
    }

    @Test
    void refusalsCarryAReadableMessage() {
        AccessDeniedException error = assertThrows(AccessDeniedException.class,
                () -> policy.require(false, Message.of("access.refused.approve")));
        assertEquals("access.refused.approve", error.detail().key());
        assertEquals("U mag geen cijfers goedkeuren.", Messages.text(error.detail(), Messages.DUTCH));
        assertEquals("You may not approve figures.", Messages.text(error.detail(), Messages.ENGLISH));
    }

    @Test
    void completenessIsForTheCoordinatorAndTheSteeringGroup() {
        assertTrue(policy.canViewCompleteness(actor(null, Role.COORDINATOR)));
        assertTrue(policy.canViewCompleteness(actor(null, Role.STEERING)));
        assertFalse(policy.canViewCompleteness(actor(ARNHEM, Role.DATA_STEWARD)));
        assertFalse(policy.canViewCompleteness(actor(ARNHEM, Role.READER)));
    }

    @Test
    void onlyPublishedRegionItemsMayAppearInTheAnnualReport() {
        for (Visibility visibility : Visibility.values()) {
            for (ContentStatus status : ContentStatus.values()) {
                boolean expected = status == ContentStatus.PUBLISHED && visibility == Visibility.REGION;
                assertEquals(expected, policy.mayAppearInAnnualReport(new ContentAccess(visibility, status, ARNHEM)),
                        visibility + " " + status);
            }
        }
    }

    @Test
    void itemActionsAreWhatTheWritingRulesAllow() {
        ContentAccess arnhemDraft = new ContentAccess(Visibility.REGION, ContentStatus.DRAFT, ARNHEM);
        ContentAccess arnhemPublished = new ContentAccess(Visibility.REGION, ContentStatus.PUBLISHED, ARNHEM);
        ContentAccess arnhemRetired = new ContentAccess(Visibility.REGION, ContentStatus.RETIRED, ARNHEM);
        assertEquals(List.of(), policy.itemActions(actor(ARNHEM, Role.READER), arnhemPublished), "a reader only reads");
        assertEquals(List.of(), policy.itemActions(actor(NIJMEGEN, Role.CONTRIBUTOR), arnhemPublished),
                "another municipality's item");
        assertEquals(List.of("edit", "publish", "retire"), policy.itemActions(actor(ARNHEM, Role.CONTRIBUTOR), arnhemDraft));
        assertEquals(List.of("edit", "retire"), policy.itemActions(actor(ARNHEM, Role.CONTRIBUTOR), arnhemPublished));
        assertEquals(List.of("edit", "publish"), policy.itemActions(actor(NIJMEGEN, Role.EDITOR), arnhemRetired));
        assertEquals(List.of(), policy.itemActions(actor(null, Role.STEERING, Role.COORDINATOR), arnhemPublished));
    }

    @Test
    void locationsAreWrittenByTheirMunicipalitysContributorsAndTheRegionalKeepersOfTheRegister() {
        ContentAccess arnhemLocation = new ContentAccess(Visibility.MUNICIPALITY, ContentStatus.PUBLISHED, ARNHEM, AUTHOR);
        assertTrue(policy.canEditLocation(actor(ARNHEM, Role.CONTRIBUTOR), arnhemLocation));
        assertFalse(policy.canEditLocation(actor(NIJMEGEN, Role.CONTRIBUTOR), arnhemLocation));
        assertFalse(policy.canEditLocation(actor(ARNHEM, Role.READER), arnhemLocation));
        assertFalse(policy.canEditLocation(actor(ARNHEM, Role.DATA_STEWARD), arnhemLocation));
        assertFalse(policy.canEditLocation(actor(null, Role.STEERING), arnhemLocation));
        assertTrue(policy.canEditLocation(actor(null, Role.COORDINATOR), arnhemLocation));
        assertTrue(policy.canEditLocation(actor(null, Role.EDITOR), arnhemLocation));
        assertEquals(List.of("edit"), policy.locationActions(actor(null, Role.COORDINATOR), arnhemLocation));
        assertEquals(List.of(), policy.locationActions(actor(NIJMEGEN, Role.CONTRIBUTOR), arnhemLocation));
        // a location restricted to the steering group is not for the municipality's contributors to change
        ContentAccess steeringOnly = new ContentAccess(Visibility.STEERING, ContentStatus.PUBLISHED, ARNHEM, AUTHOR);
        assertFalse(policy.canEditLocation(actor(ARNHEM, Role.CONTRIBUTOR), steeringOnly));
        assertTrue(policy.canEditLocation(actor(AUTHOR, ARNHEM, Role.CONTRIBUTOR), steeringOnly));
        assertFalse(policy.canWriteLocationFor(actor(ARNHEM, Role.CONTRIBUTOR), null));
    }
}
