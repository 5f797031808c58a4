package nl.regioan.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    /** As JPA and the pool wrap it: PersistenceException -> SQLException "Error in allocating" -> driver's. */
    private static RuntimeException wrapped(Throwable driver) {
        SQLException pool = new SQLException("Error in allocating a connection", null, 0, driver);
        return new IllegalStateException("Exception [EclipseLink-4002]", new RuntimeException(pool));
    }

    @Test
    void aRefusedOrBrokenConnectionDeepInTheChainIsALostConnection() {
        assertTrue(DatabaseFailures.connectionLost(wrapped(new SQLNonTransientConnectionException("Socket fail to connect"))));
        assertTrue(DatabaseFailures.connectionLost(wrapped(new SQLTransientConnectionException("Connection reset"))));
        assertTrue(DatabaseFailures.connectionLost(wrapped(new ConnectException("Connection refused"))));
        assertTrue(DatabaseFailures.connectionLost(wrapped(new SQLException("Communications link failure", "08S01"))));
    }

    @Test
    void otherDatabaseErrorsAreNoLostConnection() {
        assertFalse(DatabaseFailures.connectionLost(wrapped(new SQLIntegrityConstraintViolationException("Duplicate", "23000", 1062))));
        assertFalse(DatabaseFailures.connectionLost(new IllegalArgumentException("no database involved")));
        assertFalse(DatabaseFailures.connectionLost(wrapped(new SQLException("Deadlock found", "40001", 1213))));
    }

    @Test
    void deadlocksAndCertificationConflictsAreLostConflicts() {
        assertTrue(DatabaseFailures.conflictLost(wrapped(new SQLException("Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(DatabaseFailures.conflictLost(wrapped(new SQLException("WSREP detected deadlock/conflict", null, 1213))));
        assertFalse(DatabaseFailures.conflictLost(wrapped(new SQLException("Lock wait timeout", "HY000", 1205))));
        assertFalse(DatabaseFailures.conflictLost(wrapped(new SQLIntegrityConstraintViolationException("Duplicate", "23000", 1062))));
    }

    @Test
    void onlyConflictsAndTheFailoversTransientErrorAreWorthRetrying() {
        assertTrue(DatabaseFailures.worthRetrying(wrapped(new SQLException("Deadlock", "40001", 1213))));
        assertTrue(DatabaseFailures.worthRetrying(wrapped(new SQLTransientConnectionException("Connection reset"))));
        // A database that is down stays down for longer than a retry: answered 503 instead.
        assertFalse(DatabaseFailures.worthRetrying(wrapped(new SQLNonTransientConnectionException("Socket fail to connect"))));
        assertFalse(DatabaseFailures.worthRetrying(wrapped(new SQLIntegrityConstraintViolationException("Duplicate", "23000", 1062))));
    }

    @Test
    void aChainThatLoopsEnds() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", first);
        first.initCause(second);
        assertFalse(DatabaseFailures.connectionLost(first));
        SQLException withNext = new SQLException("batch failed");
        withNext.setNextException(new SQLTransientConnectionException("reset"));
        assertTrue(DatabaseFailures.connectionLost(withNext));
    }
}
