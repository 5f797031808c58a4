package nl.regioan.app.infrastructure;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.logging.Logger;
import nl.regioan.shared.persistence.DatabaseFailures;

/**
 * The rule for running a whole write transaction again: on a lost conflict (MariaDB 1213, a deadlock here or a
 * certification conflict on Galera) or a failover's transient connection error, up to {@value #MAX_ATTEMPTS}
 * attempts in all, with a short jittered pause that grows, so two conflicting writers do not collide again.
 * Anything else, and the last failure, goes to the caller as it came.
 */
public final class TransactionRetries {

    static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Logger LOG = Logger.getLogger(TransactionRetries.class.getName());

    /** Pauses between attempts; tests pass one that records instead of sleeping. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Predicate<Throwable> worthRetrying;
    private final Pause pause;

    TransactionRetries(Predicate<Throwable> worthRetrying, Pause pause) {
        this.worthRetrying = worthRetrying;
        this.pause = pause;
    }

    static TransactionRetries forDatabase() {
        return new TransactionRetries(DatabaseFailures::worthRetrying, duration -> Thread.sleep(duration.toMillis()));
    }

    <T> T run(String what, Callable<T> transaction) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.call();
            } catch (Exception e) {
                if (attempt >= MAX_ATTEMPTS || !worthRetrying.test(e)) {
                    throw e;
                }
                Duration wait = pauseAfter(attempt);
                int failed = attempt;
                LOG.info(() -> what + " lost a database conflict or its connection (attempt " + failed + " of "
                        + MAX_ATTEMPTS + "), runs again in " + wait.toMillis() + " ms: " + e);
                pause.sleep(wait);
            }
        }
    }

    /** 20 ms after the first failure, 40 ms after the second, each between half and one and a half of that. */
    static Duration pauseAfter(int failedAttempts) {
        long base = FIRST_PAUSE.toMillis() << (failedAttempts - 1);
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base + 1));
    }
}
