package nl.regioan.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.regioan.account.domain.Role;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Long ARNHEM = 1L;
    private static final Long NIJMEGEN = 2L;

    private final AccessPolicy policy = new AccessPolicy();

    private static Actor actor(Long municipality, Role... roles) {
        return new Actor(99, "someone", municipality, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
    }

    /** The rules of the access issue, written out independently of the term mechanism. */
    private static boolean expected(Actor actor, ContentAccess item) {
        if (actor.has(Role.EDITOR)) {
            return true;
        }
        boolean ownMunicipality = item.owningMunicipalityId() != null && actor.belongsTo(item.owningMunicipalityId());
        boolean regionItemWriter = item.owningMunicipalityId() == null && actor.municipalityId() == null
                && actor.has(Role.CONTRIBUTOR);
        return switch (item.status()) {
            case DRAFT, RETIRED -> ownMunicipality || regionItemWriter;
            case PUBLISHED -> switch (item.visibility()) {
                case REGION -> true;
                case MUNICIPALITY -> ownMunicipality
                        || (item.owningMunicipalityId() == null && actor.municipalityId() == null)
                        || actor.hasAny(Role.STEERING, Role.COORDINATOR);
                case STEERING -> actor.hasAny(Role.STEERING, Role.COORDINATOR);
            };
        };
    }

    @Test
    void readingAgreesWithTheWrittenRulesForEveryCombination() {
        List<Actor> actors = new ArrayList<>();
        for (Long municipality : new Long[] {ARNHEM, NIJMEGEN, null}) {
            for (Role role : Role.values()) {
                actors.add(actor(municipality, role));
            }
            actors.add(actor(municipality, Role.READER, Role.CONTRIBUTOR));
        }
        int checked = 0;
        for (Actor actor : actors) {
            for (Visibility visibility : Visibility.values()) {
                for (ContentStatus status : ContentStatus.values()) {
                    for (Long owner : new Long[] {ARNHEM, NIJMEGEN, null}) {
                        ContentAccess item = new ContentAccess(visibility, status, owner);
                        assertEquals(expected(actor, item), policy.canRead(actor, item),
                                () -> actor + " reading " + item);
                        checked++;
                    }
                }
            }
        }
        assertEquals(24 * 27, checked);
    }

    @Test
    void theQueryClausesAdmitExactlyWhatMayBeRead() {
        int checked = 0;
        for (Long municipality : new Long[] {ARNHEM, NIJMEGEN, null}) {
            List<Actor> actors = new ArrayList<>();
            for (Role role : Role.values()) {
                actors.add(actor(municipality, role));
            }
            actors.add(actor(municipality, Role.READER, Role.CONTRIBUTOR));
            actors.add(actor(municipality));
            for (Actor actor : actors) {
                ReadableItems readable = policy.readableBy(actor);
                for (Visibility visibility : Visibility.values()) {
                    for (ContentStatus status : ContentStatus.values()) {
                        for (Long owner : new Long[] {ARNHEM, NIJMEGEN, null}) {
                            ContentAccess item = new ContentAccess(visibility, status, owner);
                            assertEquals(policy.canRead(actor, item), readable.admits(item), () -> actor + " listing " + item);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(3 * (Role.values().length + 2) * 27, checked);
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
        ContentAccess arnhemDraft = new ContentAccess(Visibility.REGION, ContentStatus.DRAFT, ARNHEM);
        assertTrue(policy.canRead(actor(ARNHEM, Role.READER), arnhemDraft));
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
                () -> policy.require(false, "enter figures for Nijmegen"));
        assertEquals("You may not enter figures for Nijmegen.", error.getMessage());
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
}
