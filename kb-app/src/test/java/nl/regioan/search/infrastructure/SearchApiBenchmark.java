package nl.regioan.search.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.search.domain.SearchableItem;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (its name matches no test pattern, so only an explicit -Dit.test runs it;
 * it asserts no timing): the real WAR in Payara Micro on MariaDB. It bulk-inserts N Dutch items from
 * the seed's vocabulary (a third with attachment text) straight into MariaDB, has the administrator
 * rebuild the index from MariaDB (reindex time, indexing rate), reads the server's heap, measures
 * search latency p50/p99 through the REST API and through a bare Lucene IndexSearcher opened on the
 * server's index directory with the same queries (and the median ratio), both top 10 only and doing
 * the same work as the API answer (exact total, facets, snippets), the fixed cost of an authenticated
 * request that does not search, and the time until a save is visible to its author. Run from the worktree root, on its own database (it leaves N items there):
 * <pre>
 * KB_TEST_DB_SERVER=jdbc:mariadb://127.0.0.1:3306/ KB_TEST_DB_NAME=kb_bench_search mvn -B -o verify \
 *   -Dit.test=SearchApiBenchmark -Dbench.items=10000 -Dfailsafe.failIfNoSpecifiedTests=false \
 *   -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * (-Dbench.items=100000 for 100k.) The figures are in kb-app/target/failsafe-reports/*SearchApiBenchmark-output.txt.
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiBenchmark {

    private static final String[] KINDS = {"BEST_PRACTICE", "POLICY_DOCUMENT", "STANDARD_FORM", "HOUSING_LOCATION",
            "NUISANCE_REPORT"};
    private static final int ROUNDS = 30;

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("bench.items", 10_000);
        Api admin = Api.as(base, TestAccounts.create("bench-admin-" + suffix(), null, "admin"));
        waitUntilReady(admin, 0, System.nanoTime());

        long t0 = System.nanoTime();
        insert(n);
        print("bulk insert into MariaDB of %d items: %.1f s", n, seconds(t0));

        long rebuildStart = System.nanoTime();
        Api.Reply started = admin.post("api/v1/admin/search/rebuild", "{}");
        if (started.status() >= 300) {
            throw new IllegalStateException("rebuild refused: " + started);
        }
        long documents = waitUntilReady(admin, n, rebuildStart);
        double reindex = seconds(rebuildStart);
        print("reindex from MariaDB (admin rebuild) of %d documents: %.1f s, %.0f items/s", documents, reindex,
                documents / reindex);
        print("server heap used after indexing (no GC forced): %s", usedHeap());

        Api reader = Api.as(base, TestAccounts.create("bench-reader-" + suffix(), "GM0268", "reader"));
        String[] queries = SearchBenchmark.queries();
        for (int i = 0; i < 100; i++) {
            reader.get("api/v1/kb/search?q=" + encode(queries[i % queries.length]));
        }
        List<Long> api = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                Api.Reply reply = reader.get("api/v1/kb/search?q=" + encode(query));
                api.add(System.nanoTime() - start);
                if (reply.status() != 200) {
                    throw new IllegalStateException(query + ": " + reply);
                }
            }
        }
        // The same HTTP round trip with the same login, answered without searching: the fixed cost of a request.
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < ROUNDS * queries.length; i++) {
            long start = System.nanoTime();
            reader.get("api/v1/kb/suggest?q=");
            floor.add(System.nanoTime() - start);
        }
        Path index = Path.of(System.getProperty("kb.test.work"), "data", "index");
        Path generation = index.resolve(Files.readString(index.resolve("current")).strip());
        List<Long> bare = BareLucene.time(generation, queries, ROUNDS, BareLucene::topTen);
        List<Long> bareSameWork = BareLucene.time(generation, queries, ROUNDS, BareLucene::sameWork);
        report("authenticated REST request that does not search (kb/suggest with no text)", floor);
        report("REST API search (HTTP, JSON, parse, trim, facets, snippets, spelling)", api);
        report("bare IndexSearcher on the server's index (same parsed query, top 10)", bare);
        report("bare IndexSearcher doing the same work (exact total, facet counts, highlighted body)", bareSameWork);
        print("median API/bare ratio: %.1f", percentile(api, 50) / Math.max(1.0, percentile(bare, 50)));
        print("median API/bare-same-work ratio: %.1f", percentile(api, 50) / Math.max(1.0, percentile(bareSameWork, 50)));

        Api author = Api.as(base, TestAccounts.create("bench-author-" + suffix(), "GM0268", "contributor"));
        List<Long> visible = new ArrayList<>();
        for (int i = -5; i < 20; i++) { // the first five saves warm up the save path and are not counted
            String word = "zichtbaar" + suffix();
            long start = System.nanoTime();
            Api.Reply created = author.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", "BEST_PRACTICE")
                    .add("title", "Meting " + word).add("summary", "Over " + word).add("visibility", "REGION")
                    .add("themes", Json.createArrayBuilder().add("1")).build().toString());
            if (created.status() != 201) {
                throw new IllegalStateException(created.toString());
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (author.get("api/v1/kb/search?q=" + word).object().getJsonNumber("total").longValue() == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (i >= 0) {
                visible.add(System.nanoTime() - start);
            }
        }
        report("save (POST) until visible to its author in search", visible);
    }

    /** Items as SearchBenchmark generates them, written with JDBC batches in one transaction per 1000. */
    private static void insert(int n) throws Exception {
        try (Connection db = TestAccounts.connect()) {
            db.setAutoCommit(false);
            long owner = firstLong(db, "SELECT MIN(id) FROM account");
            List<Long> municipalities = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("SELECT id FROM municipality ORDER BY id")) {
                while (rows.next()) {
                    municipalities.add(rows.getLong(1));
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement item = db.prepareStatement("""
                    INSERT INTO kb_item (kind, title, summary, body, owning_municipality_id, visibility, status,
                        owner_account_id, created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement theme = db.prepareStatement("INSERT INTO kb_item_theme (item_id, theme_code) VALUES (?, ?)");
                 PreparedStatement attachment = db.prepareStatement("""
                    INSERT INTO kb_attachment (item_id, file_name, media_type, size_bytes, sha256, storage_key,
                        extracted_text, uploaded_at, uploaded_by) VALUES (?, ?, 'application/pdf', ?, ?, ?, ?, ?, 'bench')""")) {
                for (int from = 1; from <= n; from += 1000) {
                    List<SearchableItem> batch = new ArrayList<>();
                    for (int id = from; id < from + 1000 && id <= n; id++) {
                        SearchableItem generated = SearchBenchmark.item(new Random(id), id, null);
                        batch.add(generated);
                        item.setString(1, KINDS[id % KINDS.length]);
                        item.setString(2, generated.title());
                        item.setString(3, "Samenvatting " + generated.title());
                        item.setString(4, generated.body());
                        Long municipality = generated.owningMunicipalityId() == null || municipalities.isEmpty() ? null
                                : municipalities.get((int) (generated.owningMunicipalityId() % municipalities.size()));
                        item.setObject(5, municipality);
                        item.setString(6, municipality == null ? "REGION" : generated.visibility().name());
                        item.setString(7, generated.status().name());
                        item.setLong(8, owner);
                        item.setTimestamp(9, now);
                        item.setTimestamp(10, now);
                        item.addBatch();
                    }
                    item.executeBatch();
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet keys = item.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                    for (int i = 0; i < ids.size() && i < batch.size(); i++) {
                        theme.setLong(1, ids.get(i));
                        theme.setString(2, batch.get(i).themes().get(0));
                        theme.addBatch();
                        for (SearchableItem.Attachment a : batch.get(i).attachments()) {
                            attachment.setLong(1, ids.get(i));
                            attachment.setString(2, a.fileName());
                            attachment.setLong(3, a.text().length());
                            attachment.setString(4, "0".repeat(64));
                            attachment.setString(5, "bench-" + UUID.randomUUID());
                            attachment.setString(6, a.text());
                            attachment.setTimestamp(7, now);
                            attachment.addBatch();
                        }
                    }
                    theme.executeBatch();
                    attachment.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private static long firstLong(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits until no rebuild runs and the index holds at least the given number of documents. */
    private static long waitUntilReady(Api admin, long atLeast, long since) throws Exception {
        while (true) {
            JsonObject status = admin.get("api/v1/admin/search/status").object();
            long documents = status.getJsonNumber("documents").longValue();
            if ("READY".equals(status.getString("state", "")) && !status.getBoolean("rebuilding") && documents >= atLeast) {
                return documents;
            }
            if (seconds(since) > 1800) {
                throw new IllegalStateException("the index did not get ready: " + status);
            }
            Thread.sleep(200);
        }
    }

    private String usedHeap() {
        try {
            URI metrics = base.toURI().resolve("/metrics?scope=base");
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher used = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(\\{[^}]*\\})? ([0-9.eE+]+)").matcher(reply.body());
            return used.find() ? String.format(Locale.ROOT, "%.0f MB", Double.parseDouble(used.group(2)) / (1 << 20))
                    : "not reported (status " + reply.statusCode() + ")";
        } catch (Exception e) {
            return "not reported (" + e + ")";
        }
    }

    private static void report(String what, List<Long> nanos) {
        print("%s: p50 %.2f ms, p99 %.2f ms (%d runs)", what, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6,
                nanos.size());
    }

    private static double percentile(List<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void print(String format, Object... values) {
        System.out.println("BENCH " + String.format(Locale.ROOT, format, values));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
    }
}
