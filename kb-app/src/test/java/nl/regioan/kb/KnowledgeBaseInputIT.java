package nl.regioan.kb;

import static nl.regioan.testsupport.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.StoredRows;
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
 * Bad input to the knowledge base against the real WAR and MariaDB: dates and lengths outside their
 * ranges, huge tag lists, tags that only a case- and accent-insensitive collation confuses, one item
 * followed under two spellings of its id, a zip bomb disguised as DOCX, a truncated PDF and non-ASCII
 * file names. Each refusal is a 400 naming the field; what was stored before is checked to be unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseInputIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api arnhem;
    private Api editor;

    @BeforeEach
    void logIn() {
        arnhem = Api.as(base, TestAccounts.create("kbin-contrib-arnhem", "GM0202", "contributor"));
        editor = Api.as(base, TestAccounts.create("kbin-editor", null, "editor"));
    }

    private static JsonObjectBuilder item(String title) {
        return Json.createObjectBuilder().add("kind", "BEST_PRACTICE").add("title", title)
                .add("summary", "Korte samenvatting").add("body", "Tekst.")
                .add("visibility", "REGION").add("themes", Json.createArrayBuilder().add("1"))
                .add("blocks", Json.createArrayBuilder().add("1.1"));
    }

    private long create(JsonObjectBuilder body) {
        Api.Reply reply = arnhem.post("api/v1/kb/items", body.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static List<List<String>> items() throws SQLException {
        return StoredRows.of("SELECT id, title, summary, review_by, version FROM kb_item ORDER BY id");
    }

    private static List<String> tagsOf(long item) throws SQLException {
        return StoredRows.of("SELECT tag FROM kb_item_tag WHERE item_id = ? ORDER BY tag", item).stream().map(r -> r.get(0)).toList();
    }

    @Test
    void datesOutsideTheRangeAreRefusedNamingTheField() throws Exception {
        List<List<String>> before = items();
        for (String date : new String[] {"+10000-01-01", "0000-01-01", "1999-12-31", "9999-12-31"}) {
            assertRefused(arnhem.post("api/v1/kb/items", item("Datum " + date).add("reviewBy", date).build().toString()),
                    "reviewBy", "2000-01-01");
        }
        assertEquals(before, items(), "no item was stored");
        long id = create(item("Datum goed " + UUID.randomUUID()).add("reviewBy", "2030-06-30"));
        assertEquals("2030-06-30", StoredRows.of("SELECT review_by FROM kb_item WHERE id = ?", id).get(0).get(0));
    }

    @Test
    void textsLongerThanTheirColumnsAndHugeListsAreRefusedNamingTheLimit() throws Exception {
        List<List<String>> before = items();
        assertRefused(arnhem.post("api/v1/kb/items", item("x".repeat(201)).build().toString()), "title", "at most 200");
        assertRefused(arnhem.post("api/v1/kb/items", item("Lange samenvatting").add("summary", "s".repeat(2001)).build().toString()),
                "summary", "at most 2000");
        assertRefused(arnhem.post("api/v1/kb/items", item("Teken \uFFFF").build().toString()), "title", "U+FFFF");
        JsonArrayBuilder many = Json.createArrayBuilder();
        IntStream.range(0, 10_000).forEach(i -> many.add("tag" + i));
        assertRefused(arnhem.post("api/v1/kb/items", item("Veel tags").add("tags", many).build().toString()), "tags", "at most 20");
        JsonArrayBuilder same = Json.createArrayBuilder();
        IntStream.range(0, 10_000).forEach(i -> same.add("snf"));
        assertRefused(arnhem.post("api/v1/kb/items", item("Veel dezelfde tags").add("tags", same).build().toString()), "tags",
                "at most 20");
        assertEquals(before, items(), "no item was stored");

        List<List<String>> synonyms = StoredRows.of("SELECT id, terms, version FROM search_synonym ORDER BY id");
        JsonArrayBuilder longTerms = Json.createArrayBuilder();
        IntStream.range(0, 20).forEach(i -> longTerms.add("term" + i + "x".repeat(90)));
        assertRefused(editor.post("api/v1/kb/synonyms", Json.createObjectBuilder().add("terms", longTerms).build().toString()),
                "terms", "at most 1000 characters");
        assertEquals(synonyms, StoredRows.of("SELECT id, terms, version FROM search_synonym ORDER BY id"), "no synonym group changed");
    }

    @Test
    void tagsThatDifferOnlyForACaseAndAccentInsensitiveCollationAreKeptApart() throws Exception {
        long id = create(item("Tags " + UUID.randomUUID()).add("tags", Json.createArrayBuilder()
                .add("café").add("cafe").add("straße").add("strasse").add("\uFF43\uFF41\uFF46\uFF45").add("Cafe\u0301")));
        // "Cafe\u0301" is "café" decomposed and in capitals: one tag with "café" (tags compare in NFC, lower case)
        assertEquals(List.of("cafe", "café", "strasse", "straße", "\uFF43\uFF41\uFF46\uFF45"), sortedJava(tagsOf(id)));
        Api.Reply read = arnhem.get("api/v1/kb/items/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals(5, read.object().getJsonArray("tags").size(), read::toString);
    }

    private static List<String> sortedJava(List<String> tags) {
        return tags.stream().sorted().toList();
    }

    @Test
    void oneItemFollowedAs19And019IsOneFollow() throws Exception {
        long id = create(item("Volgen " + UUID.randomUUID()));
        Api.Reply plain = arnhem.post("api/v1/kb/watches", "{\"type\":\"ITEM\",\"target\":\"" + id + "\"}");
        assertEquals(201, plain.status(), plain::toString);
        Api.Reply padded = arnhem.post("api/v1/kb/watches", "{\"type\":\"ITEM\",\"target\":\"00" + id + "\"}");
        assertEquals(201, padded.status(), padded::toString);
        assertEquals(plain.object().getJsonNumber("id").longValue(), padded.object().getJsonNumber("id").longValue(),
                "the same follow");
        assertEquals(Long.toString(id), padded.object().getString("target"));
        assertEquals(List.of(List.of(Long.toString(id))), StoredRows.of("SELECT target FROM kb_watch WHERE target_type = 'ITEM'"
                + " AND CAST(target AS UNSIGNED) = ?", id));
        List<List<String>> watches = StoredRows.of("SELECT id, account_id, target_type, target FROM kb_watch ORDER BY id");
        for (String bad : new String[] {"+" + id, "-" + id, id + ".0", "1e3", "9".repeat(30)}) {
            assertRefused(arnhem.post("api/v1/kb/watches", "{\"type\":\"ITEM\",\"target\":\"" + bad + "\"}"), "target", "digits only");
        }
        assertEquals(watches, StoredRows.of("SELECT id, account_id, target_type, target FROM kb_watch ORDER BY id"));
    }

    @Test
    void aZipBombDisguisedAsDocxAndATruncatedPdfAreRefusedAndNothingIsStored() throws Exception {
        long id = create(item("Bijlagen " + UUID.randomUUID()));
        String path = "api/v1/kb/items/" + id + "/attachments";
        // the ITs run with a 1 MB upload limit and a 16 MB inflate limit (pom.xml); production: 25 MB and 64 MB
        byte[] bomb = ZipBombs.disguisedDocx(40L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb fits the upload limit: " + bomb.length);
        String attachments = "SELECT id, file_name, sha256 FROM kb_attachment WHERE item_id = ? ORDER BY id";
        List<List<String>> before = StoredRows.of(attachments, id);
        long start = System.nanoTime();
        Api.Reply refused = arnhem.upload(path, "verslag.docx", bomb);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertRefused(refused, "file", "zip bomb");
        System.out.printf("disguised zip bomb of %d bytes (40 MB inflated) refused in %.2f s%n", bomb.length, seconds);

        byte[] pdf = PdfFixture.withText("Huisvestingsbeleid arbeidsmigranten");
        Api.Reply truncated = arnhem.upload(path, "beleid.pdf", Arrays.copyOf(pdf, pdf.length - 40));
        assertRefused(truncated, "file", "incomplete");
        assertEquals(before, StoredRows.of(attachments, id), "refused uploads leave no row");
        Api.Reply whole = arnhem.upload(path, "beleid.pdf", pdf);
        assertEquals(201, whole.status(), whole::toString);
    }

    @Test
    void nonAsciiUploadNamesKeepTheirCharactersInStorageAndDownload() throws Exception {
        long id = create(item("Namen " + UUID.randomUUID()));
        String name = "Übersicht café €.txt";
        Api.Reply uploaded = arnhem.upload("api/v1/kb/items/" + id + "/attachments", name,
                "Overzicht".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, uploaded.status(), uploaded::toString);
        assertEquals(name, uploaded.object().getString("fileName"));
        long attachment = uploaded.object().getJsonNumber("id").longValue();
        assertEquals(name, StoredRows.of("SELECT file_name FROM kb_attachment WHERE id = ?", attachment).get(0).get(0));
        HttpResponse<byte[]> download = arnhem.getBytes("api/v1/kb/attachments/" + attachment, "*/*");
        assertEquals(200, download.statusCode());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''%C3%9Cbersicht%20caf%C3%A9%20%E2%82%AC.txt"), disposition);
        assertTrue(disposition.contains("filename=\"_bersicht caf_ _.txt\""), disposition);
    }
}
