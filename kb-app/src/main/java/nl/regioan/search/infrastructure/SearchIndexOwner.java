package nl.regioan.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SynonymGroup;
import nl.regioan.search.domain.SynonymRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the one search index of this JVM, under {@code ${kb.data.dir}/index}: creates it, opens or
 * rebuilds it once, commits it when {@link SearchIndexTimers} says so, and closes it at shutdown.
 * Everything that searches, indexes or reports the state goes through this bean.
 *
 * <p>A plain CDI bean on purpose: the after-commit observers (an item saved, synonyms changed) run
 * while the committed transaction is still on the thread, and calling an EJB from there suspends it
 * and then fails to resume it ("Invalid transaction passed to resume()"). A CDI bean leaves the
 * transaction alone.
 */
@ApplicationScoped
public class SearchIndexOwner {

    private static final Logger LOG = Logger.getLogger(SearchIndexOwner.class.getName());

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
    SynonymRepository synonyms;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private LuceneSearchIndex index;

    @PostConstruct
    void create() {
        index = new LuceneSearchIndex(Path.of(dataDirectory, "index"), items, policy, changes, clock);
        try {
            index.useSynonyms(synonyms.all().stream().map(SynonymGroup::terms).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Synonyms could not be loaded; searching without them", e);
        }
    }

    /** Once at start: catches up with the database, or rebuilds while the old index (if any) answers. */
    void openOrRebuild() {
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

    /** Writes what was indexed since the last commit to disk, and forgets the change log entries it holds. */
    void commit() {
        index.commit();
    }

    /** The index, for searching and its state. */
    public LuceneSearchIndex index() {
        return index;
    }

    /**
     * Indexes one item's current state after its transaction committed; returns when it is
     * searchable. Never throws: the save itself succeeded and its change log entry stays, so the
     * next start replays it.
     */
    public void apply(long itemId) {
        try {
            index.apply(itemId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing item " + itemId + " failed; it is repaired at the next start", e);
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean startRebuild() {
        if (index.status().rebuilding()) {
            return false;
        }
        executor.submit(index::rebuild);
        return true;
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
