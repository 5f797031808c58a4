package nl.regioan.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.search.application.SynonymAdministration;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.ItemSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the one search index of this JVM under {@code ${kb.data.dir}/index}. At start it opens the
 * index and catches up with the database, or rebuilds it in the background when it is missing,
 * unreadable or of another analyzer version; uncommitted changes are committed every few seconds
 * and at shutdown. Bean-managed concurrency and transactions: searches run in parallel and never
 * open a transaction.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());
    private static final long COMMIT_EVERY_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "kb.data.dir")
    String dataDirectory;

    @Inject
    ItemSource items;

    @Inject
    AccessPolicy policy;

    @Inject
    ChangeLog changes;

    @Inject
    SynonymAdministration synonyms;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private LuceneSearchIndex index;
    private ScheduledFuture<?> committer;

    @PostConstruct
    void start() {
        index = new LuceneSearchIndex(Path.of(dataDirectory, "index"), items, policy, changes);
        try {
            index.useSynonyms(synonyms.allGroups());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Synonyms could not be loaded; searching without them", e);
        }
        LuceneSearchIndex starting = index;
        executor.submit(() -> openOrRebuild(starting));
        committer = scheduler.scheduleWithFixedDelay(starting::commit, COMMIT_EVERY_SECONDS, COMMIT_EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    private static void openOrRebuild(LuceneSearchIndex index) {
        try {
            if (index.open()) {
                index.rebuild();
            } else {
                index.catchUp();
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The search index could not be started", e);
        }
    }

    public LuceneSearchIndex index() {
        return index;
    }

    /** Indexes one item's current state after its transaction committed; returns when it is searchable. */
    public void apply(long itemId) {
        try {
            index.apply(itemId);
        } catch (RuntimeException e) {
            // The save itself succeeded and its change log entry stays; the next start replays it.
            LOG.log(Level.WARNING, "Indexing item " + itemId + " failed; it is repaired at the next start", e);
        }
    }

    public boolean startRebuild() {
        if (index.status().rebuilding()) {
            return false;
        }
        LuceneSearchIndex current = index;
        executor.submit(current::rebuild);
        return true;
    }

    @PreDestroy
    void stop() {
        if (committer != null) {
            committer.cancel(false);
        }
        index.close();
    }
}
