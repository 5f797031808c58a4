package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.StoredRows;
import nl.regioan.testsupport.TestAccounts;
import nl.regioan.testsupport.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A write that loses a real deadlock (MariaDB 1213, what Galera also answers for a certification conflict)
 * still succeeds: its whole transaction runs again. The test's own transaction takes the account's role rows
 * first; the request (a role change) updates the account row and then waits for those role rows; the test
 * then asks for the account row, which closes the circle. InnoDB rolls back the lighter transaction, which
 * is the request's, since the test's has written many rows before.
 */
@ExtendWith(ArquillianExtension.class)
class WriteConflictIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRoleChangeThatLosesADeadlockIsRunAgainAndSucceeds() throws Exception {
        Api admin = Api.loggedIn(base, "admin", TestDatabaseSession.ADMIN_PASSWORD);
        String username = TestAccounts.create("conflict-roles", "GM0202", "reader");
        long id = Long.parseLong(StoredRows.of("SELECT id FROM account WHERE username = ?", username).get(0).get(0));
        long version = Long.parseLong(StoredRows.of("SELECT version FROM account WHERE id = ?", id).get(0).get(0));
        long deadlocksBefore = deadlocks();

        CompletableFuture<Api.Reply> change;
        try (Connection rival = TestAccounts.connect()) {
            rival.setAutoCommit(false);
            try (Statement sql = rival.createStatement()) {
                // Weight, so InnoDB picks the request as the deadlock's victim; rolled back at the end.
                sql.executeUpdate("INSERT INTO audit_entry (occurred_at, action, entity_type, entity_id)"
                        + " SELECT NOW(3), 'test.weight', 'deadlock-test', seq FROM seq_1_to_300");
                sql.executeQuery("SELECT * FROM account_role WHERE account_id = " + id + " FOR UPDATE").close();
            }
            change = CompletableFuture.supplyAsync(() -> admin.put("api/v1/admin/accounts/" + id + "/roles",
                    "{\"roles\": [\"reader\", \"editor\"]}", "\"" + version + "\""));
            awaitWaitingOnRoleRows(rival, change);
            try (Statement sql = rival.createStatement()) {
                sql.executeUpdate("UPDATE account SET display_name = display_name WHERE id = " + id); // the circle closes
            }
            Thread.sleep(300); // the retried request now waits for the account row
            rival.rollback();
        }
        Api.Reply reply = change.get(60, TimeUnit.SECONDS);

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(deadlocks() > deadlocksBefore, "MariaDB detected the deadlock");
        assertEquals(List.of(List.of("editor"), List.of("reader")),
                StoredRows.of("SELECT role FROM account_role WHERE account_id = ? ORDER BY role", id));
        assertEquals(List.of(List.of("1")), StoredRows.of(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'account.roles' AND entity_id = ?", String.valueOf(id)),
                "the change is stored once, not once per attempt");
        assertEquals(List.of(List.of("0")), StoredRows.of("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'deadlock-test'"));
    }

    /** Until the request's write of the role rows waits for the rival's lock (seen in the process list). */
    private static void awaitWaitingOnRoleRows(Connection rival, CompletableFuture<Api.Reply> change) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (PreparedStatement waiting = rival.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                + " WHERE ID <> CONNECTION_ID() AND (INFO LIKE 'DELETE FROM account_role%' OR INFO LIKE 'INSERT INTO account_role%')")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                if (change.isDone()) {
                    throw new AssertionError("the request ended without waiting: " + change.get());
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the request never waited for the role rows: "
                + StoredRows.of("SELECT INFO FROM information_schema.PROCESSLIST WHERE INFO IS NOT NULL"));
    }

    private static long deadlocks() throws SQLException {
        try (Connection db = TestAccounts.connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
            rows.next();
            return rows.getLong(2);
        }
    }
}
