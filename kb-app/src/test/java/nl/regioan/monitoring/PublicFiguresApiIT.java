package nl.regioan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.Browser;
import nl.regioan.testsupport.MonitoringRoles;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.StoredRows;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Public figures from CBS through the real WAR: the coordinator's mapping (If-Match, 412/428), imports
 * of the three formats (the fixtures of the dashboard module's unit tests), skipping and counting,
 * repeating an import, the source on the entry form, the data steward's refusal, every refused file
 * by row and column with nothing stored, the roles, counts per 1,000 inhabitants, and in the browser
 * (on the same deployment) the municipality page's peers and the coordinator's list of imports and mapping.
 */
@ExtendWith(ArquillianExtension.class)
class PublicFiguresApiIT {

    private static final String IMPORT = "api/v1/monitoring/public-figures";
    private static final Path FIXTURES = Path.of("../dashboard/src/test/resources/publicfigures");

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private MonitoringRoles roles;

    @BeforeEach
    void logIn() {
        roles = MonitoringRoles.logIn(base, "cbs");
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(FIXTURES.resolve(name));
    }

    private static Api.Reply upload(Api api, String query, byte[] body) {
        return api.send(HttpRequest.newBuilder(api.resolve(IMPORT + query)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json"));
    }

    private static Api.Reply upload(Api api, String query, String body) {
        return upload(api, query, body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> publicValues(String indicator) throws Exception {
        return StoredRows.of("""
                SELECT v.area_code, v.period, v.value, v.status, v.source_table, v.source_measure, v.source_downloaded
                FROM monitoring_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.code = ? ORDER BY v.area_code, v.period""", indicator);
    }

    private static List<String> row(List<List<String>> rows, String area, String period) {
        return rows.stream().filter(r -> r.get(0).equals(area) && r.get(1).equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError(area + " " + period + " in " + rows));
    }

    private static List<List<String>> everythingImported() throws Exception {
        return StoredRows.of("""
                SELECT (SELECT COUNT(*) FROM public_figure_import), (SELECT COUNT(*) FROM public_figure_mapping),
                       (SELECT COUNT(*) FROM monitoring_value WHERE source_table IS NOT NULL),
                       (SELECT COUNT(*) FROM monitoring_value_history)""");
    }

    private static JsonObject counts(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonObject("counts");
    }

    @Test
    void theCoordinatorKeepsTheMappingWithItsVersion() throws Exception {
        Api coordinator = roles.coordinator();
        List<JsonObject> mappings = coordinator.get(IMPORT + "/mappings").array().getValuesAs(JsonObject.class);
        assertTrue(mappings.stream().anyMatch(m -> m.getString("table").equals("70072NED")
                && m.getString("measure").equals("TotaleBevolking_1") && m.getString("indicator").equals("INWONERS")),
                "the population of 1 January is mapped from the start");

        String path = IMPORT + "/mappings/70072ned/Banen_1";
        Api.Reply created = coordinator.put(path, "{\"indicator\": \"BANEN\"}", null);
        assertEquals(200, created.status(), created::toString);
        assertEquals("70072NED", created.object().getString("table"), "table ids compare in upper case");
        String etag = created.response().headers().firstValue("ETag").orElseThrow();

        Api.Reply withoutVersion = coordinator.put(path, "{\"indicator\": \"BANEN\", \"factor\": 1}", null);
        assertEquals(428, withoutVersion.status(), withoutVersion::toString);
        Api.Reply changed = coordinator.put(path, "{\"indicator\": \"BANEN\", \"factor\": 1000}", etag);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(0, changed.object().getJsonNumber("factor").bigDecimalValue().compareTo(new java.math.BigDecimal("1000")));
        Api.Reply stale = coordinator.put(path, "{\"indicator\": \"BANEN\", \"factor\": 1}", etag);
        assertEquals(412, stale.status(), stale::toString);
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals(1000, stale.object().getJsonObject("current").getJsonNumber("factor").intValue(), "the stored mapping");
        String fresh = changed.response().headers().firstValue("ETag").orElseThrow();
        assertEquals(200, coordinator.put(path, "{\"indicator\": \"BANEN\", \"factor\": 1}", fresh).status());

        assertEquals("/indicator", coordinator.put(IMPORT + "/mappings/70072ned/Iets_2", "{\"indicator\": \"NOPE\"}", null)
                .badRequestField());
        assertEquals("/indicator", coordinator.put(IMPORT + "/mappings/70072ned/Iets_2", "{\"indicator\": \"BRP_REGIO\"}", null)
                .badRequestField(), "a region-wide indicator has no municipal figures");
        assertEquals("/factor", coordinator.put(IMPORT + "/mappings/70072ned/Iets_2", "{\"indicator\": \"BANEN\", \"factor\": 0}", null)
                .badRequestField());
        assertEquals("table", coordinator.put(IMPORT + "/mappings/70-72/Iets_2", "{\"indicator\": \"BANEN\"}", null).badRequestField());
        assertEquals("measure", coordinator.put(IMPORT + "/mappings/70072ned/Iets%20twee", "{\"indicator\": \"BANEN\"}", null)
                .badRequestField());
        assertTrue(StoredRows.of("SELECT 1 FROM public_figure_mapping WHERE measure = 'Iets_2'").isEmpty());
        assertEquals(3, StoredRows.of("SELECT 1 FROM audit_entry WHERE action = 'PUBLIC_FIGURE_MAPPING_SET' AND entity_id = ?",
                "70072NED/Banen_1").size());

        assertEquals(403, roles.steward().get(IMPORT + "/mappings").status());
        assertEquals(403, roles.steering().put(path, "{\"indicator\": \"BANEN\"}", fresh).status());
        assertEquals(401, new Api(base).get(IMPORT + "/mappings").status());
    }

    @Test
    void importsOfTheThreeFormatsStoreTheMembersFiguresWithTheirSourceAndCanBeRepeated() throws Exception {
        Api coordinator = roles.coordinator();
        List<List<String>> before = everythingImported();
        JsonObject dry = counts(upload(coordinator, "?dryRun=true&downloaded=2026-11-01", fixture("population.odata3-typed.json")));
        // Arnhem, Nijmegen, Zevenaar 2024-2025 and Montferland 2024 (the Liemers test may have stored the same Zevenaar and Montferland figures)
        assertEquals(7, dry.getInt("stored") + dry.getInt("unchanged"), dry::toString);
        assertEquals(0, dry.getInt("replaced"), dry::toString);
        assertEquals(2, dry.getInt("skippedOutside"), "Montferland in 2025 and Amsterdam");
        assertEquals(2, dry.getInt("skippedOtherAreas"), "Gelderland and the Netherlands");
        assertEquals(before, everythingImported(), "a dry run stores nothing");

        Api.Reply typed = upload(coordinator, "?downloaded=2026-11-01&fileName=bevolking.json", fixture("population.odata3-typed.json"));
        assertEquals(7, counts(typed).getInt("stored") + counts(typed).getInt("unchanged"));
        assertEquals("70072NED", typed.object().getString("table"));
        assertEquals("ODATA_V3", typed.object().getString("format"));
        List<List<String>> population = publicValues("INWONERS");
        assertEquals(List.of("GM0202", "2024", "166000.0000", "APPROVED", "70072NED", "TotaleBevolking_1", "2026-11-01"),
                row(population, "GM0202", "2024"));
        assertFalse(population.stream().anyMatch(r -> r.get(0).equals("GM1955") && r.get(1).equals("2025")),
                "Montferland left the region on 2025-01-01");
        assertFalse(population.stream().anyMatch(r -> r.get(0).equals("GM0363")));

        // the CSV download names no table; a later download keeps what is the same and adds Berg en Dal
        Api.Reply csv = upload(coordinator, "?table=70072ned&downloaded=2026-11-15", fixture("population.statline.csv"));
        JsonObject again = counts(csv);
        assertEquals(1, again.getInt("stored"), "Berg en Dal 2024");
        assertEquals(2, again.getInt("unchanged"), "Arnhem 2024 and 2025 are the same figures");
        assertEquals(1, again.getInt("skippedOutside"));
        assertEquals(1, again.getInt("skippedOtherAreas"));

        // a newer file replaces the figure it covers and the history keeps the old one
        String newer = "{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/odata/70072ned/$metadata#Cbs.OData.WebAPI.TypedDataSet\","
                + " \"value\": [{\"ID\": 0, \"RegioS\": \"GM0202  \", \"Perioden\": \"2024JJ00\", \"TotaleBevolking_1\": 166250}]}";
        assertEquals(1, counts(upload(coordinator, "?downloaded=2026-11-20", newer)).getInt("replaced"));
        List<List<String>> history = StoredRows.of("""
                SELECT h.old_value, h.new_value FROM monitoring_value_history h JOIN monitoring_value v ON v.id = h.value_id
                JOIN indicator i ON i.id = v.indicator_id
                WHERE i.code = 'INWONERS' AND v.area_code = 'GM0202' AND v.period = '2024' ORDER BY h.id""");
        assertEquals(List.of(List.of("166000.0000", "166250.0000")), history.subList(1, 2), history::toString);
        JsonObject older = counts(upload(coordinator, "?downloaded=2026-11-02", fixture("population.odata3-typed.json")));
        assertEquals(List.of(0, 0, 7), List.of(older.getInt("stored"), older.getInt("replaced"), older.getInt("unchanged")),
                "a file downloaded before the newer one keeps the newer figure");
        assertEquals("166250.0000", row(publicValues("INWONERS"), "GM0202", "2024").get(2));

        // OData v4 with code lists, once its measure is mapped
        assertEquals(200, coordinator.put(IMPORT + "/mappings/90017NED/M000123", "{\"indicator\": \"VESTIGINGEN\"}", null).status());
        JsonObject v4 = counts(upload(coordinator, "?downloaded=2026-11-01", fixture("establishments.odata4.json")));
        assertEquals(4, v4.getInt("stored"));
        assertEquals(1, v4.getInt("skippedOutside"));
        assertEquals(1, v4.getInt("skippedOtherAreas"));

        // months of a quarterly indicator become the quarter by its rule (a flow sums)
        assertEquals(200, coordinator.put(IMPORT + "/mappings/90018NED/M000200", "{\"indicator\": \"OVERLAST\"}", null).status());
        String months = """
                {"@odata.context": "https://datasets.cbs.nl/odata/v1/CBS/90018NED/$metadata#Observations", "value": [
                 {"Id": 0, "Measure": "M000200", "Value": 4, "RegioS": "GM0268", "Perioden": "2022MM01"},
                 {"Id": 1, "Measure": "M000200", "Value": 5, "RegioS": "GM0268", "Perioden": "2022MM02"},
                 {"Id": 2, "Measure": "M000200", "Value": 6, "RegioS": "GM0268", "Perioden": "2022MM03"},
                 {"Id": 3, "Measure": "M000200", "Value": 9, "RegioS": "GM0268", "Perioden": "2022JJ00"}]}""";
        JsonObject quarter = counts(upload(coordinator, "", months));
        assertEquals(1, quarter.getInt("stored"));
        assertEquals(1, quarter.getInt("skippedPeriods"), "the year of a quarterly indicator");
        assertEquals(List.of(List.of("15.0000")), StoredRows.of("""
                SELECT v.value FROM monitoring_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.code = 'OVERLAST' AND v.area_code = 'GM0268' AND v.period = '2022-Q1'"""));

        // the imports are listed and audited
        List<JsonObject> imports = coordinator.get(IMPORT + "/imports").array().getValuesAs(JsonObject.class);
        JsonObject first = imports.stream().filter(i -> "bevolking.json".equals(i.getString("fileName", null))).findFirst().orElseThrow();
        assertEquals("Bron: CBS", first.getString("source"));
        assertEquals("2026-11-01", first.getString("downloaded"));
        assertFalse(StoredRows.of("SELECT 1 FROM audit_entry WHERE action = 'PUBLIC_FIGURES_IMPORTED' AND entity_id = ?",
                String.valueOf(first.getJsonNumber("id").longValue())).isEmpty());
    }

    @Test
    void aPublicFigureShowsItsSourceAndNobodyChangesItByHand() throws Exception {
        Api coordinator = roles.coordinator();
        String one = "{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/odata/70072ned/$metadata\", \"value\": ["
                + "{\"ID\": 0, \"RegioS\": \"GM0202\", \"Perioden\": \"2023JJ00\", \"TotaleBevolking_1\": 165000}]}";
        counts(upload(coordinator, "?downloaded=2026-10-01", one));
        JsonObject form = roles.steward().get("api/v1/monitoring/forms/GM0202/2023").object();
        JsonObject line = form.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("indicator").equals("INWONERS")).findFirst().orElseThrow();
        assertEquals(165000, line.getInt("value"));
        JsonObject source = line.getJsonObject("source");
        assertNotNull(source, line::toString);
        assertEquals("Bron: CBS", source.getString("attribution"));
        assertEquals("70072NED", source.getString("table"));
        assertEquals("TotaleBevolking_1", source.getString("measure"));

        Api.Reply steward = roles.steward().put("api/v1/monitoring/forms/GM0202/2023",
                "{\"values\": [{\"indicator\": \"INWONERS\", \"value\": 1}]}", null);
        assertEquals("/values/0/value", steward.badRequestField());
        assertTrue(steward.body().contains("CBS"), steward::toString);
        Api.Reply corrected = coordinator.put("api/v1/monitoring/forms/GM0202/2023",
                "{\"values\": [{\"indicator\": \"INWONERS\", \"value\": 1}], \"reason\": \"typo\"}", null);
        assertEquals("/values/0/value", corrected.badRequestField(), "not even the coordinator corrects a CBS figure by hand");
        Api.Reply delivered = roles.steward().send(HttpRequest.newBuilder(roles.steward().resolve("api/v1/monitoring/values.csv"))
                .POST(HttpRequest.BodyPublishers.ofString("indicator,cbs_code,period,value,comment\nINWONERS,GM0202,2023,1,\n"))
                .header("Content-Type", "text/csv").header("Accept", "application/json"));
        assertEquals(400, delivered.status(), delivered::toString);
        assertTrue(delivered.body().contains("CBS"), delivered::toString);
        assertEquals(List.of(List.of("165000.0000")), StoredRows.of("""
                SELECT v.value FROM monitoring_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.code = 'INWONERS' AND v.area_code = 'GM0202' AND v.period = '2023'"""));
    }

    @Test
    void refusedFilesNameTheRowAndColumnAndStoreNothing() throws Exception {
        Api coordinator = roles.coordinator();
        List<List<String>> before = everythingImported();
        assertRefused(upload(coordinator, "", new byte[0]), 0, "file", "the file is empty");
        assertRefused(upload(coordinator, "", "indicator,cbs_code,period,value\nREG_RNI,GM0202,2024-Q1,5\n"), 1, "file",
                "none of the StatLine formats");
        assertRefused(upload(coordinator, "?table=70072ned", "RegioS;Perioden;TotaleBevolking_1\nGM0202;2024JJ00;5\nGM0277;2024JJ00;Café\n"
                .getBytes(Charset.forName("windows-1252"))), 3, "file", "not UTF-8");
        String v3 = "{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/odata/70072ned/$metadata\", \"value\": [%s]}";
        assertRefused(upload(coordinator, "", v3.formatted(
                "{\"RegioS\": \"GM0202\", \"Perioden\": \"2024JJ00\", \"TotaleBevolking_1\": 1, \"Onbekend_9\": 2}")),
                1, "Onbekend_9", "has no mapping");
        assertRefused(upload(coordinator, "", v3.formatted(
                "{\"RegioS\": \"GM0202\", \"Perioden\": \"2024JJ00\", \"TotaleBevolking_1\": 1},"
                        + "{\"RegioS\": \"GM0268\", \"Perioden\": \"2024XX00\", \"TotaleBevolking_1\": 1}")),
                2, "Perioden", "is not a CBS period");
        assertRefused(upload(coordinator, "", v3.formatted(
                "{\"RegioS\": \"GM0202\", \"Perioden\": \"2024JJ00\", \"TotaleBevolking_1\": \"       .\"}")),
                1, "TotaleBevolking_1", "is no figure");
        assertRefused(upload(coordinator, "?table=70072ned", "\uFEFF\"ID\";\"RegioS\";\"Perioden\";\"TotaleBevolking_1\"\r\n"
                + "\"0\";\"GM0202  \";\"2024JJ00\";\"166000\"\r\n\"1\";\"GM0268  \";\"2024JJ00\";\"       -\"\r\n"),
                3, "TotaleBevolking_1", "is no figure");
        assertRefused(upload(coordinator, "", v3.formatted(
                "{\"RegioS\": \"GM1945\", \"Perioden\": \"2014JJ00\", \"TotaleBevolking_1\": 33000}")),
                1, "RegioS", "did not exist in 2014");
        assertRefused(upload(coordinator, "", v3.formatted(
                "{\"RegioS\": \"GM0202\", \"Perioden\": \"2024JJ00\", \"TotaleBevolking_1\": 1.5}")),
                1, "TotaleBevolking_1", "whole number");
        Api.Reply noTable = upload(coordinator, "", fixture("population.statline.csv"));
        assertEquals("table", noTable.badRequestField(), "the CSV download does not say which table it is");
        assertEquals("table", upload(coordinator, "?table=85035NED", fixture("population.odata3-typed.json")).badRequestField(),
                "the file is table 70072ned");
        assertEquals("downloaded", upload(coordinator, "?downloaded=gisteren", fixture("population.odata3-typed.json")).badRequestField());

        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        Api.Reply tooLarge = upload(coordinator, "", huge);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.contentType().startsWith("application/problem+json"), tooLarge::toString);

        assertEquals(403, upload(roles.steward(), "", fixture("population.odata3-typed.json")).status());
        assertEquals(403, upload(roles.steering(), "", fixture("population.odata3-typed.json")).status());
        assertEquals(403, upload(roles.reader(), "", fixture("population.odata3-typed.json")).status());
        Api nijmegenSteward = Api.as(base, TestAccounts.create("cbs-steward-nijmegen", "GM0268", "data-steward"));
        assertEquals(403, upload(nijmegenSteward, "", fixture("population.odata3-typed.json")).status(),
                "a municipality does not import CBS figures, not even its own");
        assertEquals(401, upload(new Api(base), "", fixture("population.odata3-typed.json")).status());
        assertEquals(before, everythingImported(), "nothing of a refused file was stored");
    }

    @Test
    void countsPer1000InhabitantsAreSumsOverSumsOfThatPeriodsMembers() throws Exception {
        JsonObject imported = importLiemers(roles.coordinator());
        assertEquals(2, imported.getInt("skippedOutside"), "Montferland's jobs and population of 2025");

        Api.Reply liemers = roles.reader().get("api/v1/monitoring/series?indicator=BANEN&area=Liemers&from=2024&to=2025&per=1000");
        assertEquals(200, liemers.status(), liemers::toString);
        assertEquals(1000, liemers.object().getInt("per"));
        List<JsonObject> points = liemers.object().getJsonArray("points").getValuesAs(JsonObject.class);
        // 2024: (20000 + 9000 + 5000 + 4000 + 14000) x 1000 / (45000 + 26000 + 15000 + 11000 + 36000)
        assertEquals("390.9774", points.get(0).getJsonNumber("value").bigDecimalValue().toPlainString());
        assertEquals(5, points.get(0).getInt("expected"));
        assertFalse(points.get(0).getBoolean("missing"));
        // 2025: without Montferland: 38800 x 1000 / 97600
        assertEquals("397.541", points.get(1).getJsonNumber("value").bigDecimalValue().toPlainString());
        assertEquals(4, points.get(1).getInt("expected"));

        JsonObject zevenaar = roles.reader().get("api/v1/monitoring/series?indicator=BANEN&area=GM0299&from=2024&to=2024&per=1000")
                .object().getJsonArray("points").getJsonObject(0);
        assertEquals("444.4444", zevenaar.getJsonNumber("value").bigDecimalValue().toPlainString());

        JsonObject region = roles.reader().get("api/v1/monitoring/series?indicator=BANEN&area=region&from=2025&to=2025&per=1000")
                .object().getJsonArray("points").getJsonObject(0);
        assertTrue(region.getBoolean("missing"), "most members have no population for 2025 here");
        assertTrue(region.getJsonArray("withoutPopulation").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(c -> c.getString().equals("GM0209")), "Beuningen's population is missing and named: " + region);

        JsonObject absolute = roles.reader().get("api/v1/monitoring/series?indicator=BANEN&area=Liemers&from=2024&to=2024").object();
        assertTrue(!absolute.containsKey("per") || absolute.isNull("per"), absolute::toString);
        assertEquals(52000, absolute.getJsonArray("points").getJsonObject(0).getInt("value"));

        JsonObject aggregates = roles.reader().get("api/v1/monitoring/aggregates?year=2024&area=Liemers&per=1000").object();
        JsonObject jobs = aggregates.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicator").equals("BANEN")).findFirst().orElseThrow();
        assertEquals(1000, jobs.getInt("per"));
        assertEquals("390.9774", jobs.getJsonArray("points").getJsonObject(0).getJsonNumber("value").bigDecimalValue().toPlainString());
        JsonObject share = aggregates.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicator").equals("WONEN_BIJ_WERK")).findFirst().orElseThrow();
        assertTrue(!share.containsKey("per") || share.isNull("per"), "a share stays a share");

        assertEquals("per", roles.reader().get("api/v1/monitoring/series?indicator=WONEN_BIJ_WERK&area=region&from=2024&to=2024&per=1000")
                .badRequestField(), "a share has no figure per 1,000 inhabitants");
        assertEquals("per", roles.reader().get("api/v1/monitoring/series?indicator=BANEN&area=region&from=2024&to=2024&per=100")
                .badRequestField());
        assertEquals("per", roles.reader().get("api/v1/monitoring/aggregates?year=2024&per=duizend").badRequestField());
    }

    /** Jobs and population of 1 January in the Liemers for 2024-2025 (Montferland left the region on 2025-01-01); repeatable. */
    private static JsonObject importLiemers(Api coordinator) {
        int mapped = coordinator.put(IMPORT + "/mappings/70072NED/WerkzamePersonen_9", "{\"indicator\": \"BANEN\"}", null).status();
        assertTrue(mapped == 200 || mapped == 428, "mapped now or before: " + mapped);
        StringBuilder rows = new StringBuilder();
        String[][] figures = {
                {"GM0299", "2024", "20000", "45000"}, {"GM0226", "2024", "9000", "26000"}, {"GM0293", "2024", "5000", "15000"},
                {"GM0221", "2024", "4000", "11000"}, {"GM1955", "2024", "14000", "36000"},
                {"GM0299", "2025", "20500", "45300"}, {"GM0226", "2025", "9100", "26100"}, {"GM0293", "2025", "5100", "15100"},
                {"GM0221", "2025", "4100", "11100"}, {"GM1955", "2025", "14200", "36200"}};
        for (String[] f : figures) {
            rows.append(rows.length() == 0 ? "" : ",").append("{\"RegioS\": \"").append(f[0]).append("  \", \"Perioden\": \"")
                    .append(f[1]).append("JJ00\", \"WerkzamePersonen_9\": ").append(f[2]).append(", \"TotaleBevolking_1\": ")
                    .append(f[3]).append("}");
        }
        JsonObject imported = counts(upload(coordinator, "?downloaded=2026-11-01",
                "{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/odata/70072ned/$metadata\", \"value\": [" + rows + "]}"));
        return imported;
    }

    @Test
    void theMunicipalityPageComparesWithTheFourNearestInPopulationPer1000Inhabitants() throws IOException {
        importLiemers(roles.coordinator());
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("cbs-browser-reader", "GM0299", "reader"), TestAccounts.PASSWORD);
            browser.open(base + "dashboard/municipality.html?code=GM0299&period=2024");
            browser.waitForReady();
            String intro = browser.find(By.id("peers-intro")).getText();
            assertTrue(intro.startsWith("Zevenaar had 45.000 inwoners op 1 januari 2024"), intro);
            assertTrue(intro.contains("Montferland (36.000)"), "Montferland was a member in 2024: " + intro);
            List<String> headers = browser.driver().findElements(By.cssSelector("#peers-table thead th")).stream()
                    .map(e -> e.getText()).toList();
            assertEquals(7, headers.size(), "indicator, Zevenaar, four peers, region: " + headers);
            assertEquals("Zevenaar", headers.get(1));
            assertEquals("Regio", headers.get(6));
            String jobs = browser.driver().findElements(By.cssSelector("#peers-table tbody tr")).stream().map(e -> e.getText())
                    .filter(text -> text.startsWith("Aantal banen")).findFirst().orElseThrow();
            assertTrue(jobs.contains("444,4"), "Zevenaar's 20,000 jobs per 45,000 inhabitants: " + jobs);
            assertTrue(browser.find(By.id("indicator-table")).getText().contains("Bron: CBS, tabel 70072NED"),
                    "a CBS figure shows its source");
            browser.screenshot("municipality-peers");
            assertEquals(List.of(), browser.accessibilityViolations());
            assertEquals(List.of(), browser.consoleErrors());
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("cbs-browser-coordinator", null, "coordinator"), TestAccounts.PASSWORD);
            browser.open(base + "monitoring/coordinator.html?period=2024-Q4");
            browser.waitForReady();
            browser.waitUntil(d -> d.findElements(By.cssSelector("#mappings-table tbody tr")).size() > 0);
            assertTrue(browser.find(By.id("mappings-table")).getText().contains("WerkzamePersonen_9"));
            assertTrue(browser.find(By.id("imports-table")).getText().contains("70072NED"));
            assertEquals(List.of(), browser.accessibilityViolations());

            // the upload form: a check only, a real import, and a file in no StatLine format
            int imports = browser.driver().findElements(By.cssSelector("#imports-table tbody tr")).size();
            Path population = FIXTURES.resolve("population.odata3-typed.json").toAbsolutePath().normalize();
            importThroughTheForm(browser, population, true);
            assertTrue(browser.find(By.id("public-figures-status")).getText().contains("is in orde"),
                    browser.find(By.id("public-figures-status")).getText());
            assertEquals(imports, browser.driver().findElements(By.cssSelector("#imports-table tbody tr")).size(), "a check stores nothing");
            importThroughTheForm(browser, population, false);
            assertTrue(browser.find(By.id("public-figures-status")).getText().contains("geïmporteerd"),
                    browser.find(By.id("public-figures-status")).getText());
            browser.waitUntil(d -> d.findElements(By.cssSelector("#imports-table tbody tr")).size() == imports + 1);
            assertEquals(List.of(), browser.consoleErrors());
            Path notStatLine = Files.writeString(Files.createTempFile("not-statline", ".csv"),
                    "indicator,cbs_code,period,value\nREG_RNI,GM0202,2024-Q1,5\n");
            importThroughTheForm(browser, notStatLine, false);
            browser.waitUntil(d -> d.findElement(By.id("public-figures-problems")).isDisplayed());
            assertTrue(browser.find(By.id("public-figures-error")).getText().contains("niets opgeslagen")
                    || browser.find(By.id("public-figures-error")).getText().contains("nothing was saved"),
                    browser.find(By.id("public-figures-error")).getText());
            String problems = browser.find(By.id("public-figures-problems")).getText();
            assertTrue(problems.contains("file") && problems.contains("StatLine"), problems);
            browser.screenshot("coordinator-public-figures-refused");
            assertEquals(List.of(), browser.accessibilityViolations());
            // the browser logs the refused request itself, and nothing else
            assertTrue(browser.consoleErrors().stream().allMatch(e -> e.contains("public-figures?dryRun=false") && e.contains("400")));
        }
    }

    /** Chooses the file, ticks "only check" or not, submits, and waits until the page has the server's answer. */
    private static void importThroughTheForm(Browser browser, Path file, boolean onlyCheck) {
        browser.find(By.id("public-figures-file")).sendKeys(file.toString());
        if (browser.find(By.id("public-figures-dry-run")).isSelected() != onlyCheck) {
            browser.find(By.id("public-figures-dry-run")).click();
        }
        browser.script("document.getElementById('public-figures-status').textContent = '';"
                + "document.getElementById('public-figures-error').textContent = '';");
        browser.find(By.cssSelector("#public-figures-form button[type=submit]")).click();
        browser.waitUntil(d -> {
            String status = d.findElement(By.id("public-figures-status")).getText();
            String error = d.findElement(By.id("public-figures-error")).getText();
            return !error.isEmpty() || !status.isEmpty() && !status.startsWith("Bezig");
        });
    }

    private static void assertRefused(Api.Reply reply, int row, String column, String says) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals(row, error.getInt("row"), reply::toString);
        assertEquals(column, error.getString("column"), reply::toString);
        assertTrue(error.getString("problem").contains(says), reply::toString);
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }
}
