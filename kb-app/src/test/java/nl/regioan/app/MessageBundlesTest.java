package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch first, English second: every key exists in both languages, and every key a page uses exists. */
class MessageBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static Set<String> keys(String language) throws IOException {
        try (Reader reader = Files.newBufferedReader(WEBAPP.resolve("i18n/messages_" + language + ".json"));
             var json = Json.createReader(reader)) {
            JsonObject messages = json.readObject();
            messages.values().forEach(v -> assertTrue(!v.toString().isBlank()));
            return new TreeSet<>(messages.keySet());
        }
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("nl"), keys("en"));
    }

    @Test
    void everyKeyUsedInAPageOrScriptExists() throws IOException {
        Set<String> known = keys("nl");
        Pattern usage = Pattern.compile("data-i18n(?:-aria)?=\"([\\w.-]+)\"|\\bt\\('([\\w.-]+)'");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                Matcher matcher = usage.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!known.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Message keys without a text: " + missing);
    }
}
