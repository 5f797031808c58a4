package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.search.domain.SearchableItem;

/** The judged set of the test resources: a corpus of items and Dutch queries with the items that answer them. */
final class JudgedSet {

    /** One judged query; no relevant items means there is no good answer. */
    record Judged(String kind, String query, List<Long> relevant) {
        boolean answerable() {
            return !relevant.isEmpty();
        }
    }

    private JudgedSet() {
    }

    static List<SearchableItem> corpus() {
        List<SearchableItem> items = new ArrayList<>();
        for (String[] row : rows("corpus.tsv")) {
            items.add(TestIndex.item(Long.parseLong(row[0]), row[1], row[2], row[3], "1", null, null, null,
                    Visibility.REGION, ContentStatus.PUBLISHED, 2024, List.of()));
        }
        return items;
    }

    static List<Judged> queries() {
        List<Judged> queries = new ArrayList<>();
        for (String[] row : rows("queries.tsv")) {
            List<Long> relevant = row.length < 3 || row[2].isBlank() ? List.of()
                    : Arrays.stream(row[2].split(",")).map(String::strip).map(Long::valueOf).toList();
            queries.add(new Judged(row[0], row[1], relevant));
        }
        return queries;
    }

    private static List<String[]> rows(String name) {
        try (InputStream in = JudgedSet.class.getResourceAsStream("/search/judged/" + name)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
