package nl.regioan.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.OdtFixture;
import nl.regioan.testsupport.PdfFixture;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import nl.regioan.testsupport.ZipBombs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge-base API against the real WAR and MariaDB: items, access (other municipality's
 * draft is 404), ETag/If-Match conflicts, versions, diff, restore, import all-or-nothing,
 * attachments with content checks, themes, preview, and the participation filters.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api arnhem;      // contributor of Arnhem (GM0202)
    private Api nijmegen;    // contributor of Nijmegen (GM0268)
    private Api nijmegenReader;
    private Api editor;      // regional editor
    private Api steward;     // data steward of Arnhem: reads, never writes
    private Api colleague;   // another contributor of Arnhem: a writer of Arnhem's items, not their author

    @BeforeEach
    void logIn() {
        arnhem = Api.as(base, TestAccounts.create("kb-contrib-arnhem", "GM0202", "contributor"));
        nijmegen = Api.as(base, TestAccounts.create("kb-contrib-nijmegen", "GM0268", "contributor"));
        nijmegenReader = Api.as(base, TestAccounts.create("kb-reader-nijmegen", "GM0268", "reader"));
        editor = Api.as(base, TestAccounts.create("kb-editor", null, "editor"));
        steward = Api.as(base, TestAccounts.create("kb-steward-arnhem", "GM0202", "data-steward"));
        colleague = Api.as(base, TestAccounts.create("kb-contrib-arnhem-2", "GM0202", "contributor"));
    }

    private static JsonObjectBuilder item(String title) {
        return Json.createObjectBuilder().add("kind", "BEST_PRACTICE").add("title", title)
                .add("summary", "Korte samenvatting").add("body", "# Kop\n\nEerste regel.\nTweede regel.")
                .add("visibility", "REGION").add("themes", Json.createArrayBuilder().add("1"))
                .add("blocks", Json.createArrayBuilder().add("1.1")).add("tags", Json.createArrayBuilder().add("snf"));
    }

    private JsonObject create(Api api, JsonObjectBuilder body) {
        Api.Reply reply = api.post("api/v1/kb/items", body.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    private static String etag(Api.Reply reply) {
        return reply.response().headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void anonymousIs401AndWrongRoleIs403() {
        assertEquals(401, new Api(base).get("api/v1/kb/items").status());
        assertEquals(401, new Api(base).get("api/v1/kb/themes").status());
        Api.Reply reply = steward.post("api/v1/kb/items", item("Niet toegestaan").build().toString());
        assertEquals(403, reply.status(), reply::toString);
        assertEquals(403, nijmegenReader.post("api/v1/kb/import", "[]").status());
    }

    @Test
    void themesAndBuildingBlocksAreReferenceData() {
        Api.Reply reply = steward.get("api/v1/kb/themes");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(6, reply.array().size());
        int blocks = reply.array().getValuesAs(JsonObject.class).stream().mapToInt(t -> t.getJsonArray("blocks").size()).sum();
        assertEquals(13, blocks);
    }

    @Test
    void aDraftIsHiddenFromAnotherMunicipalityUntilPublished() {
        JsonObject draft = create(arnhem, item("Concept Arnhem " + UUID.randomUUID()));
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("GM0202", draft.getString("municipality"));
        assertEquals(404, nijmegenReader.get("api/v1/kb/items/" + id).status());
        assertEquals(404, nijmegen.get("api/v1/kb/items/" + id + "/versions").status());
        assertFalse(nijmegenReader.get("api/v1/kb/items?size=100").body().contains("\"id\":" + id + ","));
        assertEquals(200, colleague.get("api/v1/kb/items/" + id).status(), "the municipality's writers see its draft");
        assertEquals(404, steward.get("api/v1/kb/items/" + id).status(), "a draft is not for the municipality's readers");
        assertEquals(200, editor.get("api/v1/kb/items/" + id).status(), "editors see every draft");
        // another municipality's contributor can neither publish nor edit it
        assertEquals(404, nijmegen.post("api/v1/kb/items/" + id + "/publish", null).status());

        Api.Reply published = arnhem.post("api/v1/kb/items/" + id + "/publish", null);
        assertEquals(200, published.status(), published::toString);
        assertEquals("PUBLISHED", published.object().getString("status"));
        assertEquals(200, nijmegenReader.get("api/v1/kb/items/" + id).status());
        // published items are still only changed by their own municipality (or an editor)
        Api.Reply refused = nijmegen.put("api/v1/kb/items/" + id, item("Overgenomen").build().toString(), "\"0\"");
        assertEquals(403, refused.status(), refused::toString);
        // a contributor may not write for another municipality
        Api.Reply foreign = arnhem.post("api/v1/kb/items", item("Voor Nijmegen").add("municipality", "GM0268").build().toString());
        assertEquals(403, foreign.status(), foreign::toString);
        // retire, then publishing twice is a clear 400
        assertEquals("RETIRED", arnhem.post("api/v1/kb/items/" + id + "/retire", null).object().getString("status"));
        Api.Reply again = arnhem.post("api/v1/kb/items/" + id + "/retire", null);
        assertEquals(400, again.status(), again::toString);
        assertEquals("status", again.firstErrorField());
    }

    @Test
    void listsAndTheirCountsNeverIncludeAnotherMunicipalitysDraftOrRetiredItem() {
        long draft = create(arnhem, item("Lijst concept " + UUID.randomUUID())).getJsonNumber("id").longValue();
        long retired = create(arnhem, item("Lijst ingetrokken " + UUID.randomUUID())).getJsonNumber("id").longValue();
        arnhem.post("api/v1/kb/items/" + retired + "/publish", null);
        assertEquals(200, arnhem.post("api/v1/kb/items/" + retired + "/retire", null).status());
        for (Api other : List.of(nijmegen, nijmegenReader)) {
            for (String status : List.of("DRAFT", "RETIRED")) {
                Api.Reply list = other.get("api/v1/kb/items?municipality=GM0202&status=" + status + "&size=100");
                assertEquals(200, list.status(), list::toString);
                assertEquals(0, list.object().getInt("total"), list::toString);
                assertTrue(list.object().getJsonArray("items").isEmpty(), list::toString);
            }
            Api.Reply all = other.get("api/v1/kb/items?size=100");
            assertFalse(all.body().contains("\"id\":" + draft + ","));
            assertFalse(all.body().contains("\"id\":" + retired + ","));
        }
        // the owner's writers and editors do see them, counted by the database across pages
        Api.Reply first = arnhem.get("api/v1/kb/items?municipality=GM0202&status=DRAFT&size=1&page=0");
        int total = first.object().getInt("total");
        assertTrue(total >= 1, first::toString);
        assertEquals(1, first.object().getJsonArray("items").size());
        Api.Reply beyond = arnhem.get("api/v1/kb/items?municipality=GM0202&status=DRAFT&size=1&page=" + total);
        assertEquals(total, beyond.object().getInt("total"), "the count does not depend on the page");
        assertTrue(beyond.object().getJsonArray("items").isEmpty());
        assertTrue(colleague.get("api/v1/kb/items?municipality=GM0202&status=RETIRED&size=100").body()
                .contains("\"id\":" + retired + ","));
        assertFalse(steward.get("api/v1/kb/items?municipality=GM0202&status=RETIRED&size=100").body()
                .contains("\"id\":" + retired + ","), "retired items are back with their writers");
        assertTrue(editor.get("api/v1/kb/items?municipality=GM0202&status=DRAFT&size=1").object().getInt("total") >= total);
    }

    @Test
    void eachItemSaysWhatItsReaderMayDoWithIt() {
        long id = create(arnhem, item("Acties " + UUID.randomUUID())).getJsonNumber("id").longValue();
        assertEquals(List.of("edit", "publish", "retire"), actions(arnhem.get("api/v1/kb/items/" + id)), "the own draft");
        assertEquals(List.of("edit", "publish", "retire"), actions(editor.get("api/v1/kb/items/" + id)));
        assertEquals(200, arnhem.post("api/v1/kb/items/" + id + "/publish", null).status());
        assertEquals(List.of("edit", "retire"), actions(arnhem.get("api/v1/kb/items/" + id)), "published: no publish");
        assertEquals(List.of(), actions(nijmegen.get("api/v1/kb/items/" + id)), "another municipality's writer only reads");
        assertEquals(List.of(), actions(nijmegenReader.get("api/v1/kb/items/" + id)));
        assertEquals(List.of(), actions(steward.get("api/v1/kb/items/" + id)));
    }

    private static List<String> actions(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aConflictingUpdateIsRefusedWithTheCurrentVersion() {
        JsonObject created = create(arnhem, item("Versies " + UUID.randomUUID()));
        long id = created.getJsonNumber("id").longValue();
        Api.Reply read = arnhem.get("api/v1/kb/items/" + id);
        String etag = etag(read);

        Api.Reply missing = arnhem.put("api/v1/kb/items/" + id, item("Zonder If-Match").build().toString(), null);
        assertEquals(428, missing.status(), missing::toString);

        Api.Reply first = arnhem.put("api/v1/kb/items/" + id,
                item("Versies bijgewerkt").add("body", "# Kop\n\nEerste regel.\nNieuwe regel.").build().toString(), etag);
        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.object().getInt("revision"));
        assertFalse(etag.equals(etag(first)));

        Api.Reply second = editor.put("api/v1/kb/items/" + id, item("Tegelijk bewerkt").build().toString(), etag);
        assertEquals(412, second.status(), second::toString);
        assertTrue(second.object().getString("detail").contains("Someone else saved"), second::toString);
        assertEquals("Versies bijgewerkt", second.object().getJsonObject("current").getString("title"));

        // history, one version, the diff and a restore (as a new version)
        Api.Reply versions = arnhem.get("api/v1/kb/items/" + id + "/versions");
        assertEquals(2, versions.array().size(), versions::toString);
        Api.Reply v1 = arnhem.get("api/v1/kb/items/" + id + "/versions/1");
        assertEquals(200, v1.status(), v1::toString);
        assertTrue(v1.object().getJsonObject("content").getString("title").startsWith("Versies "));
        Api.Reply diff = arnhem.get("api/v1/kb/items/" + id + "/diff?from=1&to=2");
        assertEquals(200, diff.status(), diff::toString);
        assertTrue(diff.body().contains("{\"change\":\"REMOVED\",\"text\":\"Tweede regel.\"}"), diff::toString);
        assertTrue(diff.body().contains("{\"change\":\"ADDED\",\"text\":\"Nieuwe regel.\"}"), diff::toString);
        assertTrue(diff.body().contains("\"text\":\"municipality: GM0202\""), "the municipality by its CBS code: " + diff);
        Api.Reply noFrom = arnhem.get("api/v1/kb/items/" + id + "/diff?to=2");
        assertEquals(400, noFrom.status());
        assertEquals("from", noFrom.firstErrorField());
        assertEquals(404, arnhem.get("api/v1/kb/items/" + id + "/versions/99").status());

        Api.Reply restored = arnhem.post("api/v1/kb/items/" + id + "/restore/1", null);
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(3, restored.object().getInt("revision"));
        assertTrue(restored.object().getString("body").contains("Tweede regel."));
        assertEquals(3, arnhem.get("api/v1/kb/items/" + id + "/versions").array().size());
    }

    @Test
    void twoSavesWithTheSameIfMatchAtTheSameMomentLetExactlyOneWin() throws Exception {
        long id = create(arnhem, item("Wedloop " + UUID.randomUUID())).getJsonNumber("id").longValue();
        int rounds = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= rounds; round++) {
                String etag = etag(arnhem.get("api/v1/kb/items/" + id));
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                String mine = "Arnhem ronde " + round;
                String theirs = "Redactie ronde " + round;
                var a = pool.submit(() -> {
                    start.await();
                    return arnhem.put("api/v1/kb/items/" + id, item(mine).add("municipality", "GM0202").build().toString(), etag);
                });
                var b = pool.submit(() -> {
                    start.await();
                    return editor.put("api/v1/kb/items/" + id, item(theirs).add("municipality", "GM0202").build().toString(), etag);
                });
                Api.Reply first = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
                Api.Reply second = b.get(60, java.util.concurrent.TimeUnit.SECONDS);
                List<Integer> statuses = java.util.stream.Stream.of(first.status(), second.status()).sorted().toList();
                assertEquals(List.of(200, 412), statuses, () -> mine + ": " + first + " / " + second);
                Api.Reply winner = first.status() == 200 ? first : second;
                Api.Reply loser = first.status() == 200 ? second : first;
                String saved = winner.object().getString("title");
                // the loser sees what was saved instead of its own text, with the ETag to save again
                assertEquals(saved, loser.object().getJsonObject("current").getString("title"), loser::toString);
                assertEquals(etag(winner), etag(loser));
                assertEquals(saved, arnhem.get("api/v1/kb/items/" + id).object().getString("title"));
            }
        } finally {
            pool.shutdownNow();
        }
        // nothing lost and nothing doubled: one version per round, numbered without gaps
        Api.Reply versions = arnhem.get("api/v1/kb/items/" + id + "/versions");
        assertEquals(1 + rounds, versions.array().size(), versions::toString);
        assertEquals(1 + rounds, arnhem.get("api/v1/kb/items/" + id).object().getInt("revision"));
    }

    @Test
    void anEditorsSaveWithoutMunicipalityKeepsTheItemWhereItBelongs() {
        long id = create(arnhem, item("Eigenaar blijft " + UUID.randomUUID())).getJsonNumber("id").longValue();
        Api.Reply read = editor.get("api/v1/kb/items/" + id);
        Api.Reply saved = editor.put("api/v1/kb/items/" + id, item("Eigenaar blijft, bijgewerkt").build().toString(), etag(read));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("GM0202", saved.object().getString("municipality"), saved::toString);
        assertEquals(200, arnhem.get("api/v1/kb/items/" + id).status(), "Arnhem still sees its draft");
    }

    @Test
    void badInputIsA400NamingTheField() {
        Api.Reply longTitle = arnhem.post("api/v1/kb/items", item("x".repeat(10_240)).build().toString());
        assertEquals(400, longTitle.status(), longTitle::toString);
        assertEquals("title", longTitle.firstErrorField());
        Api.Reply theme = arnhem.post("api/v1/kb/items",
                item("Onbekend thema").add("themes", Json.createArrayBuilder().add("9")).build().toString());
        assertEquals(400, theme.status());
        assertEquals("themes", theme.firstErrorField());
        Api.Reply block = arnhem.post("api/v1/kb/items",
                item("Onbekende bouwsteen").add("blocks", Json.createArrayBuilder().add("7.7")).build().toString());
        assertEquals("blocks", block.firstErrorField());
        Api.Reply script = arnhem.post("api/v1/kb/items",
                item("Script").add("body", "Hallo <script>alert(1)</script>").build().toString());
        assertEquals(400, script.status());
        assertEquals("body", script.firstErrorField());
        Api.Reply link = arnhem.post("api/v1/kb/items",
                item("Link").add("body", "[klik](javascript:alert(1))").build().toString());
        assertEquals("body", link.firstErrorField());
        Api.Reply kind = arnhem.post("api/v1/kb/items", item("Soort").add("kind", "GOSSIP").build().toString());
        assertEquals("kind", kind.firstErrorField());
        Api.Reply page = arnhem.get("api/v1/kb/items?size=101");
        assertEquals(400, page.status());
        assertEquals("size", page.firstErrorField());
    }

    @Test
    void renderedBodiesNeverCarryScript() {
        JsonObject created = create(arnhem, item("Veilig " + UUID.randomUUID())
                .add("body", "Tekst <img src=x onerror=alert(1)> en <a href=\"http://x\" onclick=\"y()\">link</a>"));
        String html = created.getString("bodyHtml");
        // raw HTML arrives as visible text, never as elements or attributes
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parseBodyFragment(html);
        assertTrue(parsed.select("img, script").isEmpty(), html);
        assertTrue(parsed.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on")), html);
        Api.Reply preview = arnhem.post("api/v1/kb/preview", "{\"markdown\":\"**vet** [a](http://example.org)\"}");
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.object().getString("html").contains("<strong>vet</strong>"), preview::toString);
    }

    @Test
    void anImportWithOneBadItemSavesNone() throws SQLException {
        String marker = "Import " + UUID.randomUUID();
        JsonArrayBuilder bad = Json.createArrayBuilder().add(item(marker + " 1")).add(item(marker + " 2"))
                .add(item(marker + " 3").add("themes", Json.createArrayBuilder().add("42")));
        Api.Reply reply = editor.post("api/v1/kb/import", bad.build().toString());
        assertEquals(400, reply.status(), reply::toString);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals(2, error.getInt("index"));
        assertEquals("themes", error.getString("field"));
        assertEquals(0, countTitlesLike(marker));

        JsonArrayBuilder good = Json.createArrayBuilder().add(item(marker + " 1")).add(item(marker + " 2"));
        Api.Reply ok = editor.post("api/v1/kb/import", good.build().toString());
        assertEquals(201, ok.status(), ok::toString);
        assertEquals(2, ok.object().getInt("count"));
        assertEquals(2, countTitlesLike(marker));
    }

    @Test
    void aMigrationScriptImportsManyItemsWithAnApiTokenAllOrNothing() throws SQLException {
        Api.Reply created = editor.post("api/v1/auth/tokens", "{\"name\": \"Migratie oude wiki\", \"validDays\": 7}");
        assertEquals(201, created.status(), created::toString);
        Api script = Api.withToken(base, created.object().getString("secret"));
        String marker = "Migratie " + UUID.randomUUID();
        JsonArrayBuilder bad = Json.createArrayBuilder();
        for (int i = 0; i < 40; i++) {
            JsonObjectBuilder one = item(marker + " " + i).add("municipality", i % 2 == 0 ? "GM0202" : "GM0268");
            bad.add(i == 25 ? one.add("blocks", Json.createArrayBuilder().add("9.9")) : one);
        }
        Api.Reply refused = script.post("api/v1/kb/import", bad.build().toString());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(1, refused.object().getJsonArray("errors").size(), refused::toString);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertEquals(25, error.getInt("index"));
        assertEquals("blocks", error.getString("field"));
        assertEquals(0, countTitlesLike(marker), "one bad item among 40: none is saved");

        JsonArrayBuilder good = Json.createArrayBuilder();
        for (int i = 0; i < 40; i++) {
            good.add(item(marker + " " + i).add("municipality", i % 2 == 0 ? "GM0202" : "GM0268"));
        }
        Api.Reply imported = script.post("api/v1/kb/import", good.build().toString());
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(40, imported.object().getInt("count"));
        assertEquals(40, countTitlesLike(marker));

        // a token acts with its owner's roles only: a reader's token may not import
        Api.Reply readerToken = nijmegenReader.post("api/v1/auth/tokens", "{\"name\": \"lezen\", \"validDays\": 1}");
        assertEquals(201, readerToken.status(), readerToken::toString);
        Api reader = Api.withToken(base, readerToken.object().getString("secret"));
        assertEquals(403, reader.post("api/v1/kb/import", good.build().toString()).status());
        assertEquals(401, Api.withToken(base, "not-a-token").post("api/v1/kb/import", "[]").status());
    }

    @Test
    void participationCasesAreFilteredOnTheirFields() {
        String location = "Locatie " + UUID.randomUUID();
        JsonObject pc = create(arnhem, item("Participatie " + location).add("kind", "PARTICIPATION_CASE")
                .add("participation", Json.createObjectBuilder().add("location", location).add("beds", 80)
                        .add("housingKind", "CONVERTED_BUILDING").add("phase", "IN_USE")
                        .add("methods", Json.createArrayBuilder().add("OPEN_DAY").add("NEWSLETTER"))
                        .add("participants", Json.createArrayBuilder().add("RESIDENTS"))
                        .add("outcome", "REALISED").add("whatWorked", "Ken je buren").add("contactPerson", "J. Jansen")));
        long id = pc.getJsonNumber("id").longValue();
        assertEquals(80, pc.getJsonObject("participation").getInt("beds"));
        arnhem.post("api/v1/kb/items/" + id + "/publish", null);
        String hit = "\"id\":" + id + ",";
        assertTrue(nijmegenReader.get("api/v1/kb/items?kind=PARTICIPATION_CASE&method=OPEN_DAY&outcome=REALISED&size=100")
                .body().contains(hit));
        assertFalse(nijmegenReader.get("api/v1/kb/items?method=COUNCIL_VISIT&size=100").body().contains(hit));
        assertFalse(nijmegenReader.get("api/v1/kb/items?outcome=WITHDRAWN&size=100").body().contains(hit));
        assertTrue(nijmegenReader.get("api/v1/kb/items?municipality=GM0202&theme=1&size=100").body().contains(hit));
        Api.Reply badFilter = nijmegenReader.get("api/v1/kb/items?outcome=MAYBE");
        assertEquals(400, badFilter.status());
        assertEquals("outcome", badFilter.firstErrorField());
    }

    @Test
    void staleItemsAreListedForTheirOwner() {
        JsonObject stale = create(arnhem, item("Verouderd " + UUID.randomUUID()).add("reviewBy", "2020-01-01"));
        assertTrue(stale.getBoolean("stale"));
        Api.Reply mine = arnhem.get("api/v1/kb/items?owner=me&stale=true&size=100");
        assertEquals(200, mine.status(), mine::toString);
        assertTrue(mine.body().contains("\"id\":" + stale.getJsonNumber("id").longValue() + ","), mine::toString);
        assertFalse(editor.get("api/v1/kb/items?owner=me&stale=true&size=100").body()
                .contains("\"id\":" + stale.getJsonNumber("id").longValue() + ","));
    }

    @Test
    void attachmentsAreCheckedByContentAndServedAfterTheAccessCheck() throws Exception {
        JsonObject created = create(arnhem, item("Bijlagen " + UUID.randomUUID()));
        long id = created.getJsonNumber("id").longValue();
        String path = "api/v1/kb/items/" + id + "/attachments";

        Api.Reply pdf = arnhem.upload(path, "beleid.pdf", PdfFixture.withText("Huisvestingsbeleid arbeidsmigranten"));
        assertEquals(201, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.object().getString("mediaType"));
        long attachmentId = pdf.object().getJsonNumber("id").longValue();
        assertTrue(storedText(attachmentId).contains("Huisvestingsbeleid"), "Tika extracted the text");

        Api.Reply text = arnhem.upload(path, "notities.txt", "Regels voor het nachtregister".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, text.status(), text::toString);

        int before = attachmentCount(id);
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        Api.Reply renamed = arnhem.upload(path, "factuur.pdf", exe);
        assertEquals(400, renamed.status(), renamed::toString);
        assertEquals("file", renamed.firstErrorField());
        Api.Reply corrupt = arnhem.upload(path, "kapot.pdf", "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, corrupt.status(), corrupt::toString);
        assertTrue(corrupt.body().contains("damaged"), corrupt::toString);
        Api.Reply mislabelled = arnhem.upload(path, "tekst.pdf", "gewone tekst".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, mislabelled.status(), mislabelled::toString);
        Api.Reply bomb = arnhem.upload(path, "bom.docx", ZipBombs.thousandfoldDocx());
        assertEquals(400, bomb.status(), bomb::toString);
        assertTrue(bomb.body().contains("zip bomb"), bomb::toString);
        assertEquals(before, attachmentCount(id), "rejected uploads leave no row");
        Api.Reply notMultipart = arnhem.post(path, "{}");
        assertEquals(415, notMultipart.status(), notMultipart::toString);
        assertEquals(403, steward.upload(path, "a.txt", "x".getBytes(StandardCharsets.UTF_8)).status());

        Api.Reply download = arnhem.get("api/v1/kb/attachments/" + attachmentId);
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.response().headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        // the item is a draft of Arnhem: Nijmegen does not get its attachment
        assertEquals(404, nijmegenReader.get("api/v1/kb/attachments/" + attachmentId).status());
        assertEquals(2, arnhem.get("api/v1/kb/items/" + id).object().getJsonArray("attachments").size());
    }

    @Test
    void anOdtIsRecognisedFromItsContentAndItsTextIsKeptForSearch() throws Exception {
        long id = create(arnhem, item("ODT " + UUID.randomUUID())).getJsonNumber("id").longValue();
        String path = "api/v1/kb/items/" + id + "/attachments";
        Api.Reply odt = arnhem.upload(path, "verslag.odt",
                OdtFixture.withText("Klankbordgroep Doesburg", "Bewoners kozen zelf de huisregels."));
        assertEquals(201, odt.status(), odt::toString);
        assertEquals("application/vnd.oasis.opendocument.text", odt.object().getString("mediaType"));
        String text = storedText(odt.object().getJsonNumber("id").longValue());
        assertTrue(text.contains("Klankbordgroep Doesburg") && text.contains("kozen zelf de huisregels"), text);

        int before = attachmentCount(id);
        Api.Reply renamed = arnhem.upload(path, "verslag.pdf", OdtFixture.withText("Kop", "Tekst"));
        assertEquals(400, renamed.status(), renamed::toString);
        assertEquals("file", renamed.firstErrorField());
        Api.Reply bomb = arnhem.upload(path, "bom.odt", OdtFixture.zipBomb());
        assertEquals(400, bomb.status(), bomb::toString);
        assertTrue(bomb.body().contains("zip bomb"), bomb::toString);
        assertEquals(before, attachmentCount(id), "rejected uploads leave no row");
    }

    @Test
    void docxAndXlsxAreAcceptedWithTheirText() throws Exception {
        long id = create(arnhem, item("Office " + UUID.randomUUID())).getJsonNumber("id").longValue();
        String path = "api/v1/kb/items/" + id + "/attachments";
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("Convenant logiesverstrekkers Gelderland-Zuid");
            document.write(docx);
        }
        Api.Reply word = arnhem.upload(path, "convenant.docx", docx.toByteArray());
        assertEquals(201, word.status(), word::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.object().getString("mediaType"));
        assertTrue(storedText(word.object().getJsonNumber("id").longValue()).contains("logiesverstrekkers"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.createSheet("Capaciteit").createRow(0).createCell(0).setCellValue("Bedden per locatie Tiel");
            workbook.write(xlsx);
        }
        Api.Reply sheet = arnhem.upload(path, "capaciteit.xlsx", xlsx.toByteArray());
        assertEquals(201, sheet.status(), sheet::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.object().getString("mediaType"));
        assertTrue(storedText(sheet.object().getJsonNumber("id").longValue()).contains("Bedden per locatie Tiel"));
    }

    @Test
    void anOversizedUploadIsRefusedWhileItArrivesAndNothingIsStored() throws Exception {
        long limit = Long.getLong("kb.test.attachments.max-bytes");
        assertEquals(1_048_576, limit, "the IT deployment runs with a 1 MB limit (kb-app/pom.xml, arquillian.xml)");
        long id = create(arnhem, item("Te groot " + UUID.randomUUID())).getJsonNumber("id").longValue();
        String path = "api/v1/kb/items/" + id + "/attachments";
        long filesBefore = storedFiles();

        byte[] justOver = "x".repeat((int) limit + 1).getBytes(StandardCharsets.US_ASCII);
        Api.Reply counted = arnhem.upload(path, "groot.txt", justOver);
        assertTooLarge(counted);

        byte[] farOver = new byte[(int) limit + 200 * 1024];
        java.util.Arrays.fill(farOver, (byte) 'y');
        assertTooLarge(arnhem.upload(path, "groter.txt", farOver)); // refused on its Content-Length

        Api.Reply chunked = arnhem.uploadChunked(path, "zonder-lengte.txt", farOver);
        assertTooLarge(chunked); // no Content-Length: cut off while counting

        byte[] exactly = "z".repeat((int) limit).getBytes(StandardCharsets.US_ASCII);
        assertEquals(201, arnhem.upload(path, "precies.txt", exactly).status(), "the limit itself is allowed");
        assertEquals(1, attachmentCount(id), "only the file within the limit is stored");
        assertEquals(filesBefore + 1, storedFiles(), "no partial or temporary file is left behind");
        assertEquals(403, steward.upload(path, "groot.txt", justOver).status(), "the role check comes first");
    }

    private static void assertTooLarge(Api.Reply reply) {
        assertEquals(413, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("file", reply.firstErrorField());
        assertTrue(reply.body().contains("1 MB"), reply::toString);
    }

    /** Files under the IT deployment's attachment directory, temporary uploads included. */
    private static long storedFiles() throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("kb.test.work"), "data", "attachments");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    @Test
    void watchersSeeWhatChangedSinceTheirLastVisit() {
        Api.Reply follow = nijmegenReader.post("api/v1/kb/watches", "{\"type\":\"THEME\",\"target\":\"5\"}");
        assertEquals(201, follow.status(), follow::toString);
        nijmegenReader.post("api/v1/kb/watches/seen", null);
        String title = "Handhaving " + UUID.randomUUID();
        JsonObject created = create(arnhem, item(title).add("themes", Json.createArrayBuilder().add("5")));
        long id = created.getJsonNumber("id").longValue();
        assertFalse(nijmegenReader.get("api/v1/kb/watches").body().contains(title), "a draft elsewhere is not news");
        arnhem.post("api/v1/kb/items/" + id + "/publish", null);
        Api.Reply changes = nijmegenReader.get("api/v1/kb/watches");
        assertEquals(200, changes.status(), changes::toString);
        assertTrue(changes.body().contains(title), changes::toString);
        assertEquals(204, nijmegenReader.post("api/v1/kb/watches/seen", null).status());
        assertFalse(nijmegenReader.get("api/v1/kb/watches").body().contains(title));

        Api.Reply unknown = nijmegenReader.post("api/v1/kb/watches", "{\"type\":\"THEME\",\"target\":\"9\"}");
        assertEquals(400, unknown.status());
        assertEquals("target", unknown.firstErrorField());
        long draft = create(arnhem, item("Concept " + UUID.randomUUID())).getJsonNumber("id").longValue();
        assertEquals(404, nijmegenReader.post("api/v1/kb/watches", "{\"type\":\"ITEM\",\"target\":\"" + draft + "\"}").status());
        long watchId = follow.object().getJsonNumber("id").longValue();
        assertEquals(404, arnhem.delete("api/v1/kb/watches/" + watchId).status(), "someone else's watch");
        assertEquals(204, nijmegenReader.delete("api/v1/kb/watches/" + watchId).status());
    }

    private static int countTitlesLike(String prefix) throws SQLException {
        return count("SELECT COUNT(*) FROM kb_item WHERE title LIKE ?", prefix + "%");
    }

    private static int attachmentCount(long itemId) throws SQLException {
        return count("SELECT COUNT(*) FROM kb_attachment WHERE item_id = ?", itemId);
    }

    private static int count(String sql, Object parameter) throws SQLException {
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static String storedText(long attachmentId) throws SQLException {
        try (Connection db = TestAccounts.connect();
             PreparedStatement query = db.prepareStatement("SELECT extracted_text FROM kb_attachment WHERE id = ?")) {
            query.setLong(1, attachmentId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

}
