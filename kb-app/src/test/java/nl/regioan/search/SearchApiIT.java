package nl.regioan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search endpoints against the real WAR and MariaDB: search and autocomplete for every account,
 * bad input as 400 naming the parameter, synonyms for editors (seeded, CRUD with versions, audited),
 * rebuild and status for administrators, and the health check. Searching real items needs the
 * knowledge base (issue 4): until it is merged the item source is empty, so hits are tested in the
 * unit tests on the same engine.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api reader() {
        return Api.as(base, TestAccounts.create("search-reader", "GM0268", "reader"));
    }

    private Api editor() {
        return Api.as(base, TestAccounts.create("search-editor", null, "editor"));
    }

    private Api admin() {
        return Api.as(base, TestAccounts.create("search-admin", null, "admin"));
    }

    @Test
    void anonymousCallersGet401() {
        Api anonymous = new Api(base);
        for (String path : List.of("api/v1/kb/search?q=huisvesting", "api/v1/kb/suggest?q=hui", "api/v1/kb/synonyms",
                "api/v1/admin/search/status")) {
            assertEquals(401, anonymous.get(path).status(), path);
        }
    }

    @Test
    void everyAccountCanSearchAndGetsTotalsHitsAndFacets() {
        Api.Reply reply = reader().get("api/v1/kb/search?q=" + encode("arbeidsmigranten \"tijdelijke huisvesting\"")
                + "&kind=best-practice&year=2024&page=1&size=10");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject result = reply.object();
        assertEquals(0, result.getJsonNumber("total").longValue(), "no items before the knowledge base exists");
        assertTrue(result.getJsonArray("hits").isEmpty());
        assertTrue(result.containsKey("facets"), reply::toString);
        assertEquals(200, reader().get("api/v1/kb/search").status(), "an empty query lists everything visible");
    }

    @Test
    void oddQueriesAreSearchedNeverAnError() {
        Api reader = reader();
        for (String q : List.of("\"huisvesting", "((a", "*vesting", "/hu.*ing/", "[a TO z]", "!!!", "title:", "NOT",
                "huisv~~", "\\", "x".repeat(500))) {
            Api.Reply reply = reader.get("api/v1/kb/search?q=" + encode(q));
            assertEquals(200, reply.status(), q + ": " + reply);
        }
        assertEquals(200, reader.get("api/v1/kb/search?kind=" + encode("bestaat-niet")).status(),
                "an unknown facet value just finds nothing");
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        Api reader = reader();
        assertBadRequest(reader.get("api/v1/kb/search?q=" + "x".repeat(600)), "q");
        assertBadRequest(reader.get("api/v1/kb/search?q=a&page=-1"), "page");
        assertBadRequest(reader.get("api/v1/kb/search?q=a&size=100000"), "size");
        assertBadRequest(reader.get("api/v1/kb/search?q=a&page=abc"), "page");
        assertBadRequest(reader.get("api/v1/kb/search?q=a&year=twintig"), "year");
        assertBadRequest(reader.get("api/v1/kb/search?q=a&page=500&size=50"), "page");
        assertBadRequest(reader.get("api/v1/kb/suggest?q=" + "x".repeat(200)), "q");
    }

    /**
     * A 10 KB query does not even fit the server's request line limit: a clear 4xx either way. Sent
     * over HTTP/1.1 on its own client, last, because an oversized HTTP/2 request upsets the server's
     * connection state for later requests (seen with Grizzly's h2c).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aTenKilobyteQueryIsAClear4xx() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(new Api(base)
                .resolve("api/v1/kb/search?q=" + "x".repeat(10_240))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(reply.statusCode() >= 400 && reply.statusCode() < 500, "status " + reply.statusCode());
    }

    @Test
    void autocompleteAnswersForEveryAccount() {
        Api.Reply reply = reader().get("api/v1/kb/suggest?q=huis");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.object().containsKey("titles") && reply.object().containsKey("terms"), reply::toString);
        assertEquals(200, reader().get("api/v1/kb/suggest").status());
    }

    @Test
    void synonymsAreSeededAndOnlyEditorsManageThem() throws Exception {
        assertEquals(403, reader().get("api/v1/kb/synonyms").status());
        assertEquals(403, admin().post("api/v1/kb/synonyms", "{\"terms\":[\"a1\",\"b1\"]}").status());
        Api editor = editor();
        Api.Reply list = editor.get("api/v1/kb/synonyms");
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains("Registratie Niet-Ingezetenen") && list.body().contains("arbeidsmigranten"),
                list::toString);

        Api.Reply created = editor.post("api/v1/kb/synonyms", "{\"terms\":[\"expat\",\"kenniswerker\"]}");
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        long version = created.object().getJsonNumber("version").longValue();

        Api.Reply stale = editor.put("api/v1/kb/synonyms/" + id, "{\"terms\":[\"expat\",\"expats\"]}", "\"" + (version + 5) + "\"");
        assertEquals(409, stale.status(), stale::toString);
        Api.Reply updated = editor.put("api/v1/kb/synonyms/" + id, "{\"terms\":[\"expat\",\"kennismigrant\"]}",
                "\"" + version + "\"");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(List.of("expat", "kennismigrant"), updated.object().getJsonArray("terms").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        long newVersion = updated.object().getJsonNumber("version").longValue();

        assertBadRequest(editor.post("api/v1/kb/synonyms", "{\"terms\":[\"alleen\"]}"), "terms");
        assertBadRequest(editor.post("api/v1/kb/synonyms", "{\"terms\":[\"a,b\",\"c\"]}"), "terms");
        assertBadRequest(editor.post("api/v1/kb/synonyms", "{}"), "terms");
        assertBadRequest(editor.put("api/v1/kb/synonyms/" + id, "{\"terms\":[\"x1\",\"y1\"]}", null), "If-Match");
        assertEquals(404, editor.put("api/v1/kb/synonyms/999999", "{\"terms\":[\"x1\",\"y1\"]}", "\"0\"").status());

        Api.Reply deleted = editor.send(HttpRequest.newBuilder(editor.resolve("api/v1/kb/synonyms/" + id)).DELETE()
                .header("If-Match", "\"" + newVersion + "\""));
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, editor.send(HttpRequest.newBuilder(editor.resolve("api/v1/kb/synonyms/" + id)).DELETE()
                .header("If-Match", "\"" + newVersion + "\"")).status());

        try (Connection db = TestAccounts.connect();
             PreparedStatement audit = db.prepareStatement(
                     "select action from audit_entry where entity_type = 'search_synonym' and entity_id = ? order by id")) {
            audit.setString(1, Long.toString(id));
            try (ResultSet rows = audit.executeQuery()) {
                StringBuilder actions = new StringBuilder();
                while (rows.next()) {
                    actions.append(rows.getString(1)).append(' ');
                }
                assertEquals("synonym.create synonym.update synonym.delete", actions.toString().strip());
            }
        }
    }

    @Test
    void administratorsRebuildAndSeeTheIndexState() throws Exception {
        assertEquals(403, editor().get("api/v1/admin/search/status").status());
        assertEquals(403, reader().post("api/v1/admin/search/rebuild", "{}").status());
        Api admin = admin();
        Api.Reply status = admin.get("api/v1/admin/search/status");
        assertEquals(200, status.status(), status::toString);
        assertTrue(status.object().getString("analyzerVersion").startsWith("nl-"), status::toString);

        Api.Reply rebuild = admin.post("api/v1/admin/search/rebuild", "{}");
        assertEquals(202, rebuild.status(), rebuild::toString);
        String state = "";
        for (int i = 0; i < 50 && !state.equals("READY"); i++) {
            Thread.sleep(200);
            state = admin.get("api/v1/admin/search/status").object().getString("state");
        }
        assertEquals("READY", state);
        assertEquals(200, reader().get("api/v1/kb/search?q=huisvesting").status(), "search answers after the swap");
    }

    @Test
    void healthReportsTheSearchIndex() {
        Api.Reply reply = new Api(base).get("../health");
        assertTrue(reply.body().contains("\"search-index\""), reply::toString);
        assertEquals(200, reply.status(), reply::toString);
    }

    private static void assertBadRequest(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(field, reply.object().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
