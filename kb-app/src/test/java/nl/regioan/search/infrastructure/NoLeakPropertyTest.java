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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.access.domain.Role;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.DocumentKeys;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.search.domain.SearchableItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: for items over every visibility x status x owner (each municipality and the region) x
 * author, questions (with their answers' text, published content of the asker's municipality) over every
 * visibility x owner x asker, and readers over every role x municipality (and the region's accounts, and the authors
 * themselves), nothing a search returns reveals an item the reader may not read according to
 * {@code AccessPolicy.canRead}: not the hits, not the total, not a facet count, not a snippet, not the
 * spelling suggestion, not an autocomplete title or word. Every item carries a unique marker word so
 * a leak is visible as text. Hits must also be complete: exactly the matching items the reader may
 * read. For every reader and every item the item's own marker is searched, misspelled and typed into
 * autocomplete; the test prints how many reader x item checks it made and how many leaked. The
 * reference for a reader is the same search, as an editor, over an index of only the items that
 * reader may read: a relaxed query (not every word found) must relax exactly as it would there.
 */
class NoLeakPropertyTest {

    private static final String[] WORDS = {"huisvesting", "werknemers", "vergunning", "handhaving", "locatie",
            "participatie", "registratie", "overlast", "woning", "beleid"};
    private static final String[] KINDS = {"best-practice", "policy", "nuisance-report"};
    private static final String[] MUNICIPALITIES = {"GM0202", "GM0268", "GM0225", "GM1955"};
    private static final String[] SUBREGIONS = {"Arnhem", "Rijk van Nijmegen"};
    private static final Pattern MARKER = Pattern.compile("merk[a-z]{3}");
    /** Authors of the items: three accounts that are also readers below, and one that never reads. */
    private static final long[] AUTHORS = {1, 2, 3, 900};
    private static final int RANDOM_ITEMS = 30;
    private static final int RANDOM_READERS = 8;

    /** Checks and failures over all seeds, printed at the end. */
    private static final Tally TALLY = new Tally();

