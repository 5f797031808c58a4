package nl.regioan.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.regioan.launcher.EmbeddedDatabase;

/**
 * The real WAR on its own Payara Micro process and its own MariaDB, both on fixed ports, for tests that kill
 * and restart the database (or the server) under a running application: Arquillian's container shares one
 * database URL for the whole run and cannot be pointed elsewhere for one class.
 */
public final class OwnDeployment implements AutoCloseable {

    public static final String ADMIN_PASSWORD = TestDatabaseSession.ADMIN_PASSWORD;
    private static final String DATABASE = "kb";
    private static final String DATABASE_PASSWORD = "own-deployment-42";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path directory;
    private final int databasePort;
    private final int httpPort;
    private EmbeddedDatabase database;
    private Process server;

    private OwnDeployment(Path directory, int databasePort, int httpPort) {
        this.directory = directory;
        this.databasePort = databasePort;
        this.httpPort = httpPort;
    }

    /** An empty database and data directory under target/it-own/{@code name}; nothing is started yet. */
    public static OwnDeployment prepare(String name, int databasePort, int httpPort) throws IOException {
        Path directory = Path.of(System.getProperty("kb.test.work", "target/it")).resolveSibling("it-own").resolve(name)
                .toAbsolutePath();
        deleteRecursively(directory);
        Files.createDirectories(directory);
        return new OwnDeployment(directory, databasePort, httpPort);
    }

    public void startDatabase() throws Exception {
        database = EmbeddedDatabase.start(directory.resolve("mariadb"), databasePort);
        database.createDatabase(DATABASE, DATABASE, DATABASE_PASSWORD);
    }

    /** {@code kill -9} of the MariaDB server process: no clean shutdown, every connection simply breaks. */
    public void killDatabase() throws Exception {
        String dataDir = directory.resolve("mariadb").resolve("data").toString();
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> (c.contains("mariadbd") || c.contains("mysqld")) && c.contains(dataDir)).isPresent())
                .toList();
        if (servers.isEmpty()) {
            throw new IllegalStateException("no MariaDB process with the data directory " + dataDir);
        }
        for (ProcessHandle process : servers) {
            process.destroyForcibly();
            process.onExit().get();
        }
        database = null; // its process is gone; startDatabase() starts a new one on the same files
    }

    /** Starts Payara Micro with the WAR against the database and waits until /health answers 200. */
    public void startServer() throws Exception {
        Path war = Path.of(System.getProperty("kb.war", "target/kb-app.war"));
        Path micro = war.resolveSibling("payara-micro.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dkb.db.url=jdbc:mariadb://127.0.0.1:" + databasePort + "/" + DATABASE,
                "-Dkb.db.user=" + DATABASE, "-Dkb.db.password=" + DATABASE_PASSWORD,
                "-Dkb.admin.password=" + ADMIN_PASSWORD,
                "-Dkb.data.dir=" + directory.resolve("data"),
                "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster", "--rootdir", directory.resolve("payara").toString()));
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (healthStatus() != 200) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara stopped with " + server.exitValue() + "; see " + directory.resolve("server.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara did not become healthy; see " + directory.resolve("server.log"));
            }
            Thread.sleep(500);
        }
    }

    /** The status of GET /health, or -1 when nothing answers. */
    public int healthStatus() {
        try {
            return health().statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public HttpResponse<String> health() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public URL base() {
        try {
            return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
