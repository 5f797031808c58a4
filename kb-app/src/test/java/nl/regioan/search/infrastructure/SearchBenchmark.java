package nl.regioan.search.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.access.domain.Role;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchableItem;

/**
 * Benchmark, not a test (surefire runs *Test only): generates N Dutch items from the seed's
 * vocabulary (a third with an attachment), rebuilds an index on disk, and prints the indexing
 * rate, search latency p50/p99 through the engine (parsing, trimming, facets, snippets, spelling)
 * and through a bare IndexSearcher on the same index and queries, the time until a saved item is
 * visible, and the heap after indexing. The engine alone, in one JVM without HTTP or MariaDB; the
 * figures through the REST API and the reindex from MariaDB come from {@link SearchApiBenchmark}.
 * Run from the worktree root (prints the figures; N defaults to 10000):
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -pl kb-app -am -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cd kb-app &amp;&amp; java -Xmx2g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *   nl.regioan.search.infrastructure.SearchBenchmark 10000
 * </pre>
 */
public final class SearchBenchmark {

    private static final String[] VOCABULARY = ("huisvesting internationale werknemers arbeidsmigranten gemeente "
            + "vergunning handhaving locatie participatie omwonenden bewoners klankbordgroep informatieavond "
            + "registratie RNI BRP nachtregister toeristenbelasting overlast melding kwaliteit SNF keurmerk "
            + "beleidskader woning kamer slaapkamer woonruimte huurcontract arbeidsovereenkomst uitzendbureau "
            + "werkgever short stay mid stay long stay subregio Arnhem Nijmegen Liemers Druten Wijchen Overbetuwe "
            + "Lingewaard Zevenaar Duiven Westervoort Renkum Rheden Rozendaal Berg Dal Heumen Mook Beuningen "
            + "monitoring nulmeting rapportage stuurgroep regisseur bouwsteen speerpunt expertisepunt "
            + "participatiehandreiking arbeidsmigrantenhuisvesting flexwonen beheerder toezicht controle "
            + "verordening APV RIEC LSI ondermijning uitbuiting zorg onderwijs taal communicatie").split(" ");
    private static final String[] QUERIES = {"huisvesting", "arbeidsmigranten", "internationale werknemers",
            "\"tijdelijke huisvesting\"", "vergunning handhaving", "participatie handreiking", "RNI", "overlast NOT Arnhem",
            "nachtregister", "huisvestnig", "kwaliteit SNF keurmerk", "titel:locatie", "bewoners OR omwonenden"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Files.createTempDirectory("search-bench");
        Generated source = new Generated(n);
        AccessPolicy policy = new AccessPolicy();
        try (LuceneSearchIndex index = new LuceneSearchIndex(root, source, policy)) {
            index.useSynonyms(TestIndex.seedSynonyms());
            index.open();
            long start = System.nanoTime();
            index.rebuild();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "N=%d indexed in %.1f s: %.0f items/s%n", n, seconds, n / seconds);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap used after indexing: %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));

            Actor reader = new Actor(1, "bench", 3L, Set.of(Role.READER));
            Set<String> grants = policy.grantsOf(reader);
            for (int i = 0; i < 200; i++) { // warm up
                index.search(SearchRequest.of(QUERIES[i % QUERIES.length]), grants);
            }
            List<Long> engine = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (String query : QUERIES) {
                    long t0 = System.nanoTime();
                    index.search(SearchRequest.of(query), grants);
                    engine.add(System.nanoTime() - t0);
                }
            }
            index.commit();
            Path generation = root.resolve(Files.readString(root.resolve("current")).strip());
            List<Long> bare = BareLucene.time(generation, QUERIES, 40, BareLucene::topTen);
            List<Long> bareSameWork = BareLucene.time(generation, QUERIES, 40, BareLucene::sameWork);
            print("engine (parse, trim, facets, snippets, spelling)", engine);
            print("bare IndexSearcher (same parsed query, top 10)", bare);
            print("bare IndexSearcher doing the same work (exact total, facet counts, highlighted body)", bareSameWork);
            System.out.printf(Locale.ROOT, "median engine/bare ratio: %.1f%n",
                    percentile(engine, 50) / Math.max(1.0, percentile(bare, 50)));
            System.out.printf(Locale.ROOT, "median engine/bare-same-work ratio: %.1f%n",
                    percentile(engine, 50) / Math.max(1.0, percentile(bareSameWork, 50)));

            // The generated item may be invisible to the reader above: wait as an editor, with a deadline.
            Set<String> editor = policy.grantsOf(new Actor(2, "bench-editor", null, Set.of(Role.EDITOR)));
            List<Long> visible = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long id = n + 1 + i;
                source.extra = item(new Random(id), id, "zichtbaarheidstest" + i);
                long t0 = System.nanoTime();
                index.apply(id);
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (index.search(SearchRequest.of("zichtbaarheidstest" + i), editor).total() == 0
                        && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                visible.add(System.nanoTime() - t0);
            }
            print("time until a saved item is visible", visible);
        } finally {
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p99 %.2f ms (%d runs)%n", what, percentile(nanos, 50) / 1e6,
                percentile(nanos, 99) / 1e6, nanos.size());
    }

    private static double percentile(List<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static SearchableItem item(Random random, long id, String extraWord) {
        StringBuilder body = new StringBuilder(extraWord == null ? "" : extraWord + " ");
        for (int w = 0; w < 120; w++) {
            body.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        String title = VOCABULARY[random.nextInt(VOCABULARY.length)] + " " + VOCABULARY[random.nextInt(VOCABULARY.length)];
        List<SearchableItem.Attachment> attachments = random.nextInt(3) == 0
                ? List.of(new SearchableItem.Attachment(id, "bijlage-" + id + ".pdf", body.toString().repeat(4)))
                : List.of();
        Long owner = random.nextInt(5) == 0 ? null : (long) (1 + random.nextInt(18));
        return new SearchableItem(id, List.of("best-practice", "policy", "form", "location", "nuisance-report")
                .get(random.nextInt(5)), title, null, body.toString(), List.of(), List.of(Integer.toString(1 + random.nextInt(6))),
                List.of(), owner, owner == null ? null : String.format("GM%04d", owner), owner == null ? null : "Arnhem",
                Visibility.values()[random.nextInt(3)], random.nextInt(10) == 0 ? ContentStatus.DRAFT : ContentStatus.PUBLISHED,
                2021 + random.nextInt(5), Instant.ofEpochSecond(id), attachments);
    }

    /** Items generated on demand, the same for the same id. */
    private static final class Generated implements ItemSource {
        private final int n;
        volatile SearchableItem extra;

        Generated(int n) {
            this.n = n;
        }

        @Override
        public Optional<SearchableItem> find(long id) {
            if (extra != null && extra.id() == id) {
                return Optional.of(extra);
            }
            return id >= 1 && id <= n ? Optional.of(item(new Random(id), id, null)) : Optional.empty();
        }

        @Override
        public List<SearchableItem> batch(long afterId, int size) {
            List<SearchableItem> batch = new ArrayList<>();
            for (long id = afterId + 1; id <= n && batch.size() < size; id++) {
                batch.add(item(new Random(id), id, null));
            }
            return batch;
        }
    }

    static String[] queries() {
        return Arrays.copyOf(QUERIES, QUERIES.length);
    }
}
