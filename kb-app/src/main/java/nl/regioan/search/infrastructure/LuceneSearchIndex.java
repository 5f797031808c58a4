package nl.regioan.search.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.IndexStatus;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.search.domain.SearchableItem;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index of one JVM: a projection of the database, never the source of truth.
 *
 * <p>Lives in {@code root/<generation>}; the file {@code root/current} names the generation in use.
 * One IndexWriter, a SearcherManager refreshed by a ControlledRealTimeReopenThread (at most about a
 * second stale; {@link #apply} waits until the change is visible, so the saving person sees it at
 * once). Each commit carries the analyzer version and the time of the newest applied change.
 *
 * <p>Crash healing: every item change is also recorded in a {@link ChangeLog} (outbox) in the
 * transaction of the change; an entry is forgotten only after the index commit that holds the
 * change, so on {@link #open} an index of the current analyzer version replays what is left
 * ({@link #catchUp}); a missing, unreadable or outdated index is rebuilt into a fresh generation, while search
 * keeps answering from the old one (when there is one) until the new one is swapped in.
 */
public final class LuceneSearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());
    static final String ANALYZER_KEY = "analyzer";
    static final String LAST_CHANGE_KEY = "lastChange";
    static final String BUILT_KEY = "built";
    private static final int BATCH = 500;
    private static final int REBUILD_THREADS = 2;
    private static final double MAX_STALE_SECONDS = 1.0;
    private static final double MIN_STALE_SECONDS = 0.02;

    private final Path root;
    private final ItemSource source;
    private final ItemDocuments documents;
    private final ChangeLog changes;
    /** Per item, the newest change log entry its indexed state includes; forgotten after the next index commit. */
    private final Map<Long, Long> applied = new ConcurrentHashMap<>();
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private volatile DutchAnalysis analysis = DutchAnalysis.withoutSynonyms();
    private volatile Generation current;
    private volatile String state = "STARTING";
    private volatile String error;
    private volatile Instant lastChange = Instant.EPOCH;

    public LuceneSearchIndex(Path root, ItemSource source, AccessPolicy policy) {
        this(root, source, policy, ChangeLog.none());
    }

    public LuceneSearchIndex(Path root, ItemSource source, AccessPolicy policy, ChangeLog changes) {
        this.root = root;
        this.source = source;
        this.documents = new ItemDocuments(policy);
        this.changes = changes;
    }

    // ---- start ----------------------------------------------------------------------------------

    /** Opens the index named by the pointer file; says whether it must be rebuilt (then call {@link #rebuild}). */
    public boolean open() {
        try {
            Files.createDirectories(root);
            Optional<String> name = readPointer();
            if (name.isEmpty() || !Files.isDirectory(root.resolve(name.get()))) {
                LOG.info("No search index yet under " + root + "; building one");
                state = "REBUILDING";
                return true;
            }
            Map<String, String> userData;
            try (Directory probe = FSDirectory.open(root.resolve(name.get()))) {
                userData = SegmentInfos.readLatestCommit(probe).getUserData();
            } catch (IOException | RuntimeException e) {
                LOG.warning("The search index " + name.get() + " cannot be read (" + e + "); rebuilding");
                state = "REBUILDING";
                return true;
            }
            current = Generation.open(root.resolve(name.get()), name.get(), analysis, false);
            lastChange = parseInstant(userData.get(LAST_CHANGE_KEY));
            if (!DutchAnalysis.VERSION.equals(userData.get(ANALYZER_KEY))) {
                LOG.info("The search index was built with analysis " + userData.get(ANALYZER_KEY) + ", now "
                        + DutchAnalysis.VERSION + "; rebuilding while the old index answers");
                state = "REBUILDING";
                return true;
            }
            state = "READY";
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index cannot be opened; rebuilding", e);
            closeQuietly(current);
            current = null;
            state = "REBUILDING";
            return true;
        }
    }

    /**
     * Brings an opened index up to date: replays the change log, i.e. every item change committed
     * to the database whose index update was not committed (a crash in between), then forgets it.
     */
    public int catchUp() throws IOException {
        Generation generation = current;
        if (generation == null) {
            return 0;
        }
        Map<Long, Long> outstanding = changes.outstanding();
        for (Long id : outstanding.keySet()) {
            Optional<SearchableItem> item = source.find(id);
            if (item.isPresent()) {
                write(generation.writer, item.get());
            } else {
                generation.writer.deleteDocuments(ItemDocuments.idTerm(id));
            }
        }
        commit(generation);
        changes.forget(outstanding);
        generation.manager.maybeRefreshBlocking();
        if (!outstanding.isEmpty()) {
            LOG.info("Search index caught up: " + outstanding.size() + " items changed while it was not listening");
        }
        return outstanding.size();
    }

    // ---- changes --------------------------------------------------------------------------------

    /** Indexes the item's current state (or removes it) and waits until searches see it. */
    public void apply(long itemId) {
        if (rebuilding.get()) {
            changedDuringRebuild.add(itemId);
        }
        swapLock.readLock().lock();
        try {
            Generation generation = current;
            if (generation == null) {
                return; // the rebuild will pick it up
            }
            long change = changes.newestFor(itemId); // read first: the state read next includes it
            Optional<SearchableItem> item = source.find(itemId);
            long sequence = item.isPresent() ? write(generation.writer, item.get())
                    : generation.writer.deleteDocuments(ItemDocuments.idTerm(itemId));
            if (change > 0) {
                applied.merge(itemId, change, Math::max);
            }
            generation.reopener.waitForGeneration(sequence, 2000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /**
     * Writes uncommitted changes to disk, then forgets their change log entries; called now and
     * then, and on close.
     */
    public void commit() {
        Generation generation = current;
        if (generation != null) {
            try {
                Map<Long, Long> committed = Map.copyOf(applied); // applied before the commit: in it
                commit(generation);
                forget(committed);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Committing the search index failed", e);
            }
        }
    }

    private void forget(Map<Long, Long> committed) {
        if (!committed.isEmpty()) {
            changes.forget(committed);
            committed.forEach(applied::remove); // unless a newer change came in meanwhile
        }
    }

    /** Replaces the synonyms used at query time; the index itself does not change. */
    public void useSynonyms(Collection<List<String>> groups) {
        analysis = DutchAnalysis.withSynonyms(groups);
    }

    // ---- rebuild --------------------------------------------------------------------------------

    /**
     * Builds a fresh generation from the source and swaps it in; search answers from the old one
     * meanwhile. Returns false when a rebuild is already running.
     */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        long began = System.nanoTime();
        rebuildDone.set(0);
        changedDuringRebuild.clear();
        String previousState = state;
        state = "REBUILDING";
        String name = "g" + System.currentTimeMillis();
        Generation fresh = null;
        try {
            Map<Long, Long> outstanding = changes.outstanding(); // committed before the source is read
            fresh = Generation.open(root.resolve(name), name, analysis, true);
            writeAll(fresh.writer);
            // The parallel writing leaves tens of segments; every search pays per segment (term
            // lookups, scorers, facet counts), so the fresh index is merged into one before it answers.
            fresh.writer.forceMerge(1);
            swapIn(fresh);
            changes.forget(outstanding);
            error = null;
            state = "READY";
            LOG.info(String.format(Locale.ROOT, "Search index rebuilt: %d items in generation %s in %.1f s",
                    rebuildDone.get(), name, (System.nanoTime() - began) / 1e9));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            closeQuietly(fresh);
            deleteQuietly(root.resolve(name));
            error = e.toString();
            state = current == null ? "FAILED" : previousState.equals("REBUILDING") ? "READY" : previousState;
            return false;
        } finally {
            rebuilding.set(false);
        }
    }

    /**
     * Writes every item of the source. The IndexWriter takes documents from several threads: each
     * batch is analysed by {@link #REBUILD_THREADS} workers while this thread reads the next batch.
     * The analysis is the bottleneck (the reading takes a fifth of the time, hidden behind it):
     * larger batches, smaller parts per worker or more batches in flight measured no faster.
     */
    private void writeAll(IndexWriter writer) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(REBUILD_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "search-index-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = List.of();
            long after = 0;
            long reading = 0;
            long waiting = 0;
            long start = System.nanoTime();
            for (List<SearchableItem> batch = source.batch(after, BATCH); !batch.isEmpty(); batch = source.batch(after, BATCH)) {
                long read = System.nanoTime();
                reading += read - start;
                after = batch.stream().mapToLong(SearchableItem::id).max().orElse(after);
                await(running);
                waiting += System.nanoTime() - read;
                List<Future<?>> started = new ArrayList<>();
                int share = (batch.size() + REBUILD_THREADS - 1) / REBUILD_THREADS;
                for (int from = 0; from < batch.size(); from += share) {
                    List<SearchableItem> part = batch.subList(from, Math.min(batch.size(), from + share));
                    started.add(workers.submit(() -> {
                        for (SearchableItem item : part) {
                            write(writer, item);
                            rebuildDone.incrementAndGet();
                        }
                        return null;
                    }));
                }
                running = started;
                start = System.nanoTime();
            }
            reading += System.nanoTime() - start;
            long last = System.nanoTime();
            await(running);
            waiting += System.nanoTime() - last;
            LOG.info(String.format(Locale.ROOT,
                    "Search index rebuild read the source in %.1f s and waited %.1f s for the analysis of %d items",
                    reading / 1e9, waiting / 1e9, rebuildDone.get()));
        } finally {
            workers.shutdownNow();
        }
    }

    private static void await(List<Future<?>> running) throws IOException {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("rebuild interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
    }

    private void swapIn(Generation fresh) throws IOException {
        Generation old;
        swapLock.writeLock().lock();
        try {
            // Items saved while the rebuild read the source may have been read before the change.
            for (Long id : Set.copyOf(changedDuringRebuild)) {
                Optional<SearchableItem> item = source.find(id);
                if (item.isPresent()) {
                    write(fresh.writer, item.get());
                } else {
                    fresh.writer.deleteDocuments(ItemDocuments.idTerm(id));
                }
            }
            commit(fresh);
            fresh.manager.maybeRefreshBlocking();
            writePointer(fresh.name);
            old = current;
            current = fresh;
        } finally {
            swapLock.writeLock().unlock();
        }
        if (old != null) {
            closeQuietly(old);
            deleteQuietly(old.path);
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    public SearchResult search(SearchRequest request, Set<String> grants) {
        return withSearcher(searcher -> new TrimmedSearch(searcher, analysis, grants).search(request),
                SearchResult.empty(request.page(), request.size()));
    }

    public Completions complete(String typed, Set<String> grants) {
        DutchAnalysis now = analysis;
        return withSearcher(searcher -> new Autocomplete(searcher, now, new TrimmedSearch(searcher, now, grants))
                .complete(typed), Completions.none());
    }

    public IndexStatus status() {
        Generation generation = current;
        long documents = generation == null ? 0 : withSearcher(s -> (long) s.getIndexReader().numDocs(), 0L);
        Instant built = null;
        if (generation != null) {
            String value = generation.writer.getLiveCommitData() == null ? null
                    : toMap(generation.writer.getLiveCommitData()).get(BUILT_KEY);
            built = value == null ? null : parseInstant(value);
        }
        return new IndexStatus(state, generation == null ? null : generation.name, DutchAnalysis.VERSION,
                documents, rebuilding.get(), rebuildDone.get(), built, error);
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work, T whenNoIndex) {
        Generation generation = current;
        if (generation == null) {
            return whenNoIndex;
        }
        IndexSearcher searcher;
        try {
            searcher = generation.manager.acquire();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            return whenNoIndex; // swapped out between reading 'current' and acquiring
        }
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                generation.manager.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Releasing a searcher failed", e);
            }
        }
    }

    @Override
    public void close() {
        swapLock.writeLock().lock();
        try {
            Generation generation = current;
            current = null;
            if (generation != null) {
                Map<Long, Long> committed = Map.copyOf(applied);
                commit(generation);
                forget(committed);
                generation.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** Test hook: stops like a crash would, dropping everything not yet committed. */
    void crash() throws IOException {
        Generation generation = current;
        current = null;
        if (generation != null) {
            generation.reopener.close();
            generation.manager.close();
            generation.writer.rollback();
            generation.directory.close();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private long write(IndexWriter writer, SearchableItem item) throws IOException {
        long sequence = writer.updateDocument(ItemDocuments.idTerm(item.id()), documents.build(item));
        Instant updated = item.updatedAt();
        if (updated != null) {
            noteChange(updated);
        }
        return sequence;
    }

    private synchronized void noteChange(Instant updated) {
        if (updated.isAfter(lastChange)) {
            lastChange = updated;
        }
    }

    private synchronized void commit(Generation generation) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(ANALYZER_KEY, DutchAnalysis.VERSION);
        data.put(LAST_CHANGE_KEY, lastChange.toString());
        Map<String, String> previous = generation.writer.getLiveCommitData() == null ? Map.of()
                : toMap(generation.writer.getLiveCommitData());
        data.put(BUILT_KEY, previous.getOrDefault(BUILT_KEY, Instant.now().toString()));
        generation.writer.setLiveCommitData(data.entrySet());
        generation.writer.commit();
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static Instant parseInstant(String text) {
        try {
            return text == null ? Instant.EPOCH : Instant.parse(text);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private Optional<String> readPointer() throws IOException {
        Path pointer = root.resolve("current");
        return Files.exists(pointer) ? Optional.of(Files.readString(pointer, StandardCharsets.UTF_8).strip())
                .filter(s -> s.matches("[A-Za-z0-9_-]+")) : Optional.empty();
    }

    private void writePointer(String name) throws IOException {
        Path temp = root.resolve("current.tmp");
        Files.writeString(temp, name, StandardCharsets.UTF_8);
        Files.move(temp, root.resolve("current"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void closeQuietly(Generation generation) {
        if (generation != null) {
            try {
                generation.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing a generation failed", e);
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Deleting " + directory + " failed", e);
        }
    }

    /** One index directory with its writer, searcher manager and reopen thread. */
    private static final class Generation implements Closeable {
        final Path path;
        final String name;
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager manager;
        final ControlledRealTimeReopenThread<IndexSearcher> reopener;

        private Generation(Path path, String name, Directory directory, IndexWriter writer, SearcherManager manager) {
            this.path = path;
            this.name = name;
            this.directory = directory;
            this.writer = writer;
            this.manager = manager;
            this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
            reopener.setName("search-index-reopen-" + name);
            reopener.setDaemon(true);
            reopener.start();
        }

        static Generation open(Path path, String name, DutchAnalysis analysis, boolean create) throws IOException {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            try {
                IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                        .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                        .setRAMBufferSizeMB(64);
                IndexWriter writer = new IndexWriter(directory, config);
                return new Generation(path, name, directory, writer, new SearcherManager(writer, null));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            reopener.close();
            manager.close();
            writer.close();
            directory.close();
        }
    }

    static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
