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
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the search index works, not what it does: once after the database is migrated it has
 * {@link SearchIndexOwner} open the index, then has it commit every few seconds. Holds no state.
 *
 * <p>EJB timers, not tasks handed to a managed executor from here: such a task carries this bean's
 * EJB invocation as its context, which is over when the task runs: the database reads of the
 * start-up rebuild then fail on a closed EntityManager, and Payara logs "No invocation on
 * invocation stack" (SEVERE) after every periodic run while tearing that context down.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexTimers {

    private static final Logger LOG = Logger.getLogger(SearchIndexTimers.class.getName());
    private static final long COMMIT_EVERY_MILLIS = 5_000;
    private static final String OPEN = "search-index-open";
    private static final String COMMIT = "search-index-commit";

    @Resource
    TimerService timers;

    @Inject
    SearchIndexOwner owner;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig(OPEN, false));
        timers.createIntervalTimer(COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS, new TimerConfig(COMMIT, false));
    }

    @Timeout
    void onTimer(Timer timer) {
        if (OPEN.equals(timer.getInfo())) {
            owner.openOrRebuild();
        } else {
            owner.commit();
        }
    }

    @PreDestroy
    void stop() {
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cancelling the search index timers failed", e);
        }
    }
}
