package nl.regioan.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import nl.regioan.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests an empty MariaDB database (and an empty data directory for the search
 * index and attachments) before the first deployment starts.
 * With KB_TEST_DB_SERVER set (e.g. jdbc:mariadb://127.0.0.1:3306/ in CI) the database "kb_it" (or
 * KB_TEST_DB_NAME) is dropped and created there; otherwise an embedded MariaDB is started for the run. The Payara
 * processes get the connection through the kb.test.* system properties read by arquillian.xml.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String ADMIN_PASSWORD = "Beheer-wachtwoord-42";
    /** KB_TEST_DB_NAME lets parallel checkouts share one server without dropping each other's database. */
    private static final String DATABASE = Optional.ofNullable(System.getenv("KB_TEST_DB_NAME"))
            .filter(name -> name.matches("[a-z][a-z0-9_]{0,30}")).orElse("kb_it");

    /** Where the WAR sends mail and MailIT's GreenMail listens; KB_TEST_SMTP_PORT picks another port. */
    public static final String SMTP_PORT = Optional.ofNullable(System.getenv("KB_TEST_SMTP_PORT"))
            .filter(port -> port.matches("[0-9]{2,5}")).orElse("26125");

    private EmbeddedDatabase embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("kb.war") == null || System.getProperty("kb.test.db.url") != null) {
            return; // unit tests in surefire need no database
        }
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        try {
            // An empty database gets an empty data directory: an earlier run's index or attachments would not match it.
            deleteRecursively(Path.of(System.getProperty("kb.test.work", "target/it"), "data"));
            Optional<String> external = Optional.ofNullable(System.getenv("KB_TEST_DB_SERVER")).filter(s -> !s.isBlank());
            if (external.isPresent()) {
                recreateOn(external.get(), password);
                System.setProperty("kb.test.db.url", external.get() + DATABASE);
            } else {
                Path directory = Path.of(System.getProperty("kb.test.work", "target/it"), "mariadb");
                deleteRecursively(directory);
                embedded = EmbeddedDatabase.start(directory, 0);
                embedded.createDatabase(DATABASE, DATABASE, password);
                System.setProperty("kb.test.db.url", embedded.jdbcUrl(DATABASE));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
        }
        System.setProperty("kb.test.db.user", DATABASE);
        System.setProperty("kb.test.db.password", password);
        System.setProperty("kb.test.admin.password", ADMIN_PASSWORD);
        System.setProperty("kb.test.smtp.port", SMTP_PORT);
        System.setProperty("kb.test.work", Path.of(System.getProperty("kb.test.work", "target/it")).toAbsolutePath().toString());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                System.err.println("Could not stop the test database: " + e.getMessage());
            }
        }
    }

    private static void recreateOn(String serverUrl, String password) throws Exception {
        String user = Optional.ofNullable(System.getenv("KB_TEST_DB_ADMIN_USER")).orElse("root");
        String adminPassword = Optional.ofNullable(System.getenv("KB_TEST_DB_ADMIN_PASSWORD")).orElse("");
        try (Connection connection = DriverManager.getConnection(serverUrl, user, adminPassword);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                String account = "'" + DATABASE + "'@'" + host + "'";
                sql.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "'");
                sql.execute("ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + account);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
