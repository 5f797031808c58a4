package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchableItem;

/**
 * Rebuild and swap: writes every item of the source into a fresh generation, merges it into one
 * segment, and hands it to the index to swap in. Items that change while the source is read are
 * remembered and written again at the swap (their first read may predate the change).
 * One rebuild at a time.
 */
final class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    private static final int BATCH = 500;
    private static final int REBUILD_THREADS = 2;

    /** Swaps the fresh generation in; called once it holds every item. */
    interface Swap {
        void swapIn(IndexGeneration fresh) throws IOException;
    }

    private final IndexGenerations generations;
    private final ItemSource source;
    private final ChangeLog changes;
    private final IndexWriterSession session;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final Set<Long> changedMeanwhile = ConcurrentHashMap.newKeySet();

    IndexRebuild(IndexGenerations generations, ItemSource source, ChangeLog changes, IndexWriterSession session) {
        this.generations = generations;
        this.source = source;
        this.changes = changes;
        this.session = session;
    }

    boolean running() {
        return running.get();
    }

    /** Items written so far by the running (or the last) rebuild. */
    long done() {
        return done.get();
    }

    /** An item changed: when a rebuild is running, it is written again at the swap. */
    void noteChange(long itemId) {
        if (running.get()) {
            changedMeanwhile.add(itemId);
        }
    }

    /**
     * Builds a fresh generation and swaps it in; false when a rebuild is already running. A failure
     * leaves the old generation in use and removes the fresh one.
     */
    boolean run(DutchAnalysis analysis, Swap swap) throws IOException {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        long began = System.nanoTime();
        done.set(0);
        changedMeanwhile.clear();
        String name = generations.newName();
        IndexGeneration fresh = null;
        try {
            Map<Long, Long> outstanding = changes.outstanding(); // committed before the source is read
            fresh = IndexGeneration.open(generations.path(name), name, analysis, true);
            writeAll(fresh);
            // The parallel writing leaves tens of segments; every search pays per segment (term
            // lookups, scorers, facet counts), so the fresh index is merged into one before it answers.
            fresh.writer.forceMerge(1);
            swap.swapIn(fresh);
            changes.forget(outstanding);
            LOG.info(String.format(Locale.ROOT, "Search index rebuilt: %d items in generation %s in %.1f s",
                    done.get(), name, (System.nanoTime() - began) / 1e9));
            return true;
        } catch (IOException | RuntimeException e) {
            if (fresh != null) {
                try {
                    fresh.close();
                } catch (IOException | RuntimeException closing) {
                    LOG.log(Level.FINE, "Closing the failed generation failed", closing);
                }
            }
            generations.delete(name);
            throw e;
        } finally {
            running.set(false);
        }
    }

    /** At the swap (under the index's write lock): writes again what changed while the source was read. */
    void writeChangedMeanwhile(IndexGeneration fresh) throws IOException {
        for (Long id : Set.copyOf(changedMeanwhile)) {
            session.writeCurrent(fresh, source, id);
        }
    }

    /**
     * Writes every item of the source. The IndexWriter takes documents from several threads: each
     * batch is analysed by {@link #REBUILD_THREADS} workers while this thread reads the next batch.
     * The analysis is the bottleneck (the reading takes a fifth of the time, hidden behind it):
     * larger batches, smaller parts per worker or more batches in flight measured no faster.
     */
    private void writeAll(IndexGeneration fresh) throws IOException {
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
                            session.write(fresh, item);
                            done.incrementAndGet();
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
                    reading / 1e9, waiting / 1e9, done.get()));
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
}