    @ParameterizedTest
    @ValueSource(longs = {1L, 20251129L})
    void nothingLeaksToAnyReader(long seed) throws Exception {
        Random random = new Random(seed);
        List<SearchableItem> items = everyKindOfItem(random);
        Map<Long, SearchableItem> byId = items.stream().collect(Collectors.toMap(SearchableItem::id, Function.identity()));
        Tally tally = new Tally();
        try (TestIndex index = new TestIndex(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()), items)) {
            for (Actor reader : everyKindOfReader(random)) {
                Set<Long> readable = new HashSet<>();
                for (SearchableItem item : items) {
                    if (TestIndex.POLICY.canRead(reader, item.access())) {
                        readable.add(item.id());
                    }
                }
                Set<String> readableText = new HashSet<>();
                readable.forEach(id -> readableText.addAll(words(byId.get(id))));
                reference = new TestIndex(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()),
                        items.stream().filter(i -> readable.contains(i.id())).toList());
                referenceResults.clear();

                List<String> queries = new ArrayList<>(List.of("", WORDS[random.nextInt(WORDS.length)],
                        WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)],
                        "NOT " + WORDS[random.nextInt(WORDS.length)]));
                for (int q = 0; q < 3; q++) {
                    String marker = marker(items.get(random.nextInt(items.size())));
                    queries.add(WORDS[random.nextInt(WORDS.length)] + " " + misspell(marker, random));
                }
                for (String query : queries) {
                    checkSearch(index, reader, query, readable, byId, readableText, tally);
                }
                for (String typed : List.of("merk", "merk" + (char) ('a' + random.nextInt(3)), "titel merk", "hui")) {
                    checkCompletions(index.complete(typed, reader), reader, readable, readableText, typed, tally);
                }
                // Every item against this reader, on every channel of its own marker.
                for (SearchableItem item : items) {
                    String marker = marker(item);
                    tally.pair();
                    checkSearch(index, reader, marker, readable, byId, readableText, tally);
                    if (item.id() % 3 == 0) { // the spelling suggestion is the slow channel: a third of the items
                        checkSearch(index, reader, misspell(marker, random), readable, byId, readableText, tally);
                    }
                    checkCompletions(index.complete(marker.substring(0, 6), reader), reader, readable, readableText,
                            marker.substring(0, 6), tally);
                }
                reference.close();
            }
        }
        TALLY.add(tally);
        System.out.printf("NoLeakPropertyTest seed %d: %d items x readers = %d reader x item checks, %d channel checks,"
                + " %d leaks, %d incomplete; all seeds so far: %d reader x item checks, %d leaks%n", seed, items.size(),
                tally.pairs, tally.checks, tally.leaks.size(), tally.incomplete.size(), TALLY.pairs, TALLY.leaks.size());
        assertTrue(tally.pairs >= 5_000, "at least 5,000 reader x item checks per seed");
        assertEquals(List.of(), tally.leaks.stream().limit(5).toList(), tally.leaks.size() + " leaks");
        assertEquals(List.of(), tally.incomplete.stream().limit(5).toList(), tally.incomplete.size() + " incomplete answers");
    }

    /** Counts checks; a leak shows a reader what AccessPolicy.canRead forbids, incomplete hides what it allows. */
    static final class Tally {
        long pairs;
        long checks;
        final List<String> leaks = new ArrayList<>();
        final List<String> incomplete = new ArrayList<>();

        void pair() {
            pairs++;
        }

        void leakUnless(boolean fine, Supplier<String> message) {
            checks++;
            if (!fine) {
                leaks.add(message.get());
            }
        }

        void completeUnless(boolean fine, Supplier<String> message) {
            checks++;
            if (!fine) {
                incomplete.add(message.get());
            }
        }

        void add(Tally other) {
            pairs += other.pairs;
            checks += other.checks;
            leaks.addAll(other.leaks);
            incomplete.addAll(other.incomplete);
        }
    }

    /** The complete grid visibility x status x owner (four municipalities and the region) x author, then random ones. */
    private static List<SearchableItem> everyKindOfItem(Random random) {
        List<SearchableItem> items = new ArrayList<>();
        long id = 1;
        for (Visibility visibility : Visibility.values()) {
            for (ContentStatus status : ContentStatus.values()) {
                for (int owner = 0; owner <= MUNICIPALITIES.length; owner++) {
                    for (int a = 0; a < 2; a++) {
                        long author = AUTHORS[(int) ((id + a) % AUTHORS.length)];
                        items.add(item(random, id++, owner == 0 ? null : (long) owner, visibility, status, author));
                    }
                }
            }
        }
        for (int r = 0; r < RANDOM_ITEMS; r++) {
            Long owner = random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt(MUNICIPALITIES.length));
            items.add(item(random, id++, owner, Visibility.values()[random.nextInt(Visibility.values().length)],
                    ContentStatus.values()[random.nextInt(ContentStatus.values().length)],
                    AUTHORS[random.nextInt(AUTHORS.length)]));
        }
        // Questions share the index (kind QUESTION, keys of their own): always published content of the
        // asker's municipality, so every visibility x owner x asker.
        long question = 1;
        for (Visibility visibility : Visibility.values()) {
            for (int owner = 0; owner <= MUNICIPALITIES.length; owner++) {
                for (int a = 0; a < 2; a++) {
                    long asker = AUTHORS[(int) ((question + a) % AUTHORS.length)];
                    items.add(question(random, question++, owner == 0 ? null : (long) owner, visibility, asker));
                }
            }
        }
        return items;
    }

    /**
     * Every role alone x every municipality (the four owners, one that owns nothing, and none: the
     * region's accounts), with account ids that make some of them authors; then random role sets.
     */
    private static List<Actor> everyKindOfReader(Random random) {
        List<Actor> readers = new ArrayList<>();
        List<Long> municipalities = new ArrayList<>();
        municipalities.add(null);
        for (long m = 1; m <= MUNICIPALITIES.length + 1; m++) {
            municipalities.add(m);
        }
        long account = 1;
        for (Long municipality : municipalities) {
            for (Role role : Role.values()) {
                readers.add(new Actor(account++ % 5, "reader", municipality, EnumSet.of(role)));
            }
        }
        for (int r = 0; r < RANDOM_READERS; r++) {
            Long municipality = municipalities.get(random.nextInt(municipalities.size()));
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (random.nextInt(3) == 0) {
                    roles.add(role);
                }
            }
            readers.add(new Actor(1 + random.nextInt(4), "reader", municipality, roles));
        }
        return readers;
    }

    /** The items the current reader may read, alone in an index: the reference for completeness. */
    private TestIndex reference;
    /** What an editor finds in the reference index, per query. */
    private final Map<String, SearchResult> referenceResults = new HashMap<>();

    private void checkSearch(TestIndex index, Actor reader, String query, Set<Long> readable,
                             Map<Long, SearchableItem> byId, Set<String> readableText, Tally tally) {
        SearchRequest request = SearchRequest.of(query).withPage(1, 50);
        SearchResult asEditor = referenceResults.computeIfAbsent(query, q -> allPages(reference, request, TestIndex.EDITOR));
        Set<Long> expected = asEditor.hits().stream().map(NoLeakPropertyTest::keyOf).collect(Collectors.toSet());
        SearchResult result = allPages(index, request, reader);
        String context = "reader " + reader + ", query '" + query + "'";
        Set<Long> actual = result.hits().stream().map(NoLeakPropertyTest::keyOf).collect(Collectors.toSet());
        for (Long id : actual) {
            tally.leakUnless(readable.contains(id), () -> "hit " + id + " for " + context);
        }
        tally.completeUnless(actual.containsAll(expected), () -> "hits " + actual + " instead of " + expected + " for " + context);
        tally.leakUnless(result.total() <= expected.size(), () -> "total " + result.total() + " > " + expected.size() + " for " + context);
        tally.completeUnless(result.total() >= expected.size(), () -> "total " + result.total() + " < " + expected.size() + " for " + context);
        for (String dimension : IndexFields.FACETS) {
            Map<String, Long> counts = new TreeMap<>();
            for (SearchResult.FacetCount count : result.facets().getOrDefault(dimension, List.of())) {
                counts.put(count.value(), count.count());
            }
            Map<String, Long> wanted = expectedFacet(dimension, expected, byId);
            tally.leakUnless(counts.entrySet().stream().allMatch(e -> e.getValue() <= wanted.getOrDefault(e.getKey(), 0L)),
                    () -> dimension + " facet " + counts + " instead of " + wanted + " for " + context);
            tally.completeUnless(counts.equals(wanted), () -> dimension + " facet " + counts + " instead of " + wanted + " for " + context);
        }
        for (SearchResult.Hit hit : result.hits()) {
            for (SearchResult.Snippet snippet : hit.snippets()) {
                Matcher markers = MARKER.matcher(snippet.html().replaceAll("<[^>]+>", ""));
                while (markers.find()) {
                    String found = markers.group();
                    tally.leakUnless(readableText.contains(found), () -> "snippet leaks " + found + " to " + context);
                }
            }
        }
        // Which words were not found, and whether the query was relaxed, is what it would be with only the readable items.
        tally.leakUnless(result.missingWords().equals(asEditor.missingWords()) && result.allWords() == asEditor.allWords(),
                () -> "missing words " + result.missingWords() + "/" + result.allWords() + " instead of "
                        + asEditor.missingWords() + "/" + asEditor.allWords() + " for " + context);
        if (result.suggestion() != null) {
            for (String word : UserQueryParser.words(result.suggestion())) {
                String lower = word.toLowerCase(Locale.ROOT);
                tally.leakUnless(readableText.contains(lower) || query.toLowerCase(Locale.ROOT).contains(lower),
                        () -> "suggestion '" + result.suggestion() + "' leaks '" + lower + "' to " + context);
            }
        }
    }

    private static void checkCompletions(Completions completions, Actor reader, Set<Long> readable,
                                         Set<String> readableText, String typed, Tally tally) {
        for (Completions.Title title : completions.titles()) {
            long key = DocumentKeys.QUESTION_KIND.equals(title.kind()) ? DocumentKeys.ofQuestion(title.id()) : title.id();
            tally.leakUnless(readable.contains(key),
                    () -> "autocomplete '" + typed + "' leaks item " + title.id() + " to " + reader);
        }
        for (String term : completions.terms()) {
            // A term may be a whole token such as "merkabc.pdf": each of its words must be readable.
            for (String word : UserQueryParser.words(term)) {
                tally.leakUnless(readableText.contains(word),
                        () -> "autocomplete '" + typed + "' leaks word " + term + " to " + reader);
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
        return new SearchResult(first.total(), 1, hits.size(), hits, first.facets(), first.suggestion(),
                first.missingWords(), first.allWords());
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

    /** A hit names an item or a question by its own id; the index (and this test) by its key. */
    private static long keyOf(SearchResult.Hit hit) {
        return DocumentKeys.QUESTION_KIND.equals(hit.kind()) ? DocumentKeys.ofQuestion(hit.id()) : hit.id();
    }

    /** A question as QuestionsForIndexing makes it: the question and its answers as one text, published. */
    private static SearchableItem question(Random random, long questionId, Long owner, Visibility visibility, long asker) {
        long key = DocumentKeys.ofQuestion(questionId);
        String marker = marker(key);
        StringBuilder text = new StringBuilder("Hoe regelen jullie ").append(WORDS[random.nextInt(WORDS.length)])
                .append("?\n\nAntwoord: wij doen het zo, zie ").append(marker);
        for (int w = 0; w < 6; w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return new SearchableItem(key, DocumentKeys.QUESTION_KIND, "Vraag " + marker, null, text.toString(), List.of(),
                List.of(Integer.toString(1 + random.nextInt(6))), List.of(), owner,
                owner == null ? null : MUNICIPALITIES[owner.intValue() - 1], owner == null ? null : SUBREGIONS[owner.intValue() % 2],
                visibility, ContentStatus.PUBLISHED, 2022 + random.nextInt(4),
                java.time.Instant.ofEpochSecond(1_700_000_000L + questionId), List.of(), asker);
    }

    private static SearchableItem item(Random random, long id, Long owner, Visibility visibility, ContentStatus status,
                                       long author) {
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
                visibility, status, 2022 + random.nextInt(4), java.time.Instant.ofEpochSecond(1_700_000_000L + id),
                attachments, author);
    }

    private static String marker(SearchableItem item) {
        return marker(item.id());
    }

    /** A word unique to one item or question (by its key; questions after the first 5,000): merk + three letters. */
    private static String marker(long key) {
        long n = DocumentKeys.isQuestion(key) ? 5_000 + DocumentKeys.idOf(key) : key;
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
