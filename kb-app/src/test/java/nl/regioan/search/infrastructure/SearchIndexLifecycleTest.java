package nl.regioan.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.search.domain.SearchableItem;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: first build, changes visible at once, crash healing, version and corruption rebuilds. */
class SearchIndexLifecycleTest {

    @TempDir
    Path root;

    private final FakeDatabase database = new FakeDatabase();

    @Test
    void aMissingIndexIsBuiltFromTheSourceAndRecordsTheAnalyzerVersion() throws IOException {
        database.save(item(1, "Huisvesting in Druten", 1));
        database.save(item(2, "Handhaving in Arnhem", 1));
        try (LuceneSearchIndex index = new LuceneSearchIndex(root, database, TestIndex.POLICY, database)) {
            assertTrue(index.open(), "nothing there yet: rebuild");
            assertEquals(0, search(index, "").total(), "no index yet: empty answers, no error");
            assertTrue(index.rebuild());
            assertEquals(2, search(index, "").total());
            assertEquals("READY", index.status().state());
            assertEquals(2, index.status().documents());
        }
        String generation = Files.readString(root.resolve("current")).strip();
        try (FSDirectory directory = FSDirectory.open(root.resolve(generation))) {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            assertEquals(DutchAnalysis.VERSION, data.get(IndexWriterSession.ANALYZER_KEY));
            assertEquals(Instant.ofEpochSecond(1).toString(), data.get(IndexWriterSession.LAST_CHANGE_KEY));
        }
    }

    @Test
    void aSavedItemIsSearchableAsSoonAsApplyReturns() {
        try (LuceneSearchIndex index = started()) {
            database.save(item(3, "Nachtregister voor short stay", 5));
            index.apply(3);
            assertEquals(List.of(3L), ids(index, "nachtregister"));
            database.delete(3);
            index.apply(3);
            assertTrue(ids(index, "nachtregister").isEmpty());
        }
    }

    @Test
    void aCrashBetweenTheDatabaseCommitAndTheIndexUpdateHealsAtTheNextStart(@TempDir Path afterCrash) throws IOException {
        database.save(item(1, "Huisvesting in Druten", 1));
        database.save(item(2, "Handhaving in Arnhem", 1));
        DeadProcessLog deadLog = new DeadProcessLog(database);
        LuceneSearchIndex first = new LuceneSearchIndex(root, database, TestIndex.POLICY, deadLog);
        assertTrue(first.open());
        assertTrue(first.rebuild());
        // Committed to the database, but the process dies before the index hears of it...
        database.save(item(1, "Kamerverhuur in Druten", 2));
        database.save(item(4, "Participatieavond in Wijchen", 2));
        database.delete(2);
        // ... and an index change that was never committed is lost as well.
        database.save(item(5, "Klankbordgroep in Beuningen", 3));
        first.apply(5);
        // The crash: what is on disk now is all the next start finds, and the dead process says nothing more.
        copyTree(root, afterCrash);
        deadLog.cut();
        first.close();

        try (LuceneSearchIndex second = new LuceneSearchIndex(afterCrash, database, TestIndex.POLICY, database)) {
            assertFalse(second.open(), "the index is readable and current: no rebuild, catch up");
            assertEquals("CATCHING_UP", second.status().state());
            assertFalse(second.status().ready(), "four changes behind: not ready");
            assertEquals(4, second.catchUp());
            assertEquals("READY", second.status().state());
            assertTrue(second.status().ready());
            assertEquals(List.of(1L), ids(second, "kamerverhuur"));
            assertTrue(ids(second, "huisvesting").isEmpty(), "the old text of item 1 is gone");
            assertTrue(ids(second, "handhaving").isEmpty(), "the deleted item is gone");
            assertEquals(List.of(4L), ids(second, "participatieavond"));
            assertEquals(List.of(5L), ids(second, "klankbordgroep"));
            assertEquals(0, second.catchUp(), "nothing left to do");
        }
    }

    @Test
    void aChangeLogEntryIsForgottenOnlyOnceTheIndexCommitHoldsTheChange() {
        try (LuceneSearchIndex index = started()) {
            assertTrue(database.outstanding().isEmpty(), "the first build holds everything");
            database.save(item(6, "Toeristenbelasting voor werkgevers", 7));
            index.apply(6);
            assertEquals(List.of(6L), ids(index, "toeristenbelasting"), "searchable at once");
            assertEquals(Set.of(6L), database.outstanding().keySet(), "not yet committed to disk: still recorded");
            index.commit();
            assertTrue(database.outstanding().isEmpty(), "committed: forgotten");
        }
    }

