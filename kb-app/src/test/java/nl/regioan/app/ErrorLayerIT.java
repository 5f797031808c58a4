package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.Socket;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One error layer for both modules: problems with a code, a text in the reader's language, and named fields;
 * every class of bad input answered 400 (never 500) with nothing changed in the database, and no answer
 * showing how the server is built. Uses its own municipality and an open period (GM0221, 2026-Q4).
 */
@ExtendWith(ArquillianExtension.class)
class ErrorLayerIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    /** No answer shows how the server is built. */
    static void assertNoLeak(Api.Reply reply) {
        String body = reply.body();
        for (String leak : new String[] {"Exception", "at nl.", "jakarta.", "<html", "<HTML", "<!DOCTYPE"}) {
            assertFalse(body.contains(leak), () -> "'" + leak + "' in " + reply);
        }
    }

    static JsonObject problem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertNoLeak(reply);
        JsonObject problem = reply.object();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("code").isBlank(), reply::toString);
        assertFalse(problem.getString("detail").isBlank(), reply::toString);
        return problem;
    }

    @Test
    void aProblemIsDutchByDefaultAndEnglishOnRequest() {
        String body = "{\"username\": \"niemand-hier\", \"password\": \"fout\"}";
        JsonObject dutch = problem(new Api(base).inLanguage(null).post("api/v1/auth/login", body), 401);
        assertEquals("login.refused", dutch.getString("code"));
        assertEquals("Verkeerde gebruikersnaam of wachtwoord.", dutch.getString("detail"));

        JsonObject english = problem(new Api(base).inLanguage("en-GB,nl;q=0.5").post("api/v1/auth/login", body), 401);
        assertEquals("login.refused", english.getString("code"));
        assertEquals("Wrong username or password.", english.getString("detail"));

        JsonObject unsupported = problem(new Api(base).inLanguage("fr, de;q=0.9").post("api/v1/auth/login", body), 401);
        assertEquals("Verkeerde gebruikersnaam of wachtwoord.", unsupported.getString("detail"));
    }

    @Test
    void servletFiltersAnswerTheSameProblemsInTheSameLanguage() {
        Api.Reply anonymous = new Api(base).inLanguage("en").get("api/v1/municipalities");
        JsonObject english = problem(anonymous, 401);
        assertEquals("http.401", english.getString("code"));
        assertTrue(english.getString("detail").startsWith("Log in first"), anonymous::toString);
        JsonObject dutch = problem(new Api(base).inLanguage("nl").get("api/v1/municipalities"), 401);
        assertTrue(dutch.getString("detail").startsWith("Log eerst in"), dutch::toString);
    }

    @Test
    void aMissingRoleIsRefusedWithTheKeyedReason() {
        Api reader = Api.as(base, TestAccounts.create("errors-reader", "GM0202", "reader")).inLanguage("nl");
        JsonObject refused = problem(reader.get("api/v1/admin/accounts"), 403);
        assertEquals("access.roleRequired", refused.getString("code"));
        assertTrue(refused.getString("detail").startsWith("Hiervoor is een van deze rollen nodig"), refused::toString);
    }

    @Test
    void anUnknownAddressIsAProblemNotAPage() {
        Api reader = Api.as(base, TestAccounts.create("errors-reader2", "GM0202", "reader"));
        JsonObject unknown = problem(reader.get("api/v1/no-such-thing"), 404);
        assertEquals("http.404", unknown.getString("code"));
    }

    private static final String FORM = "api/v1/monitoring/forms/GM0221/2026-Q4"; // an open period: its deadline lies ahead

    /** The stored figures of the test's form, as text: compared before and after the bad requests. */
    private static String storedFigures() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection db = TestAccounts.connect();
             PreparedStatement query = db.prepareStatement("SELECT v.id, v.value, v.comment, v.version FROM monitoring_value v"
                     + " WHERE v.area_code = 'GM0221' ORDER BY v.id")) {
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.append(result.getLong(1)).append('|').append(result.getString(2)).append('|')
                            .append(result.getString(3)).append('|').append(result.getLong(4)).append('\n');
                }
            }
        }
        return rows.toString();
    }

    private static long count(String table) throws Exception {
        try (Connection db = TestAccounts.connect();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private Api steward() {
        return Api.as(base, TestAccounts.create("errors-steward", "GM0221", "data-steward"));
    }

    private static JsonObject firstError(JsonObject problem) {
        return problem.getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void malformedOrNonObjectJsonIsA400NamingTheBodyAndStoresNothing() throws Exception {
        Api steward = steward();
        Api.Reply saved = steward.put(FORM, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 40}]}", null);
        assertEquals(200, saved.status(), saved::toString);
        String before = storedFigures();
        long valuesBefore = count("monitoring_value");
        List<String> broken = List.of("{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 4",
                "{'values': [{'indicator': 'REG_RNI', 'value': 41}]}", "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 41},]}",
                "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": NaN}]}", "\"values\"", "41", "true", "",
                "{\"values\": []} garbage", "{\"values\": []} {\"values\": []}", "{\"values\": []}}",
                "[{\"values\": []}]", "{\"values\": {\"indicator\": \"REG_RNI\", \"value\": 41}}",
                "{\"values\": [], \"extra\": 1}", "{\"values\": [], \"values\": []}");
        for (String body : broken) {
            JsonObject refused = problem(steward.put(FORM, body, null), 400);
            assertTrue(refused.getJsonArray("errors").size() >= 1, body);
            assertTrue(firstError(refused).getString("field").isEmpty() || firstError(refused).getString("field").startsWith("/"),
                    () -> body + " -> " + refused);
            assertFalse(firstError(refused).getString("message").isBlank(), body);
        }
        for (String body : List.of("{\"rows\": 1", "[1, 2,]", "NaN", "\"rows\"", "[] []", "")) {
            problem(steward.post("api/v1/monitoring/values", body), 400);
        }
        assertEquals(before, storedFigures(), "nothing of the refused requests was stored");
        assertEquals(valuesBefore, count("monitoring_value"));
    }

    @Test
    void hugeNumbersAreRefusedAtOnceAndNothingIsStored() throws Exception {
        Api steward = steward();
        String before = storedFigures();
        for (String number : List.of("1e1000000", "-1E-1000000", "9".repeat(50_000), "0." + "1".repeat(50_000))) {
            JsonObject refused = problem(steward.put(FORM, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": " + number
                    + "}]}", null), 400);
            assertEquals("/values/0/value", firstError(refused).getString("field"), refused::toString);
            assertTrue(firstError(refused).getString("code").startsWith("body.number."), refused::toString);
        }
        assertEquals(before, storedFigures());
    }

    @Test
    void noCoercionOfVersionsCountsAndCommentsAndNothingIsStored() throws Exception {
        Api steward = steward();
        Api.Reply saved = steward.put(FORM, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 40, \"comment\": \"eerste\"}]}",
                null);
        assertEquals(200, saved.status(), saved::toString);
        String before = storedFigures();
        record Case(String entry, String field, String code) {
        }
        for (Case bad : List.of(
                new Case("\"version\": 9223372036854775808", "/values/0/version", "form.number.magnitude"),
                new Case("\"version\": 1e308", "/values/0/version", "body.number.range"),
                new Case("\"version\": 1.5", "/values/0/version", "form.field.wholeNumber"),
                new Case("\"version\": \"1\"", "/values/0/version", "form.field.number"),
                new Case("\"value\": \"41\"", "/values/0/value", "form.field.number"),
                new Case("\"value\": true", "/values/0/value", "form.field.number"),
                new Case("\"comment\": {\"text\": \"x\"}", "/values/0/comment", "form.field.text"),
                new Case("\"comment\": 12", "/values/0/comment", "form.field.text"),
                new Case("\"indicatr\": \"x\"", "/values/0/indicatr", "body.unknownField"),
                new Case("\"comment\": \"" + "x".repeat(2001) + "\"", "/values/0/comment", null))) {
            JsonObject refused = problem(steward.put(FORM, "{\"values\": [{\"indicator\": \"REG_RNI\", " + bad.entry() + "}]}", null),
                    400);
            assertEquals(bad.field(), firstError(refused).getString("field"), refused::toString);
            if (bad.code() != null) {
                assertEquals(bad.code(), firstError(refused).getString("code"), refused::toString);
            }
        }
        Api editor = Api.as(base, TestAccounts.create("errors-editor", null, "editor"));
        long items = count("kb_item");
        for (String beds : List.of("1e308", "1.5", "\"12\"")) {
            JsonObject refused = problem(editor.post("api/v1/kb/items", "{\"kind\": \"PARTICIPATION_CASE\", \"title\": \"x\","
                    + " \"participation\": {\"beds\": " + beds + "}}"), 400);
            assertEquals("/participation/beds", firstError(refused).getString("field"), refused::toString);
        }
        assertEquals(items, count("kb_item"));
        assertEquals(before, storedFigures());
    }

    @Test
    void parametersThatDoNotParseAreA400NamingTheParameter() {
        Api reader = Api.as(base, TestAccounts.create("errors-param-reader", "GM0202", "reader"));
        JsonObject page = problem(reader.get("api/v1/kb/items?page=abc"), 400);
        assertEquals("page", firstError(page).getString("field"), page::toString);
        assertEquals("parameter.invalid", page.getString("code"));
        JsonObject id = problem(reader.get("api/v1/kb/items/abc"), 400);
        assertEquals("id", firstError(id).getString("field"), id::toString);
        JsonObject year = problem(reader.get("api/v1/kb/search?q=x&year=abc"), 400);
        assertEquals("year", firstError(year).getString("field"), year::toString);
        assertEquals(200, reader.get("api/v1/kb/items?page=0").status());
    }

    @Test
    void anUnknownMunicipalityInAFormPathIsA404NamingTheParameter() {
        Api coordinator = Api.as(base, TestAccounts.create("errors-coordinator", null, "coordinator"));
        JsonObject unknown = problem(coordinator.get("api/v1/monitoring/forms/GM9999/2022-Q3"), 404);
        assertEquals("cbsCode", firstError(unknown).getString("field"), unknown::toString);
    }

    @Test
    void theContainersOwnErrorPagesAreProblemsOrASmallPage() {
        Api reader = Api.as(base, TestAccounts.create("errors-page-reader", "GM0202", "reader"));
        JsonObject method = problem(reader.send(HttpRequest.newBuilder(reader.resolve("api/v1/kb/items"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")), 405);
        assertEquals("http.405", method.getString("code"));
        JsonObject media = problem(reader.send(HttpRequest.newBuilder(reader.resolve("api/v1/kb/items"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).header("Content-Type", "text/plain")), 415);
        assertEquals("http.415", media.getString("code"));
        Api.Reply missingPage = reader.send(HttpRequest.newBuilder(reader.resolve("no-such-page.html")).GET()
                .header("Accept", "text/html"));
        assertEquals(404, missingPage.status());
        assertTrue(missingPage.contentType().startsWith("text/html"), missingPage::toString);
        assertFalse(missingPage.body().contains("Payara") || missingPage.body().contains("Exception"), missingPage::toString);
        JsonObject missingFile = problem(reader.send(HttpRequest.newBuilder(reader.resolve("no-such-file.json")).GET()
                .header("Accept", "application/json")), 404);
        assertEquals("http.404", missingFile.getString("code"));
    }

    /** Raw HTTP, as a client that is not careful would send it; the answer and how long it took are printed. */
    private String raw(String request) throws Exception {
        URL url = base;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            System.out.println("raw request " + request.lines().findFirst().orElse("").substring(0, Math.min(80,
                    request.lines().findFirst().orElse("").length())) + " -> " + answer.lines().findFirst().orElse(""));
            return answer;
        }
    }

    @Test
    void whatTheContainerRefusesBeforeTheApplicationCarriesNoLeak() throws Exception {
        String host = "Host: " + base.getHost() + ":" + base.getPort() + "\r\n";
        String path = base.getPath();
        List<String> requests = List.of(
                "GET " + path + "api/v1/kb/items/1%00 HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET " + path + "api/v1/kb/items?q=" + "a".repeat(10_240) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET " + path + "api/v1/kb/items HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 7\r\n"
                        + "Connection: close\r\n\r\n{\"a\":1}",
                "PUT " + path + "api/v1/kb/items/1 HTTP/1.1\r\n" + host + "If-Match: \"\u00e9\"\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        for (String request : requests) {
            String answer = raw(request);
            String status = answer.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 4\\d\\d.*"), () -> request.substring(0, 60) + " -> " + status);
            for (String leak : new String[] {"Exception", "at nl.", "jakarta.", "<html", "<HTML"}) {
                assertFalse(answer.contains(leak), () -> leak + " in " + answer);
            }
        }
    }
}
