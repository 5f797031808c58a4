package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.regioan.app.interfaces.rest.HttpStatusTexts;
import nl.regioan.shared.api.Messages;
import org.junit.jupiter.api.Test;

/**
 * The server's texts (nl/regioan/shared/api/Messages*.properties): both languages have the same keys, no
 * text is empty or breaks MessageFormat, and every key the code of any module uses has a text.
 */
class ServerMessagesTest {

    private static final Path BUNDLES = Path.of("../shared-model/src/main/resources/nl/regioan/shared/api");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../dashboard/src/main/java"),
            Path.of("../shared-model/src/main/java"));
    private static final String KEY = "\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"";
    /** Calls whose first argument is a key, and calls whose second is (after a field or a status). */
    private static final List<Pattern> USAGES = List.of(
            Pattern.compile("\\b(?:Message|\\w*Exception)\\.of\\(\\s*" + KEY),
            Pattern.compile("\\b(?:FieldError|InvalidInputException)\\.of\\(\\s*[^,()]+(?:\\([^()]*\\))?[^,()]*,\\s*" + KEY),
            Pattern.compile("\\bProblem\\.response\\(\\s*[\\w.]+,\\s*" + KEY));

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameNonEmptyWellFormedTexts() throws IOException {
        Properties dutch = load("Messages.properties");
        Properties english = load("Messages_en.properties");
        assertEquals(new TreeSet<>(dutch.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        for (Properties bundle : List.of(dutch, english)) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertFalse(text.isBlank(), "Empty text for " + key);
                assertFalse(loneQuote.matcher(text).find(), "A single quote in " + key + " hides the arguments; write ''");
                new MessageFormat(text); // fails on a malformed pattern
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesHasATextInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    for (Pattern usage : USAGES) {
                        Matcher matcher = usage.matcher(source);
                        while (matcher.find()) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(used.size() > 10, "The usage scan found too few keys: " + used);
        HttpStatusTexts.EXPLAINED_STATUSES.forEach(status -> used.add("http." + status));
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!Messages.exists(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "Message keys without a text in both bundles: " + missing);
    }
}
