package nl.regioan.app.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioan.shared.persistence.DatabaseFailures;
import org.junit.jupiter.api.Test;

class TransactionRetriesTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final TransactionRetries retries = new TransactionRetries(DatabaseFailures::worthRetrying, pauses::add);

    /** As the transaction interceptor throws it: the driver's exception deep inside. */
    private static RuntimeException failed(SQLException driver) {
        return new IllegalStateException("commit failed", new RuntimeException("Exception [EclipseLink-4002]", driver));
    }

    private static final SQLException DEADLOCK = new SQLTransactionRollbackException("Deadlock found", "40001", 1213);

    @Test
    void aDeadlockedTransactionRunsAgainAndSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = retries.run("save", () -> {
            if (calls.incrementAndGet() == 1) {
                throw failed(DEADLOCK);
            }
            return "saved";
        });
        assertEquals("saved", result);
        assertEquals(2, calls.get());
        assertEquals(1, pauses.size());
    }

    @Test
    void aFailoversTransientErrorIsRetriedToo() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertEquals("saved", retries.run("save", () -> {
            if (calls.incrementAndGet() < 3) {
                throw failed(new SQLTransientConnectionException("Connection reset", "08000"));
            }
            return "saved";
        }));
        assertEquals(3, calls.get());
    }

    @Test
    void afterThreeAttemptsTheLastFailureGoesToTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        List<RuntimeException> thrown = new ArrayList<>();
        RuntimeException last = assertThrows(RuntimeException.class, () -> retries.run("save", () -> {
            calls.incrementAndGet();
            RuntimeException e = failed(DEADLOCK);
            thrown.add(e);
            throw e;
        }));
        assertEquals(TransactionRetries.MAX_ATTEMPTS, calls.get());
        assertEquals(3, calls.get());
        assertSame(thrown.get(2), last);
        assertEquals(2, pauses.size());
    }

    @Test
    void otherFailuresAreNotRetried() {
        for (SQLException notRetried : List.of(new SQLIntegrityConstraintViolationException("Duplicate", "23000", 1062),
                new SQLNonTransientConnectionException("Socket fail to connect", "08000"))) {
            AtomicInteger calls = new AtomicInteger();
            assertThrows(RuntimeException.class, () -> retries.run("save", () -> {
                calls.incrementAndGet();
                throw failed(notRetried);
            }));
            assertEquals(1, calls.get(), notRetried.getMessage());
        }
        assertTrue(pauses.isEmpty());
    }

    @Test
    void pausesAreShortJitteredAndGrow() {
        for (int i = 0; i < 200; i++) {
            long first = TransactionRetries.pauseAfter(1).toMillis();
            long second = TransactionRetries.pauseAfter(2).toMillis();
            assertTrue(first >= 10 && first <= 30, "first pause " + first);
            assertTrue(second >= 20 && second <= 60, "second pause " + second);
        }
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> TransactionRetries.pauseAfter(1)).distinct().count();
        assertTrue(distinct > 1, "the pause is jittered");
    }
}
