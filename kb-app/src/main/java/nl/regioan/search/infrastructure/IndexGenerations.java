package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The generations on disk: each lives in {@code root/<name>}, and the file {@code root/current}
 * names the one in use. The pointer is replaced atomically, so a crash leaves either the old or the
 * new generation in use, never half of one.
 */
final class IndexGenerations {

    private static final Logger LOG = Logger.getLogger(IndexGenerations.class.getName());

    /** What {@link #newName()} makes: only such directories are ever removed. */
    private static final String GENERATION_NAME = "g[0-9]+";

    private final Path root;

    IndexGenerations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path path(String name) {
        return root.resolve(name);
    }

    /** The generation the pointer names, when the pointer and its directory exist. */
    Optional<String> current() throws IOException {
        Files.createDirectories(root);
        Path pointer = root.resolve("current");
        return (Files.exists(pointer) ? Optional.of(Files.readString(pointer, StandardCharsets.UTF_8).strip())
                : Optional.<String>empty())
                .filter(name -> name.matches("[A-Za-z0-9_-]+"))
                .filter(name -> Files.isDirectory(root.resolve(name)));
    }

    /**
     * Removes every generation but {@code keep} (and a pointer left half-written): a rebuild killed before its
     * swap leaves its fresh generation behind, and nothing else would ever delete it. Only at start, before
     * any rebuild of this process runs. Returns how many were removed.
     */
    int removeAllBut(Optional<String> keep) throws IOException {
        Files.deleteIfExists(root.resolve("current.tmp"));
        List<String> stale;
        try (Stream<Path> entries = Files.list(root)) {
            stale = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches(GENERATION_NAME)).filter(name -> !keep.equals(Optional.of(name)))
                    .toList();
        }
        stale.forEach(this::delete);
        if (!stale.isEmpty()) {
            LOG.info(() -> "Removed " + stale.size() + " unused search index generation(s) under " + root + ": " + stale);
        }
        return stale.size();
    }

    /** A name no generation has had yet. */
    String newName() {
        return "g" + System.currentTimeMillis();
    }

    /** Makes {@code name} the generation in use. */
    void pointTo(String name) throws IOException {
        Path temp = root.resolve("current.tmp");
        Files.writeString(temp, name, StandardCharsets.UTF_8);
        Files.move(temp, root.resolve("current"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes a generation's directory; a failure is only logged (the next rebuild does not need it gone). */
    void delete(String name) {
        Path directory = root.resolve(name);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Deleting " + directory + " failed", e);
        }
    }
}
