package nl.regioan.shared.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Recognises, anywhere in an exception's cause chain, why the database refused: the connection is gone
 * (the server is down, or a Galera node failed over) or the transaction lost a conflict (deadlock, or
 * Galera's certification conflict, both MariaDB error 1213). JPA, the transaction manager and the pool wrap
 * the driver's exception in several layers, so only the chain tells.
 */
public final class DatabaseFailures {

    /** MariaDB's ER_LOCK_DEADLOCK, also what Galera answers when another node changed the same row first. */
    static final int DEADLOCK = 1213;

    private DatabaseFailures() {
    }

    /** The database could not be reached or the connection broke: trying again later may work. */
    public static boolean connectionLost(Throwable error) {
        for (Throwable cause : chain(error)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception" in every driver.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The transaction was rolled back by a deadlock or a certification conflict: it may simply be run again. */
    public static boolean conflictLost(Throwable error) {
        for (Throwable cause : chain(error)) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A whole transaction that failed this way can be run again from its start. */
    public static boolean worthRetrying(Throwable error) {
        return conflictLost(error) || transientConnectionLoss(error);
    }

    /** The failover's error: the next statement goes to another node (sequential URL). */
    private static boolean transientConnectionLoss(Throwable error) {
        for (Throwable cause : chain(error)) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** The exception and its causes (and a SQLException's next ones), each once, even if the chain loops. */
    static List<Throwable> chain(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        Throwable current = error;
        while (current != null && seen.add(current)) {
            chain.add(current);
            Throwable cause = current.getCause();
            if (cause == null && current instanceof SQLException sql) {
                cause = sql.getNextException();
            }
            current = cause;
        }
        return chain;
    }
}
