package nl.regioan.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.access.domain.Role;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.search.domain.SearchableItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: for random items (visibility, status, owner) and many random readers, nothing a search
 * returns reveals an item the reader may not read according to {@code AccessPolicy.canRead}: not the
 * hits, not the total, not a facet count, not a snippet, not the spelling suggestion, not an
 * autocomplete title or word. Every item carries a unique marker word so a leak is visible as text.
 * Hits must also be complete: exactly the matching items the reader may read.
 */
class NoLeakPropertyTest {

    private static final String[] WORDS = {"huisvesting", "werknemers", "vergunning", "handhaving", "locatie",
            "participatie", "registratie", "overlast", "woning", "beleid"};
    private static final String[] KINDS = {"best-practice", "policy", "nuisance-report"};
    private static final String[] MUNICIPALITIES = {"GM0202", "GM0268", "GM0225", "GM1955"};
    private static final String[] SUBREGIONS = {"Arnhem", "Rijk van Nijmegen"};
    private static final Pattern MARKER = Pattern.compile("merk[a-z]{3}");
    private static final int ITEMS = 160;
    private static final int READERS = 30;

    @ParameterizedTest
    @ValueSource(longs = {1L, 20251129L, 77L})
    void nothingLeaksToAnyReader(long seed) throws Exception {
        Random random = new Random(seed);
        List<SearchableItem> items = new ArrayList<>();
        for (long id = 1; id <= ITEMS; id++) {
            items.add(randomItem(random, id));
        }
        Map<Long, SearchableItem> byId = items.stream().collect(Collectors.toMap(SearchableItem::id, Function.identity()));
        try (TestIndex index = new TestIndex(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()), items)) {
            for (int r = 0; r < READERS; r++) {
                Actor reader = randomReader(random);
                Set<Long> readable = new HashSet<>();
                for (SearchableItem item : items) {
                    if (TestIndex.POLICY.canRead(reader, item.access())) {
                        readable.add(item.id());
                    }
                }
                Set<String> readableText = new HashSet<>();
                readable.forEach(id -> readableText.addAll(words(byId.get(id))));

                List<String> queries = new ArrayList<>(List.of("", WORDS[random.nextInt(WORDS.length)],
                        WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)],
                        "NOT " + WORDS[random.nextInt(WORDS.length)]));
                for (int q = 0; q < 3; q++) {
                    String marker = marker(1 + random.nextInt(ITEMS));
                    queries.add(marker);
                    queries.add(misspell(marker, random)); // asks for a suggestion near some marker
                    queries.add(WORDS[random.nextInt(WORDS.length)] + " " + misspell(marker, random));
                }
                for (String query : queries) {
                    checkSearch(index, reader, query, readable, byId, readableText);
                }
                for (String typed : List.of("merk", "merk" + (char) ('a' + random.nextInt(3)), "titel merk", "hui")) {
                    checkCompletions(index.complete(typed, reader), reader, readable, readableText, typed);
                }
            }
        }
    }

    /** What an editor (who sees everything) finds, per query: the reference for completeness. */
    private final Map<String, SearchResult> editorResults = new HashMap<>();

    private void checkSearch(TestIndex index, Actor reader, String query, Set<Long> readable,
                                     Map<Long, SearchableItem> byId, Set<String> readableText) {
        SearchRequest request = SearchRequest.of(query).withPage(1, 50);
        SearchResult asEditor = editorResults.computeIfAbsent(query, q -> allPages(index, request, TestIndex.EDITOR));
        Set<Long> expected = asEditor.hits().stream().map(SearchResult.Hit::id).filter(readable::contains)
                .collect(Collectors.toSet());
        SearchResult result = allPages(index, request, reader);
        String context = "reader " + reader + ", query '" + query + "'";
        Set<Long> actual = result.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
        assertEquals(expected, actual, "hits for " + context);
        assertEquals(expected.size(), result.total(), "total for " + context);
        for (String dimension : IndexFields.FACETS) {
            Map<String, Long> counts = new TreeMap<>();
            for (SearchResult.FacetCount count : result.facets().getOrDefault(dimension, List.of())) {
                counts.put(count.value(), count.count());
            }
            assertEquals(expectedFacet(dimension, expected, byId), counts, dimension + " facet for " + context);
        }
        for (SearchResult.Hit hit : result.hits()) {
            for (SearchResult.Snippet snippet : hit.snippets()) {
                Matcher markers = MARKER.matcher(snippet.html().replaceAll("<[^>]+>", ""));
                while (markers.find()) {
                    assertTrue(readableText.contains(markers.group()), "snippet leaks " + markers.group() + " to " + context);
                }
            }
        }
        if (result.suggestion() != null) {
            for (String word : UserQueryParser.words(result.suggestion())) {
                String lower = word.toLowerCase(Locale.ROOT);
                assertTrue(readableText.contains(lower) || query.toLowerCase(Locale.ROOT).contains(lower),
                        "suggestion '" + result.suggestion() + "' leaks '" + lower + "' to " + context);
            }
        }
    }

    private static void checkCompletions(Completions completions, Actor reader, Set<Long> readable,
                                         Set<String> readableText, String typed) {
        for (Completions.Title title : completions.titles()) {
            assertTrue(readable.contains(title.id()), "autocomplete '" + typed + "' leaks item " + title.id() + " to " + reader);
        }
        for (String term : completions.terms()) {
            // A term may be a whole token such as "merkabc.pdf": each of its words must be readable.
            for (String word : UserQueryParser.words(term)) {
                assertTrue(readableText.contains(word), "autocomplete '" + typed + "' leaks word " + term + " to " + reader);
            }
        }
    }

    /** All pages, merged, so completeness can be checked. */
    private static SearchResult allPages(TestIndex index, SearchRequest request, Actor actor) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        SearchResult first = null;
        for (int page = 1; page <= 4 && (first == null || hits.size() < first.total()); page++) {
            SearchResult result = index.search(request.withPage(page, 50), actor);
            first = first == null ? result : first;
            hits.addAll(result.hits());
        }
        return new SearchResult(first.total(), 1, hits.size(), hits, first.facets(), first.suggestion());
    }

    private static Map<String, Long> expectedFacet(String dimension, Set<Long> ids, Map<Long, SearchableItem> byId) {
        Map<String, Long> counts = new TreeMap<>();
        for (Long id : ids) {
            SearchableItem item = byId.get(id);
            List<String> values = switch (dimension) {
                case IndexFields.KIND -> List.of(item.kind());
                case IndexFields.THEME -> item.themes();
                case IndexFields.MUNICIPALITY -> item.municipality() == null ? List.of() : List.of(item.municipality());
                case IndexFields.SUBREGION -> item.subregion() == null ? List.of() : List.of(item.subregion());
                case IndexFields.YEAR -> List.of(Integer.toString(item.year()));
                default -> List.of();
            };
            values.forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        return counts;
    }

    private static SearchableItem randomItem(Random random, long id) {
        Long owner = random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt(MUNICIPALITIES.length));
        String cbs = owner == null ? null : MUNICIPALITIES[owner.intValue() - 1];
        String subregion = owner == null ? null : SUBREGIONS[owner.intValue() % 2];
        String marker = marker(id);
        StringBuilder body = new StringBuilder("Over ").append(marker).append(':');
        for (int w = 0; w < 12; w++) {
            body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        List<SearchableItem.Attachment> attachments = random.nextBoolean() ? List.of()
                : List.of(new SearchableItem.Attachment(id * 10, marker + ".pdf",
                        "Bijlage " + marker + " over " + WORDS[random.nextInt(WORDS.length)]));
        return new SearchableItem(id, KINDS[random.nextInt(KINDS.length)], "Titel " + marker, null, body.toString(),
                List.of(), List.of(Integer.toString(1 + random.nextInt(6))), List.of(), owner, cbs, subregion,
                Visibility.values()[random.nextInt(Visibility.values().length)],
                ContentStatus.values()[random.nextInt(ContentStatus.values().length)], 2022 + random.nextInt(4),
                java.time.Instant.ofEpochSecond(1_700_000_000L + id), attachments);
    }

    private static Actor randomReader(Random random) {
        Long municipality = random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt(MUNICIPALITIES.length + 1));
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (random.nextInt(4) == 0) {
                roles.add(role);
            }
        }
        return new Actor(random.nextInt(1000), "reader", municipality, roles);
    }

    /** A word unique to one item: merk + three letters. */
    private static String marker(long id) {
        long n = id;
        char[] letters = new char[3];
        for (int i = 2; i >= 0; i--) {
            letters[i] = (char) ('a' + n % 26);
            n /= 26;
        }
        return "merk" + new String(letters);
    }

    private static String misspell(String marker, Random random) {
        char[] chars = marker.toCharArray();
        chars[4 + random.nextInt(3)] = (char) ('a' + random.nextInt(26));
        return new String(chars) + (random.nextBoolean() ? "x" : "");
    }

    private static Set<String> words(SearchableItem item) {
        Set<String> words = new HashSet<>();
        List<String> texts = new ArrayList<>(List.of(item.title(), item.body()));
        item.attachments().forEach(a -> {
            texts.add(a.text());
            texts.add(a.fileName());
        });
        for (String text : texts) {
            UserQueryParser.words(text).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
            Matcher all = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
            while (all.find()) {
                words.add(all.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
