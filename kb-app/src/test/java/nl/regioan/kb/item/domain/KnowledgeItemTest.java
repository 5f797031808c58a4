package nl.regioan.kb.item.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.access.domain.Role;
import org.junit.jupiter.api.Test;

/** Status transitions, review dates, visibility through the access policy, snapshots and restore. */
class KnowledgeItemTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final long ARNHEM = 1L;
    private static final long NIJMEGEN = 2L;
    private final AccessPolicy policy = new AccessPolicy();

    static ItemContent content(String title, Long municipality, Visibility visibility) {
        return new ItemContent(ItemKind.BEST_PRACTICE, title, "samenvatting", "# Kop\n\nregel", municipality, visibility,
                List.of("1"), List.of("1.1"), List.of("snf"), LocalDate.of(2026, 6, 1), null);
    }

    private static Actor actor(Long municipality, Role... roles) {
        return new Actor(1, "someone", municipality, Set.of(roles));
    }

    @Test
    void aNewItemIsADraftAtRevisionOne() {
        KnowledgeItem item = new KnowledgeItem(content("A", ARNHEM, Visibility.REGION), 7, NOW);
        assertEquals(ContentStatus.DRAFT, item.status());
        assertEquals(1, item.revision());
        assertEquals(2026, item.year());
    }

    @Test
    void statusMovesOnlyAlongTheAllowedTransitions() {
        KnowledgeItem item = new KnowledgeItem(content("A", ARNHEM, Visibility.REGION), 7, NOW);
        item.publish(NOW);
        assertEquals(ContentStatus.PUBLISHED, item.status());
        assertEquals(NOW, item.publishedAt());
        assertThrows(IllegalStateException.class, () -> item.publish(NOW), "published twice");
        item.retire(NOW);
        assertThrows(IllegalStateException.class, () -> item.retire(NOW), "retired twice");
        item.publish(NOW);
        assertEquals(4, item.revision());
        assertTrue(StatusRules.allows(ContentStatus.DRAFT, ContentStatus.RETIRED));
        assertFalse(StatusRules.allows(ContentStatus.PUBLISHED, ContentStatus.DRAFT));
        assertFalse(StatusRules.allows(ContentStatus.RETIRED, ContentStatus.DRAFT));
    }

    @Test
    void anItemPastItsReviewDateIsStaleUnlessRetired() {
        KnowledgeItem item = new KnowledgeItem(content("A", ARNHEM, Visibility.REGION), 7, NOW);
        assertFalse(item.isStaleOn(LocalDate.of(2026, 6, 1)), "on the day itself it is still fresh");
        assertTrue(item.isStaleOn(LocalDate.of(2026, 6, 2)));
        item.retire(NOW);
        assertFalse(item.isStaleOn(LocalDate.of(2027, 1, 1)));
        KnowledgeItem noDate = new KnowledgeItem(new ItemContent(ItemKind.POLICY_DOCUMENT, "B", "", "", null,
                Visibility.REGION, List.of("6"), List.of(), List.of(), null, null), 7, NOW);
        assertFalse(noDate.isStaleOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void aDraftIsVisibleToItsMunicipalitysWritersItsAuthorAndEditorsOnly() {
        KnowledgeItem item = new KnowledgeItem(content("A", ARNHEM, Visibility.REGION), 7, NOW);
        assertEquals(7L, item.access().authorAccountId());
        assertTrue(policy.canRead(actor(ARNHEM, Role.CONTRIBUTOR), item.access()));
        assertFalse(policy.canRead(actor(ARNHEM, Role.READER), item.access()));
        assertFalse(policy.canRead(actor(NIJMEGEN, Role.READER), item.access()));
        assertFalse(policy.canRead(actor(NIJMEGEN, Role.CONTRIBUTOR), item.access()));
        assertTrue(policy.canRead(actor(null, Role.EDITOR), item.access()));
        item.publish(NOW);
        assertTrue(policy.canRead(actor(NIJMEGEN, Role.READER), item.access()));
        assertFalse(policy.canEdit(actor(NIJMEGEN, Role.CONTRIBUTOR), item.access()));
        assertTrue(policy.canEdit(actor(ARNHEM, Role.CONTRIBUTOR), item.access()));
    }

    @Test
    void aMunicipalityItemIsHiddenFromOtherMunicipalitiesWhenPublished() {
        KnowledgeItem item = new KnowledgeItem(content("A", ARNHEM, Visibility.MUNICIPALITY), 7, NOW);
        item.publish(NOW);
        assertFalse(policy.canRead(actor(NIJMEGEN, Role.READER), item.access()));
        assertTrue(policy.canRead(actor(ARNHEM, Role.READER), item.access()));
        assertTrue(policy.canRead(actor(null, Role.STEERING), item.access()));
    }

    @Test
    void aSnapshotRoundTripsAndRestoringBringsBackTheOldContentAsANewRevision() {
        ParticipationCase pc = new ParticipationCase("Oude school", 60, ParticipationCase.HousingKind.CONVERTED_BUILDING,
                ParticipationCase.Phase.IN_USE, Set.of(ParticipationCase.Method.OPEN_DAY, ParticipationCase.Method.NEWSLETTER),
                Set.of(ParticipationCase.Participant.RESIDENTS), ParticipationCase.Outcome.REALISED, "buren", "te laat",
                "J. Jansen");
        ItemContent first = new ItemContent(ItemKind.PARTICIPATION_CASE, "Eerste", "s", "regel 1\nregel 2", ARNHEM,
                Visibility.REGION, List.of("4"), List.of("4.1"), List.of("participatie"), null, pc);
        KnowledgeItem item = new KnowledgeItem(first, 7, NOW);
        String stored = new ItemSnapshot(item.content(), item.status()).toJson();
        item.change(content("Tweede", ARNHEM, Visibility.REGION), NOW);
        assertNull(item.participation(), "only participation cases keep participation fields");

        ItemSnapshot old = ItemSnapshot.fromJson(stored);
        assertEquals(first, old.content());
        item.change(old.content(), NOW);
        assertEquals(3, item.revision());
        assertEquals("Eerste", item.title());
        assertEquals(pc, item.participation());
    }

    @Test
    void readableLinesShowFieldsAndBodyLines() {
        List<String> lines = new ItemSnapshot(content("Titel", null, Visibility.STEERING), ContentStatus.DRAFT).readableLines();
        assertTrue(lines.contains("title: Titel"));
        assertTrue(lines.contains("municipality: region"));
        assertEquals("regel", lines.get(lines.size() - 1));
    }
}
