package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dutch first, English second: every bundle exists in both languages with the same keys and no
 * empty text, and every key a page or script uses exists.
 */
class MessageBundlesTest {

    /** Web roots of the WAR and of the jars whose META-INF/resources it serves. */
    private static final List<Path> WEB_ROOTS = List.of(Path.of("src/main/webapp"),
            Path.of("../dashboard/src/main/resources/META-INF/resources"),
            Path.of("../shared-model/src/main/resources/META-INF/resources"));

    private static List<Path> dutchBundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path root : WEB_ROOTS) {
            Path i18n = root.resolve("i18n");
            if (Files.isDirectory(i18n)) {
                try (Stream<Path> files = Files.list(i18n)) {
                    files.filter(f -> f.getFileName().toString().endsWith("_nl.json")).forEach(bundles::add);
                }
            }
        }
        return bundles;
    }

    private static JsonObject read(Path bundle) throws IOException {
        try (Reader reader = Files.newBufferedReader(bundle); var json = Json.createReader(reader)) {
            return json.readObject();
        }
    }

    @Test
    void everyBundleHasTheSameNonEmptyKeysInDutchAndEnglish() throws IOException {
        List<Path> bundles = dutchBundles();
        assertFalse(bundles.isEmpty());
        for (Path dutch : bundles) {
            Path english = dutch.resolveSibling(dutch.getFileName().toString().replace("_nl.json", "_en.json"));
            assertTrue(Files.exists(english), "Missing English bundle for " + dutch);
            JsonObject nl = read(dutch);
            JsonObject en = read(english);
            assertEquals(new TreeSet<>(nl.keySet()), new TreeSet<>(en.keySet()), "Keys of " + dutch + " and " + english);
            for (JsonObject bundle : List.of(nl, en)) {
                bundle.forEach((key, value) -> assertFalse(((JsonString) value).getString().isBlank(), "Empty text for " + key));
            }
        }
    }

    @Test
    void everyKeyUsedInAPageOrScriptExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path bundle : dutchBundles()) {
            known.addAll(read(bundle).keySet());
        }
        Pattern usage = Pattern.compile("data-i18n(?:-aria|-placeholder)?=\"([\\w.-]+)\"|\\bt\\('([\\w.-]+)'|\\bkey: '([\\w.-]+)'");
        Set<String> missing = new TreeSet<>();
        for (Path root : WEB_ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                    Matcher matcher = usage.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String key = matcher.group(1) != null ? matcher.group(1)
                                : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                        if (!known.contains(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Message keys without a text: " + missing);
    }
}
