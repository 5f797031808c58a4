package nl.regioan.search.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.IndexStatus;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index of one JVM: a projection of the database, never the source of truth. It answers
 * searches from the generation in use and keeps the state the health check reports; the jobs are
 * in their own classes: the generations on disk ({@link IndexGenerations}), writing and committing
 * ({@link IndexWriterSession}), the rebuild and swap ({@link IndexRebuild}) and the catch-up at
 * start ({@link IndexCatchUp}).
 *
 * <p>Crash healing: every item change is also recorded in a {@link ChangeLog} (outbox) in the
 * transaction of the change; an entry is forgotten only after the index commit that holds the
 * change, so on {@link #open} an index of the current analyzer version replays what is left
 * ({@link #catchUp}); a missing, unreadable or outdated index is rebuilt into a fresh generation, while search
 * keeps answering from the old one (when there is one) until the new one is swapped in.
 */
public final class LuceneSearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

    private final IndexGenerations generations;
    private final ItemSource source;
    private final ChangeLog changes;
    private final IndexWriterSession session;
    private final IndexRebuild rebuild;
    private final IndexCatchUp catchUp;
    /** Writes hold the read lock; the swap to a rebuilt generation holds the write lock. */
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    private volatile DutchAnalysis analysis = DutchAnalysis.withoutSynonyms();
    private volatile IndexGeneration current;
    private volatile String state = "STARTING";
    private volatile String error;

    public LuceneSearchIndex(Path root, ItemSource source, AccessPolicy policy) {
        this(root, source, policy, ChangeLog.none(), Clock.systemUTC());
    }

    public LuceneSearchIndex(Path root, ItemSource source, AccessPolicy policy, ChangeLog changes) {
        this(root, source, policy, changes, Clock.systemUTC());
    }

    public LuceneSearchIndex(Path root, ItemSource source, AccessPolicy policy, ChangeLog changes,
                             Clock clock) {
        this.generations = new IndexGenerations(root);
        this.source = source;
        this.changes = changes;
        this.session = new IndexWriterSession(policy, changes, clock);
        this.rebuild = new IndexRebuild(generations, source, changes, session);
        this.catchUp = new IndexCatchUp(source, changes, session);
    }

    // ---- start ----------------------------------------------------------------------------------

    /** Opens the generation in use; says whether it must be rebuilt (then call {@link #rebuild}). */
    public boolean open() {
        try {
            Optional<String> name = generations.current();
            generations.removeAllBut(name);
            if (name.isEmpty()) {
                LOG.info("No search index yet under " + generations.root() + "; building one");
                state = "REBUILDING";
                return true;
            }
            Map<String, String> userData;
            try (Directory probe = FSDirectory.open(generations.path(name.get()))) {
                userData = SegmentInfos.readLatestCommit(probe).getUserData();
            } catch (IOException | RuntimeException e) {
                LOG.warning("The search index " + name.get() + " cannot be read (" + e + "); rebuilding");
                state = "REBUILDING";
                return true;
            }
            current = IndexGeneration.open(generations.path(name.get()), name.get(), analysis, false);
            session.continueFrom(userData);
            if (!DutchAnalysis.VERSION.equals(userData.get(IndexWriterSession.ANALYZER_KEY))) {
                LOG.info("The search index was built with analysis " + userData.get(IndexWriterSession.ANALYZER_KEY)
                        + ", now " + DutchAnalysis.VERSION + "; rebuilding while the old index answers");
                state = "REBUILDING";
                return true;
            }
            state = "CATCHING_UP"; // READY once catchUp() has replayed the change log
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index cannot be opened; rebuilding", e);
            closeQuietly(current);
            current = null;
            state = "REBUILDING";
            return true;
        }
    }

    /** Brings an opened index up to date from the change log; returns how many items it replayed. */
    public int catchUp() throws IOException {
        IndexGeneration generation = current;
        int replayed = generation == null ? 0 : catchUp.replay(generation);
        if ("CATCHING_UP".equals(state)) {
            state = "READY";
        }
        return replayed;
    }

    // ---- changes --------------------------------------------------------------------------------

    /** Indexes the item's current state (or removes it) and waits until searches see it. */
    public void apply(long itemId) {
        rebuild.noteChange(itemId);
        swapLock.readLock().lock();
        try {
            IndexGeneration generation = current;
            if (generation == null) {
                return; // the rebuild will pick it up
            }
            long change = changes.newestFor(itemId); // read first: the state read next includes it
            long sequence = session.writeCurrent(generation, source, itemId);
            session.applied(itemId, change);
            generation.waitFor(sequence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** Writes uncommitted changes to disk, then forgets their change log entries; called now and then, and on close. */
    public void commit() {
        IndexGeneration generation = current;
        if (generation != null) {
            try {
                session.commitAndForget(generation);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Committing the search index failed", e);
            }
        }
    }

    /** Replaces the synonyms used at query time; the index itself does not change. */
    public void useSynonyms(Collection<List<String>> groups) {
        analysis = DutchAnalysis.withSynonyms(groups);
    }

    // ---- rebuild --------------------------------------------------------------------------------

    /**
     * Builds a fresh generation from the source and swaps it in; search answers from the old one
     * meanwhile. Returns false when a rebuild is already running or the rebuild failed.
     */
    public boolean rebuild() {
        if (rebuild.running()) {
            return false;
        }
        String previousState = state;
        state = "REBUILDING";
        try {
            if (!rebuild.run(analysis, this::swapIn)) {
                return false; // another rebuild is running
            }
            error = null;
            state = "READY";
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            error = e.toString();
            state = current == null ? "FAILED" : previousState.equals("REBUILDING") ? "READY" : previousState;
            return false;
        }
    }

    private void swapIn(IndexGeneration fresh) throws IOException {
        IndexGeneration old;
        swapLock.writeLock().lock();
        try {
            rebuild.writeChangedMeanwhile(fresh);
            session.commit(fresh);
            fresh.manager.maybeRefreshBlocking();
            generations.pointTo(fresh.name);
            old = current;
            current = fresh;
        } finally {
            swapLock.writeLock().unlock();
        }
        if (old != null) {
            closeQuietly(old);
            generations.delete(old.name);
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
        IndexGeneration generation = current;
        long documents = generation == null ? 0 : withSearcher(s -> (long) s.getIndexReader().numDocs(), 0L);
        return new IndexStatus(state, generation == null ? null : generation.name, DutchAnalysis.VERSION,
                documents, rebuild.running(), rebuild.done(),
                generation == null ? null : IndexWriterSession.built(generation), error);
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work, T whenNoIndex) {
        IndexGeneration generation = current;
        if (generation == null) {
            return whenNoIndex;
        }
        IndexSearcher searcher;
        try {
            searcher = generation.manager.acquire();
        } catch (IOException | AlreadyClosedException e) {
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
            IndexGeneration generation = current;
            current = null;
            if (generation != null) {
                session.commitAndForget(generation);
                generation.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    private static void closeQuietly(IndexGeneration generation) {
        if (generation != null) {
            try {
                generation.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing a generation failed", e);
            }
        }
    }
}
