package nl.regioan.kb.item.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.access.domain.Role;
import nl.regioan.access.domain.Visibility;
import nl.regioan.audit.application.Json;
import nl.regioan.kb.item.domain.ItemContent;
import nl.regioan.kb.item.domain.ItemFilter;
import nl.regioan.kb.item.domain.ItemKind;
import nl.regioan.kb.item.domain.ItemVersion;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.KnowledgeItemRepository;
import org.junit.jupiter.api.Test;

class AuditLogTitlesTest {

    private static final long ARNHEM = 1L;
    private static final Actor ADMIN = new Actor(50, "admin", null, Set.of(Role.ADMIN));
    private static final Actor ADMIN_EDITOR = new Actor(51, "admin-editor", null, Set.of(Role.ADMIN, Role.EDITOR));

    private final Map<Long, KnowledgeItem> stored = new HashMap<>();
    private final AuditLogTitles titles = new AuditLogTitles();

    AuditLogTitlesTest() {
        titles.policy = new AccessPolicy();
        titles.items = new Stored();
        KnowledgeItem draft = new KnowledgeItem(content("Geheim concept", Visibility.REGION), 7, Instant.EPOCH);
        stored.put(5L, draft);
        KnowledgeItem published = new KnowledgeItem(content("Openbaar", Visibility.REGION), 7, Instant.EPOCH);
        published.publish(Instant.EPOCH);
        stored.put(6L, published);
    }

    @Test
    void anUnreadableItemsTitleIsReplacedAndTheRestOfTheEntryStays() {
        AuditLogTitles.Values shown = titles.forReader(ADMIN).shown("kb_item", "5",
                Json.object("title", "Oude titel"), Json.object("title", "Geheim concept", "status", "DRAFT", "revision", 2));
        assertEquals("{\"title\":\"item #5\"}", shown.oldValue());
        assertTrue(shown.newValue().contains("\"title\":\"item #5\""), shown.newValue());
        assertTrue(shown.newValue().contains("\"status\":\"DRAFT\""), shown.newValue());
        assertFalse(shown.newValue().contains("Geheim"), shown.newValue());
    }

    @Test
    void aReaderOfTheItemSeesItsTitle() {
        String value = Json.object("title", "Geheim concept", "status", "DRAFT");
        assertEquals(value, titles.forReader(ADMIN_EDITOR).shown("kb_item", "5", null, value).newValue());
        String open = Json.object("title", "Openbaar");
        assertEquals(open, titles.forReader(ADMIN).shown("kb_item", "6", null, open).newValue());
    }

    @Test
    void attachmentNamesFollowTheirItem() {
        String upload = Json.object("item", 5, "fileName", "geheim.pdf", "size", 10);
        AuditLogTitles.Values hidden = titles.forReader(ADMIN).shown("kb_attachment", "40", null, upload);
        assertTrue(hidden.newValue().contains("\"fileName\":\"attachment #40\""), hidden.newValue());
        assertFalse(hidden.newValue().contains("geheim"), hidden.newValue());
        String open = Json.object("item", 6, "fileName", "open.pdf");
        assertEquals(open, titles.forReader(ADMIN).shown("kb_attachment", "41", null, open).newValue());
    }

    @Test
    void unknownItemsAndValuesThatAreNoObjectAreNotShown() {
        assertEquals("{\"title\":\"item #99\"}",
                titles.forReader(ADMIN_EDITOR).shown("kb_item", "99", null, "Titel van een verwijderd item").newValue());
        assertEquals("{\"title\":\"item #5\"}", titles.forReader(ADMIN).shown("kb_item", "5", null, "[1]").newValue());
        String account = Json.object("username", "jan");
        assertEquals(account, titles.forReader(ADMIN).shown("account", "3", null, account).newValue());
    }

    private static ItemContent content(String title, Visibility visibility) {
        return new ItemContent(ItemKind.BEST_PRACTICE, title, "", "", ARNHEM, visibility, List.of("1"), List.of(),
                List.of(), null, null);
    }

    /** Only find is used. */
    private final class Stored implements KnowledgeItemRepository {
        @Override
        public Optional<KnowledgeItem> find(long id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<KnowledgeItem> page(ItemFilter filter, ReadableItems readable, LocalDate staleOn, int first, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(ItemFilter filter, ReadableItems readable, LocalDate staleOn) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(KnowledgeItem item) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addVersion(ItemVersion version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ItemVersion> versions(long itemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ItemVersion> version(long itemId, int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
            throw new UnsupportedOperationException();
        }
    }
}
