package nl.regioan.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
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
 * (a non-persistent EJB timer) and at shutdown. Bean-managed concurrency and transactions: searches
 * run in parallel and never open a transaction. Saves reach the index through
 * {@link CurrentSearchIndex}, not through this bean.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());
    private static final long COMMIT_EVERY_MILLIS = 5_000;
    private static final String OPEN = "search-index-open";
    private static final String COMMIT = "search-index-commit";

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
    TimerService timers;

    @Inject
    CurrentSearchIndex current;

    private LuceneSearchIndex index;

    @PostConstruct
    void start() {
        index = new LuceneSearchIndex(Path.of(dataDirectory, "index"), items, policy, changes);
        try {
            index.useSynonyms(synonyms.allGroups());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Synonyms could not be loaded; searching without them", e);
        }
        current.set(index);
        // EJB timers, not tasks handed to an executor here: such a task carries this @PostConstruct's
        // EJB invocation as its context, which is over when the task runs: the database reads of the
        // start-up rebuild then fail on a closed EntityManager, and Payara logs "No invocation on
        // invocation stack" (SEVERE) after every periodic run while tearing that context down.
        timers.createSingleActionTimer(1, new TimerConfig(OPEN, false));
        timers.createIntervalTimer(COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS, new TimerConfig(COMMIT, false));
    }

    /**
     * Opens the index once (catching up with the database, or rebuilding it while the old one
     * answers), then commits every few seconds, forgetting the change log entries each commit holds.
     */
    @Timeout
    void onTimer(Timer timer) {
        if (OPEN.equals(timer.getInfo())) {
            openOrRebuild(index);
        } else {
            index.commit();
        }
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

    public boolean startRebuild() {
        if (index.status().rebuilding()) {
            return false;
        }
        LuceneSearchIndex rebuilt = index;
        executor.submit(rebuilt::rebuild);
        return true;
    }

    @PreDestroy
    void stop() {
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cancelling the commit timer failed", e);
        }
        current.set(null);
        index.close();
    }
}
