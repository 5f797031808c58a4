package nl.regioan.monitoring;

import static nl.regioan.testsupport.Refusals.assertRefused;
import static nl.regioan.testsupport.Refusals.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.StoredRows;
import nl.regioan.testsupport.MonitoringValues;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to monitoring, dashboards and the report against the real WAR and MariaDB: periods out of
 * range, characters a PDF cannot carry, overlong comments, values outside a municipality's membership,
 * what a form PUT leaves out, formula-like CSV cells and one API token used in parallel. Every refusal
 * is a 400 naming the field, and the rows that were stored before are checked to be exactly as they were.
 * Areas and periods here are used by no other test: Rheden (GM0275), Doesburg (GM0221), Montferland
 * (GM1955, a member from 2021-01-01 to 2024-12-31) and Arnhem in 2022-Q1 to 2022-Q3.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringInputIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api coordinator;
    private Api arnhem;
    private Api montferland;

    @BeforeEach
    void logIn() {
        coordinator = Api.as(base, TestAccounts.create("in-coordinator", null, "coordinator"));
        arnhem = Api.as(base, TestAccounts.create("in-steward-arnhem", "GM0202", "data-steward"));
        montferland = Api.as(base, TestAccounts.create("in-steward-montferland", "GM1955", "data-steward"));
    }

    private static List<List<String>> allValues() throws SQLException {
        return StoredRows.of("SELECT id, indicator_id, area_code, period, value, status, comment, version FROM monitoring_value ORDER BY id");
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestAccounts.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void periodsAndYearsOutsideTheRangeAreRefusedNamingTheParameter() throws Exception {
        List<List<String>> before = allValues();
        String[][] cases = {
                {"api/v1/monitoring/forms/GM0202/1900-Q1", "period"},
                {"api/v1/monitoring/forms/GM0202/2999-Q4", "period"},
                {"api/v1/monitoring/forms/GM0202/1900", "period"},
                {"api/v1/monitoring/completeness?period=1900-Q1", "period"},
                {"api/v1/dashboard/overview?period=1900", "period"},
                {"api/v1/dashboard/overview?period=2999-Q4", "period"},
                {"api/v1/dashboard/indicators/BANEN?from=1900&to=2024", "from"},
                {"api/v1/dashboard/indicators/BANEN?from=2024&to=2999", "to"},
                {"api/v1/dashboard/municipalities/GM0202?period=1900-Q1", "period"},
                {"api/v1/monitoring/series?indicator=OVERLAST&area=region&from=1900&to=2024", "from"},
                {"api/v1/monitoring/series?indicator=OVERLAST&area=region&from=2024&to=2999", "to"},
                {"api/v1/monitoring/aggregates?year=1900", "year"},
                {"api/v1/monitoring/export?from=1900&to=2024", "from"},
                {"api/v1/reports/1899", "year"},
                {"api/v1/reports/1899/developments", "year"},
        };
        for (String[] c : cases) {
            assertRefused(coordinator.get(c[0]), c[1], "from 2000 to ");
        }
        assertRefused(coordinator.put("api/v1/monitoring/forms/GM0202/1900-Q1",
                "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 5}]}", null), "period", "from 2000 to ");
        Api.Reply csv = coordinator.send(HttpRequest.newBuilder(coordinator.resolve("api/v1/monitoring/values.csv"))
                .POST(HttpRequest.BodyPublishers.ofString("indicator,cbs_code,period,value,comment\nREG_RNI,GM0202,2999-Q4,5,\n"))
                .header("Content-Type", "text/csv").header("Accept", "application/json"));
        assertRefused(csv, "period", "from 2000 to ");
        assertEquals(before, allValues(), "nothing stored changed");
    }

    @Test
    void aDevelopmentsTextWithCharactersAPdfCannotCarryIsRefusedAndStoredOnesNoLongerBreakThePdf() throws Exception {
        String rheden = "GM0275";
        String stored = "SELECT text, updated_by FROM report_development_text WHERE report_year = 2024 AND cbs_code = ?";
        Api.Reply saved = coordinator.put("api/v1/reports/2024/developments/" + rheden,
                "{\"text\": \"Rheden opende een loket voor nieuwkomers.\"}", null);
        assertEquals(200, saved.status(), saved::toString);
        List<List<String>> before = StoredRows.of(stored, rheden);

        for (String bad : new String[] {"\\uFFFF", "\\uFFFE", "\\u0000", "\\u001B", "\\ud800"}) {
            Api.Reply refused = coordinator.put("api/v1/reports/2024/developments/" + rheden,
                    "{\"text\": \"Tekst met " + bad + " erin\"}", null);
            assertRefused(refused, "text", "U+");
        }
        assertEquals(before, StoredRows.of(stored, rheden), "the stored text is unchanged");

        // a text stored before the check (or written by another tool) must not break the report
        execute("UPDATE report_development_text SET text = ? WHERE report_year = 2024 AND cbs_code = ?",
                "Rheden\uFFFF opende\u0001 een loket.", rheden);
        HttpResponse<byte[]> pdf = coordinator.getBytes("api/v1/reports/2024/pdf", "application/pdf");
        assertEquals(200, pdf.statusCode(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Rheden opende een loket."), text);
        }
    }

    @Test
    void aHundredKilobyteCommentIsRefusedAndTheStoredValueStays() throws Exception {
        String form = "api/v1/monitoring/forms/GM0202/2022-Q1";
        Api.Reply first = arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 7, \"comment\": \"bewaard\"}]}", null);
        assertEquals(200, first.status(), first::toString);
        List<List<String>> before = allValues();
        String huge = "x".repeat(100 * 1024);
        Api.Reply refused = arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 8, \"comment\": \"" + huge + "\"}]}", null);
        assertRefused(refused, "/values/0/comment", "at most 2000 characters");
        Api.Reply bulk = arnhem.post("api/v1/monitoring/values",
                "[{\"indicator\": \"REG_RNI\", \"cbsCode\": \"GM0202\", \"period\": \"2022-Q1\", \"value\": 8, \"comment\": \"" + huge + "\"}]");
        assertRefused(bulk, "comment", "at most 2000 characters");
        assertEquals(before, allValues(), "neither the figure nor the comment changed");
    }

    @Test
    void aFieldLeftOutOfAFormPutStaysAndAnExplicitNullClearsIt() throws Exception {
        String form = "api/v1/monitoring/forms/GM0202/2022-Q2";
        String stored = "SELECT value, comment FROM monitoring_value WHERE area_code = 'GM0202' AND period = '2022-Q2'"
                + " AND indicator_id = (SELECT id FROM indicator WHERE code = 'REG_RNI')";
        assertEquals(200, arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 10, \"comment\": \"eerste\"}]}", null).status());
        assertEquals(200, arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 11}]}", null).status());
        List<String> row = StoredRows.of(stored).get(0);
        assertEquals(0, new BigDecimal("11").compareTo(new BigDecimal(row.get(0))));
        assertEquals("eerste", row.get(1), "a PUT without comment keeps the comment");

        assertEquals(200, arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"comment\": \"tweede\"}]}", null).status());
        row = StoredRows.of(stored).get(0);
        assertEquals(0, new BigDecimal("11").compareTo(new BigDecimal(row.get(0))), "a PUT without value keeps the value");
        assertEquals("tweede", row.get(1));

        assertEquals(200, arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"comment\": null}]}", null).status());
        row = StoredRows.of(stored).get(0);
        assertEquals(0, new BigDecimal("11").compareTo(new BigDecimal(row.get(0))));
        assertNull(row.get(1), "an explicit null clears the comment");

        List<List<String>> before = allValues();
        assertRefused(arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": \"12\"}]}", null),
                "/values/0/value", "number");
        assertEquals(before, allValues());
    }

    @Test
    void valuesOutsideAMunicipalitysMembershipAreRefusedNamingCbsCodeAndPeriod() throws Exception {
        List<List<String>> before = allValues();
        Api.Reply form = coordinator.put("api/v1/monitoring/forms/GM1955/2025-Q1",
                "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 3}]}", null);
        assertRefused(form, "cbsCode", "2024-12-31");
        assertTrue(fields(form).contains("period"), form::toString);
        Api.Reply json = montferland.post("api/v1/monitoring/values",
                "[{\"indicator\": \"REG_RNI\", \"cbsCode\": \"GM1955\", \"period\": \"2025-Q2\", \"value\": 4}]");
        assertRefused(json, "cbs_code", "from 2021-01-01 to 2024-12-31");
        assertTrue(fields(json).contains("period"), json::toString);
        Api.Reply csv = montferland.send(HttpRequest.newBuilder(montferland.resolve("api/v1/monitoring/values.csv"))
                .POST(HttpRequest.BodyPublishers.ofString("indicator,cbs_code,period,value,comment\nREG_RNI,GM1955,2025-Q3,4,\n"))
                .header("Content-Type", "text/csv").header("Accept", "application/json"));
        assertRefused(csv, "cbs_code", "2024-12-31");
        assertEquals(before, allValues(), "nothing was stored for Montferland after it left");

        Api.Reply lastQuarter = coordinator.put("api/v1/monitoring/forms/GM1955/2024-Q4",
                "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 3}]}", null);
        assertEquals(200, lastQuarter.status(), "still a member in its last quarter: " + lastQuarter);
    }

    @Test
    void theExportShowsFormulaLikeCommentsAsTextAndKeepsNegativeNumbersNumbers() throws Exception {
        String doesburg = "GM0221";
        String[] comments = {"=HYPERLINK(\"http://evil.example\",\"klik\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1+1"};
        String[] periods = {"2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"};
        try (Connection db = TestAccounts.connect()) {
            for (int i = 0; i < periods.length; i++) {
                MonitoringValues.insert(db, "REG_RNI", doesburg, periods[i], i == 0 ? "-5" : Integer.toString(i), "APPROVED");
            }
        }
        for (int i = 0; i < periods.length; i++) {
            execute("UPDATE monitoring_value SET comment = ? WHERE area_code = ? AND period = ?", comments[i], doesburg, periods[i]);
        }
        HttpResponse<byte[]> export = coordinator.getBytes(
                "api/v1/monitoring/export?indicator=REG_RNI&area=" + doesburg + "&from=2022-Q1&to=2023-Q1&format=csv", "text/csv");
        assertEquals(200, export.statusCode(), () -> new String(export.body(), StandardCharsets.UTF_8));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(export.body(), StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(1 + periods.length, records.size(), records::toString);
        assertNoFormulas(records);
        int value = records.get(0).toList().indexOf("value");
        int comment = records.get(0).toList().indexOf("comment");
        List<String> commentCells = records.stream().skip(1).map(r -> r.get(comment)).toList();
        for (String original : comments) {
            assertTrue(commentCells.contains("'" + original), "shown as text: " + original + " in " + commentCells);
        }
        assertTrue(records.stream().skip(1).anyMatch(r -> r.get(value).equals("-5")), "a real negative figure stays a number");

        Api.Reply refusedRows = coordinator.send(HttpRequest.newBuilder(coordinator.resolve("api/v1/monitoring/values.csv"))
                .POST(HttpRequest.BodyPublishers.ofString("indicator,cbs_code,period,value,comment\n=1+1,@A1,-2+3,+5x,\n"))
                .header("Content-Type", "text/csv").header("Accept", "text/csv"));
        assertEquals(400, refusedRows.status(), refusedRows::toString);
        assertTrue(refusedRows.contentType().startsWith("text/csv"), refusedRows::toString);
        assertNoFormulas(CSVFormat.DEFAULT.parse(new StringReader(refusedRows.body())).getRecords());
    }

    /** What a spreadsheet would evaluate: a cell starting with = + - @, tab or CR that is not a plain number. */
    private static void assertNoFormulas(List<CSVRecord> records) {
        for (CSVRecord record : records) {
            for (String cell : record) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertTrue(cell.matches("-?\\d+(\\.\\d+)?"), "a spreadsheet would run " + cell + " in " + record);
                }
            }
        }
    }

    @Test
    void eightParallelRequestsWithOneTokenAllSucceed() throws Exception {
        Api.Reply created = arnhem.post("api/v1/auth/tokens", "{\"name\": \"levering parallel\", \"validDays\": 1}");
        assertEquals(201, created.status(), created::toString);
        String secret = created.object().getString("secret");
        long tokenId = created.object().getJsonNumber("id").longValue();
        String version = "SELECT version FROM api_token WHERE id = ?";
        String versionBefore = StoredRows.of(version, tokenId).get(0).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                // every round races on recording the use, as the first requests of a minute do
                execute("UPDATE api_token SET last_used_at = NULL WHERE id = ?", tokenId);
                List<Future<Integer>> replies = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    replies.add(pool.submit(() -> Api.withToken(base, secret).get("api/v1/monitoring/forms/GM0202/2023-Q2").status()));
                }
                for (Future<Integer> reply : replies) {
                    assertEquals(200, reply.get());
                }
                assertNotNull(StoredRows.of("SELECT last_used_at FROM api_token WHERE id = ?", tokenId).get(0).get(0), "the use is recorded");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(versionBefore, StoredRows.of(version, tokenId).get(0).get(0), "recording use leaves the token's version alone");
        JsonObject token = arnhem.get("api/v1/auth/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == tokenId).findFirst().orElseThrow();
        assertTrue(token.containsKey("lastUsedAt") && !token.isNull("lastUsedAt"), "the token list shows the last use: " + token);
    }
}
