package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml must list every entity, embeddable, mapped superclass and converter of every module (a WAR's
 * persistence unit does not scan the jars in WEB-INF/lib). This test finds the ones that are missing.
 */
class PersistenceUnitListTest {

    @Test
    void everyMappedClassIsListed() throws IOException {
        String persistenceXml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        Set<String> missing = new TreeSet<>();
        for (String module : new String[] {"../shared-model", "../dashboard", "."}) {
            Path sources = Path.of(module, "src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (source.contains("\n@Entity") || source.contains("\n@Embeddable") || source.contains("\n@MappedSuperclass")
                            || source.contains("\n@Converter")) {
                        String className = sources.relativize(file).toString()
                                .replace(".java", "").replace('/', '.');
                        if (!persistenceXml.contains("<class>" + className + "</class>")) {
                            missing.add(className);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Add these to persistence.xml: " + missing);
    }
}