    @Test
    void generationsLeftByKilledRebuildsAreRemovedAtStart() throws IOException {
        database.save(item(1, "Huisvesting in Druten", 1));
        try (LuceneSearchIndex first = started()) {
            first.commit();
        }
        String inUse = Files.readString(root.resolve("current")).strip();
        // What rebuilds killed before their swap leave: fresh generations nobody points to, and a half pointer.
        copyTree(root.resolve(inUse), root.resolve("g1000000000001"));
        Files.createDirectories(root.resolve("g1000000000002"));
        Files.writeString(root.resolve("current.tmp"), "g1000000000002");
        Files.createDirectories(root.resolve("notes")); // not a generation: left alone

        try (LuceneSearchIndex second = new LuceneSearchIndex(root, database, TestIndex.POLICY, database)) {
            assertFalse(second.open());
            second.catchUp();
            assertEquals(List.of(1L), ids(second, "huisvesting"), "the generation in use still answers");
        }
        try (var entries = Files.list(root)) {
            assertEquals(Set.of("current", inUse, "notes"),
                    entries.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void anIndexOfAnotherAnalyzerVersionKeepsAnsweringUntilTheRebuildSwapsItOut() throws IOException {
        database.save(item(1, "Huisvesting in Druten", 1));
        try (LuceneSearchIndex first = started()) {
            first.commit();
        }
        String oldGeneration = Files.readString(root.resolve("current")).strip();
        rewriteAnalyzerVersion(oldGeneration, "nl-old");
        database.save(item(2, "Handhaving in Arnhem", 2));

        try (LuceneSearchIndex second = new LuceneSearchIndex(root, database, TestIndex.POLICY, database)) {
            assertTrue(second.open(), "another analyzer version: rebuild");
            assertEquals("REBUILDING", second.status().state());
            assertEquals(List.of(1L), ids(second, "huisvesting"), "the old index answers meanwhile");
            assertTrue(second.rebuild());
            assertEquals(2, search(second, "").total());
            assertNotEquals(oldGeneration, second.status().generation());
            assertFalse(Files.exists(root.resolve(oldGeneration)), "the old generation is removed after the swap");
        }
    }

    @Test
    void aCorruptIndexIsRebuilt() throws IOException {
        database.save(item(1, "Huisvesting in Druten", 1));
        try (LuceneSearchIndex first = started()) {
            first.commit();
        }
        Path generation = root.resolve(Files.readString(root.resolve("current")).strip());
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "garbage");
            }
        }
        try (LuceneSearchIndex second = new LuceneSearchIndex(root, database, TestIndex.POLICY, database)) {
            assertTrue(second.open());
            assertTrue(second.rebuild());
            assertEquals(List.of(1L), ids(second, "huisvesting"));
        }
    }

    @Test
    void synonymsChangeWithoutReindexing() {
        database.save(item(1, "Beleid voor expats", 1));
        try (LuceneSearchIndex index = started()) {
            assertTrue(ids(index, "kenniswerkers").isEmpty());
            index.useSynonyms(List.of(List.of("expat", "kenniswerker")));
            assertEquals(List.of(1L), ids(index, "kenniswerkers"));
        }
    }

    private LuceneSearchIndex started() {
        LuceneSearchIndex index = new LuceneSearchIndex(root, database, TestIndex.POLICY, database);
        if (index.open()) {
            assertTrue(index.rebuild());
        }
        return index;
    }

    private void rewriteAnalyzerVersion(String generation, String version) throws IOException {
        try (FSDirectory directory = FSDirectory.open(root.resolve(generation));
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(DutchAnalysis.withoutSynonyms().indexAnalyzer()))) {
            writer.setLiveCommitData(Map.of(IndexWriterSession.ANALYZER_KEY, version).entrySet());
            writer.commit();
        }
    }

    private static SearchResult search(LuceneSearchIndex index, String text) {
        return index.search(SearchRequest.of(text).withPage(1, 50), TestIndex.POLICY.grantsOf(TestIndex.EDITOR));
    }

    private static List<Long> ids(LuceneSearchIndex index, String text) {
        return search(index, text).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static SearchableItem item(long id, String title, long updatedSecond) {
        return new SearchableItem(id, "best-practice", title, null, title + ".", List.of(), List.of("1"), List.of(),
                null, null, null, Visibility.REGION, ContentStatus.PUBLISHED, 2024,
                Instant.ofEpochSecond(updatedSecond), List.of());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The change log as a process sees it that dies at {@link #cut}: after that, nothing it forgets reaches the database. */
    static final class DeadProcessLog implements ChangeLog {
        private final ChangeLog database;
        private volatile boolean cut;

        DeadProcessLog(ChangeLog database) {
            this.database = database;
        }

        void cut() {
            cut = true;
        }

        @Override
        public long newestFor(long itemId) {
            return database.newestFor(itemId);
        }

        @Override
        public Map<Long, Long> outstanding() {
            return database.outstanding();
        }

        @Override
        public void forget(Map<Long, Long> upTo) {
            if (!cut) {
                database.forget(upTo);
            }
        }
    }

    /** The source of truth, in memory, with its change log written "in the same transaction" as each change. */
    static final class FakeDatabase implements ItemSource, ChangeLog {
        private final ConcurrentSkipListMap<Long, SearchableItem> items = new ConcurrentSkipListMap<>();
        private final Map<Long, Long> outbox = new java.util.concurrent.ConcurrentHashMap<>(); // row id -> item id
        private final java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();

        void save(SearchableItem item) {
            items.put(item.id(), item);
            outbox.put(rows.incrementAndGet(), item.id());
        }

        void delete(long id) {
            items.remove(id);
            outbox.put(rows.incrementAndGet(), id);
        }

        @Override
        public long newestFor(long itemId) {
            return outbox.entrySet().stream().filter(e -> e.getValue() == itemId).mapToLong(Map.Entry::getKey).max().orElse(0);
        }

        @Override
        public Map<Long, Long> outstanding() {
            Map<Long, Long> newest = new java.util.HashMap<>();
            outbox.forEach((row, item) -> newest.merge(item, row, Math::max));
            return newest;
        }

        @Override
        public void forget(Map<Long, Long> upTo) {
            outbox.entrySet().removeIf(e -> upTo.containsKey(e.getValue()) && e.getKey() <= upTo.get(e.getValue()));
        }

        @Override
        public Optional<SearchableItem> find(long id) {
            return Optional.ofNullable(items.get(id));
        }

        @Override
        public List<SearchableItem> batch(long afterId, int size) {
            return items.tailMap(afterId, false).values().stream().limit(size).toList();
        }

        Set<Long> ids() {
            return items.keySet();
        }
    }
}
