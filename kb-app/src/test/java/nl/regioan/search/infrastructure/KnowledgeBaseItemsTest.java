package nl.regioan.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.kb.item.domain.IndexableItem;
import nl.regioan.kb.item.domain.ItemKind;
import nl.regioan.search.domain.DocumentKeys;
import nl.regioan.search.domain.SearchableItem;
import org.junit.jupiter.api.Test;

/** Items and questions are one source for the index: found by key, and read by a rebuild in one pass, items first. */
class KnowledgeBaseItemsTest {

    private static final int ITEMS = 7;
    private static final int QUESTIONS = 5;

    private final KnowledgeBaseItems source = new KnowledgeBaseItems();

    KnowledgeBaseItemsTest() {
        source.items = new KnowledgeItemsForIndexing() {
            @Override
            public Optional<IndexableItem> find(long id) {
                return id >= 1 && id <= ITEMS ? Optional.of(item(id)) : Optional.empty();
            }

            @Override
            public List<IndexableItem> batch(long afterId, int size) {
                return LongStream.rangeClosed(afterId + 1, ITEMS).limit(size).mapToObj(KnowledgeBaseItemsTest::item).toList();
            }
        };
        source.questions = new QuestionsForIndexing() {
            @Override
            public Optional<SearchableItem> find(long questionId) {
                return questionId >= 1 && questionId <= QUESTIONS ? Optional.of(question(questionId)) : Optional.empty();
            }

            @Override
            public List<SearchableItem> batch(long afterId, int size) {
                return LongStream.rangeClosed(afterId + 1, QUESTIONS).limit(size)
                        .mapToObj(KnowledgeBaseItemsTest::question).toList();
            }
        };
    }

    static IndexableItem item(long id) {
        return new IndexableItem(id, ItemKind.BEST_PRACTICE, "Item " + id, null, "tekst", List.of(), List.of("1"), List.of(),
                null, null, null, Visibility.REGION, ContentStatus.PUBLISHED, 2025, Instant.EPOCH, List.of(), 1);
    }

    static SearchableItem question(long id) {
        return new SearchableItem(DocumentKeys.ofQuestion(id), DocumentKeys.QUESTION_KIND, "Vraag " + id, null, "tekst",
                List.of(), List.of("1"), List.of(), null, null, null, Visibility.REGION, ContentStatus.PUBLISHED, 2025,
                Instant.EPOCH, List.of(), 1L);
    }

    @Test
    void aKeyNamesAnItemOrAQuestion() {
        assertEquals("Item 3", source.find(3).orElseThrow().title());
        assertEquals("Vraag 3", source.find(DocumentKeys.ofQuestion(3)).orElseThrow().title());
        assertFalse(source.find(DocumentKeys.ofQuestion(99)).isPresent());
        assertTrue(DocumentKeys.isQuestion(DocumentKeys.ofQuestion(1)));
        assertFalse(DocumentKeys.isQuestion(Integer.MAX_VALUE * 100L));
        assertEquals(42, DocumentKeys.idOf(DocumentKeys.ofQuestion(42)));
        assertEquals(42, DocumentKeys.idOf(42));
    }

    @Test
    void aRebuildReadsEveryItemThenEveryQuestionOnce() {
        List<String> titles = new java.util.ArrayList<>();
        long after = 0;
        for (List<SearchableItem> batch = source.batch(after, 3); !batch.isEmpty(); batch = source.batch(after, 3)) {
            batch.forEach(document -> titles.add(document.title()));
            after = batch.stream().mapToLong(SearchableItem::id).max().orElseThrow(); // as IndexRebuild moves on
        }
        assertEquals(List.of("Item 1", "Item 2", "Item 3", "Item 4", "Item 5", "Item 6", "Item 7",
                "Vraag 1", "Vraag 2", "Vraag 3", "Vraag 4", "Vraag 5"), titles);
    }
}
