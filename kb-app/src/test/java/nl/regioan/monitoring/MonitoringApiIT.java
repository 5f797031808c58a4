package nl.regioan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.MonitoringValues;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring against the real WAR and MariaDB: the entry form, drafts, warnings that need a comment,
 * submission, approval, sending back, deadlines, history, completeness, bulk CSV/JSON delivery (also
 * with an API token), export and aggregated series. Each test uses its own municipality and period.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api arnhem;
    private Api nijmegen;
    private Api coordinator;
    private Api steering;
    private Api reader;

    @BeforeEach
    void logIn() {
        arnhem = Api.as(base, TestAccounts.create("mon-steward-arnhem", "GM0202", "data-steward"));
        nijmegen = Api.as(base, TestAccounts.create("mon-steward-nijmegen", "GM0268", "data-steward"));
        coordinator = Api.as(base, TestAccounts.create("mon-coordinator", null, "coordinator"));
        steering = Api.as(base, TestAccounts.create("mon-steering", null, "steering"));
        reader = Api.as(base, TestAccounts.create("mon-reader", "GM0202", "reader"));
    }

    private static JsonObject line(Api.Reply form, String indicator) {
        return form.object().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    private static JsonObject lineOf(JsonObject form, String indicator) {
        return form.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    private static String firstField(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private Api.Reply csv(Api client, String path, byte[] body, String accept) {
        return client.send(HttpRequest.newBuilder(client.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "text/csv").header("Accept", accept));
    }

    private static int countValues(String area, String period) throws Exception {
        try (Connection db = TestAccounts.connect();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM monitoring_value WHERE area_code = ? AND period = ?")) {
            query.setString(1, area);
            query.setString(2, period);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @Test
    void anonymousCallersAreRefused() {
        Api anonymous = new Api(base);
        assertEquals(401, anonymous.get("api/v1/monitoring/forms/GM0202/2023-Q2").status());
        assertEquals(401, anonymous.get("api/v1/monitoring/series?indicator=OVERLAST&area=region&from=2024&to=2024").status());
        assertEquals(401, anonymous.post("api/v1/monitoring/values", "[]").status());
    }

    @Test
    void aSaveWithAStaleIfMatchIsRefusedWith412AndTheCurrentState() {
        String form = "api/v1/monitoring/forms/GM0268/2021-Q3";
        Api.Reply opened = nijmegen.get(form);
        assertEquals(200, opened.status(), opened::toString);
        String etag = opened.response().headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + opened.object().getString("etag") + "\"", etag, "the header and the body name the same state");
        assertEquals(etag, nijmegen.get(form).response().headers().firstValue("ETag").orElseThrow(), "stable while nothing changes");

        // a colleague saves first, with the ETag they loaded
        Api.Reply first = nijmegen.put(form, """
                {"values": [{"indicator": "REG_RNI", "value": 40}]}""", etag);
        assertEquals(200, first.status(), first::toString);
        String newer = first.response().headers().firstValue("ETag").orElseThrow();
        assertFalse(newer.equals(etag), "a save changes the state");

        Api.Reply stale = nijmegen.put(form, """
                {"values": [{"indicator": "REG_RNI", "value": 41}]}""", etag);
        assertEquals(412, stale.status(), stale::toString);
        assertTrue(stale.contentType().startsWith("application/problem+json"), stale::toString);
        JsonObject current = stale.object().getJsonObject("current");
        assertEquals(40, lineOf(current, "REG_RNI").getInt("value"), "the stored figure, not the stale one");
        assertEquals(newer, stale.response().headers().firstValue("ETag").orElseThrow());
        assertEquals(412, nijmegen.send(java.net.http.HttpRequest.newBuilder(nijmegen.resolve(form + "/submit"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).header("If-Match", etag)).status(),
                "a stale submit is refused too");

        Api.Reply fresh = nijmegen.put(form, """
                {"values": [{"indicator": "REG_RNI", "value": 41}]}""", newer);
        assertEquals(200, fresh.status(), fresh::toString);
        assertEquals(41, line(fresh, "REG_RNI").getInt("value"));
        assertEquals(200, nijmegen.put(form, """
                {"values": [{"indicator": "REG_RNI", "value": 42}]}""", null).status(), "If-Match stays optional for bulk clients");
        assertEquals(403, arnhem.put(form, "{\"values\": []}", newer).status(), "another municipality's form stays closed");
    }

    @Test
    void stewardEntersAWarningNeedsACommentSubmitsAndTheCoordinatorApprovesAndCorrects() throws Exception {
        String form = "api/v1/monitoring/forms/GM0202/2023-Q2";
        Api.Reply empty = arnhem.get(form);
        assertEquals(200, empty.status(), empty::toString);
        assertEquals("Arnhem", empty.object().getString("areaName"));
        assertEquals(11, empty.object().getJsonArray("lines").size(), "the quarterly municipal indicators");
        assertEquals(List.of("2023-Q1", "2022-Q4", "2022-Q3", "2022-Q2"), line(empty, "REG_RNI").getJsonArray("previous")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("period")).toList());
        assertEquals("NOT_STARTED", empty.object().getString("status"));

        Api.Reply saved = arnhem.put(form, """
                {"values": [{"indicator": "REG_NACHT", "value": 250}, {"indicator": "FIN_VERBLIJF", "value": 0},
                            {"indicator": "REG_RNI", "value": 12}]}""", null);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("IN_PROGRESS", saved.object().getString("status"));
        assertFalse(line(saved, "FIN_VERBLIJF").getJsonArray("warnings").isEmpty(), "night register without tourist tax");
        assertTrue(line(saved, "REG_RNI").getJsonArray("warnings").isEmpty());

        Api.Reply refused = arnhem.post(form + "/submit", null);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("FIN_VERBLIJF.comment"), fields(refused));

        Api.Reply commented = arnhem.put(form, """
                {"values": [{"indicator": "FIN_VERBLIJF", "value": 0, "comment": "Aanslagen voor Q2 worden in Q3 geïnd"}]}""", null);
        assertEquals(200, commented.status(), commented::toString);
        Api.Reply submitted = arnhem.post(form + "/submit", null);
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.object().getString("status"));

        assertEquals(403, arnhem.post(form + "/approve", null).status(), "a steward cannot approve");
        Api.Reply approved = coordinator.post(form + "/approve", null);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.object().getString("status"));

        String change = """
                {"values": [{"indicator": "REG_RNI", "value": 13}]%s}""";
        assertEquals(403, arnhem.put(form, change.formatted(""), null).status(), "approved: only the coordinator");
        Api.Reply noReason = coordinator.put(form, change.formatted(""), null);
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("reason", firstField(noReason));
        Api.Reply corrected = coordinator.put(form, change.formatted(", \"reason\": \"CBS-correctie\""), null);
        assertEquals(200, corrected.status(), corrected::toString);
        JsonObject rni = line(corrected, "REG_RNI");
        assertEquals(13, rni.getInt("value"));
        assertEquals("APPROVED", rni.getString("status"));

        Api.Reply history = arnhem.get("api/v1/monitoring/values/" + rni.getJsonNumber("valueId").longValue() + "/history");
        assertEquals(200, history.status(), history::toString);
        List<JsonObject> changes = history.array().getValuesAs(JsonObject.class);
        assertEquals(List.of("DRAFT", "SUBMITTED", "APPROVED", "APPROVED"), changes.stream().map(c -> c.getString("newStatus")).toList());
        JsonObject last = changes.get(changes.size() - 1);
        assertEquals(12, last.getInt("oldValue"));
        assertEquals(13, last.getInt("newValue"));
        assertEquals("mon-coordinator", last.getString("changedBy"));
        assertTrue(last.getString("comment").contains("CBS-correctie"));
        assertEquals(404, nijmegen.get("api/v1/monitoring/values/" + rni.getJsonNumber("valueId").longValue() + "/history").status());

        try (Connection db = TestAccounts.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT actor_username, new_value FROM audit_entry WHERE action = 'MONITORING_VALUE_CORRECTED' AND entity_id = ?")) {
            query.setString(1, "GM0202/2023-Q2/REG_RNI");
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "the correction is audited");
                assertEquals("mon-coordinator", result.getString(1));
                assertTrue(result.getString(2).contains("CBS-correctie"), result.getString(2));
            }
        }
    }

    @Test
    void anotherMunicipalitysFormIsRefused() {
        String form = "api/v1/monitoring/forms/GM0202/2023-Q4";
        assertEquals(403, nijmegen.get(form).status());
        assertEquals(403, nijmegen.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 1}]}", null).status());
        assertEquals(403, nijmegen.post(form + "/submit", null).status());
        assertEquals(403, reader.get(form).status(), "readers have no data-steward role");
        assertEquals(200, steering.get(form).status(), "the steering group reads every municipality");
        assertEquals(403, steering.put(form, "{\"values\": []}", null).status());
        assertEquals(403, arnhem.get("api/v1/monitoring/forms/region/2023").status());
        Api.Reply region = coordinator.get("api/v1/monitoring/forms/region/2023");
        assertEquals(200, region.status(), region::toString);
        assertEquals("BRP_REGIO", region.object().getJsonArray("lines").getJsonObject(0).getString("indicator"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        String form = "api/v1/monitoring/forms/GM0202/2023-Q4";
        Api.Reply negative = arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": -1}]}", null);
        assertEquals(400, negative.status(), negative::toString);
        assertEquals("REG_RNI.value", firstField(negative));
        Api.Reply fraction = arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 2.5}]}", null);
        assertTrue(fraction.body().contains("whole number"), fraction::toString);
        Api.Reply yearly = arnhem.put(form, "{\"values\": [{\"indicator\": \"TEVR_LEVEN\", \"value\": 7}]}", null);
        assertEquals("values[0].indicator", firstField(yearly));
        Api.Reply fifth = arnhem.get("api/v1/monitoring/forms/GM0202/2024-Q5");
        assertEquals(400, fifth.status());
        assertEquals("period", firstField(fifth));
        assertTrue(fifth.object().getJsonArray("errors").getJsonObject(0).getString("reason").contains("Q1 to Q4"));
        assertEquals("cbsCode", firstField(arnhem.get("api/v1/monitoring/forms/GM02/2024-Q1")));
        assertEquals(404, coordinator.get("api/v1/monitoring/forms/GM9999/2024-Q1").status());
        assertEquals(404, arnhem.get("api/v1/monitoring/values/999999/history").status());
        assertEquals(0, countValuesQuietly("GM0202", "2023-Q4"));
    }

    private static int countValuesQuietly(String area, String period) {
        try {
            return countValues(area, period);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCoordinatorSendsBackWithAReasonAndTheStewardSubmitsAgain() {
        Api renkum = Api.as(base, TestAccounts.create("mon-steward-renkum", "GM0274", "data-steward"));
        String form = "api/v1/monitoring/forms/GM0274/2023-Q3";
        assertEquals(200, renkum.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 5}]}", null).status());
        assertEquals(200, renkum.post(form + "/submit", null).status());
        Api.Reply noReason = coordinator.post(form + "/send-back", "{}");
        assertEquals(400, noReason.status());
        assertEquals("reason", firstField(noReason));
        Api.Reply back = coordinator.post(form + "/send-back", "{\"reason\": \"Q3 is gelijk aan Q2, klopt dat?\"}");
        assertEquals(200, back.status(), back::toString);
        assertEquals("RETURNED", back.object().getString("status"));
        Api.Reply seen = renkum.get(form);
        assertEquals("Q3 is gelijk aan Q2, klopt dat?", line(seen, "REG_RNI").getString("returnReason"));
        assertEquals(200, renkum.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 6}]}", null).status());
        Api.Reply again = renkum.post(form + "/submit", null);
        assertEquals("SUBMITTED", again.object().getString("status"), again::toString);
    }

    @Test
    void aClosedPeriodChangesOnlyByTheCoordinatorAndLateMunicipalitiesShow() {
        assertEquals(403, arnhem.put("api/v1/monitoring/periods/2022-Q4", "{\"deadline\": \"2023-02-15\"}", null).status());
        Api.Reply early = coordinator.put("api/v1/monitoring/periods/2022-Q4", "{\"deadline\": \"2022-10-01\"}", null);
        assertEquals(400, early.status());
        assertEquals("deadline", firstField(early));
        Api.Reply set = coordinator.put("api/v1/monitoring/periods/2022-Q4", "{\"deadline\": \"2023-02-15\"}", null);
        assertEquals(200, set.status(), set::toString);
        assertEquals("2023-02-15", set.object().getString("deadline"));

        String form = "api/v1/monitoring/forms/GM0202/2022-Q4";
        assertTrue(arnhem.get(form).object().getBoolean("closed"));
        assertEquals(403, arnhem.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 3}]}", null).status());
        assertEquals(200, coordinator.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 3}],"
                + " \"reason\": \"nagekomen opgave\"}", null).status());

        Api.Reply overview = steering.get("api/v1/monitoring/completeness?period=2022-Q4");
        assertEquals(200, overview.status(), overview::toString);
        List<JsonObject> rows = overview.object().getJsonArray("municipalities").getValuesAs(JsonObject.class);
        assertEquals(18, rows.size());
        JsonObject arnhemRow = rows.stream().filter(r -> r.getString("cbsCode").equals("GM0202")).findFirst().orElseThrow();
        assertEquals("IN_PROGRESS", arnhemRow.getString("status"));
        assertTrue(arnhemRow.getBoolean("late"));
        assertTrue(rows.stream().filter(r -> !r.getString("cbsCode").equals("GM0202"))
                .allMatch(r -> r.getString("status").equals("NOT_STARTED") && r.getBoolean("late")));

        List<JsonObject> in2025 = coordinator.get("api/v1/monitoring/completeness?period=2025-Q1").object()
                .getJsonArray("municipalities").getValuesAs(JsonObject.class);
        assertEquals(17, in2025.size());
        assertTrue(in2025.stream().noneMatch(r -> r.getString("name").equals("Montferland")));
        assertEquals(403, arnhem.get("api/v1/monitoring/completeness?period=2022-Q4").status());
        assertEquals("period", firstField(coordinator.get("api/v1/monitoring/completeness")));
    }

    @Test
    void aCsvWithOneBadRowChangesNothing() throws Exception {
        byte[] oneBad = """
                indicator,cbs_code,period,value,comment
                REG_RNI,GM0202,2023-Q1,12,
                REG_BRP,GM0202,2023-Q1,12 euro,
                """.getBytes(StandardCharsets.UTF_8);
        Api.Reply refused = csv(arnhem, "api/v1/monitoring/values.csv", oneBad, "application/json");
        assertEquals(400, refused.status(), refused::toString);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("row"));
        assertEquals("value", error.getString("column"));
        assertTrue(error.getString("problem").contains("unit"), error::toString);
        assertEquals(0, countValues("GM0202", "2023-Q1"), "nothing half-applied");

        byte[] manyBad = """
                indicator,cbs_code,period,value,comment
                REG_XYZ,GM0202,2023-Q1,1,
                REG_RNI,GM0202,2024-Q5,1,
                REG_BRP,GM0202,2023-Q1,1,
                REG_BRP,GM0202,2023-Q1,2,
                REG_RNI,GM9999,2023-Q1,1,
                """.getBytes(StandardCharsets.UTF_8);
        Api.Reply errors = csv(arnhem, "api/v1/monitoring/values.csv", manyBad, "application/json");
        assertEquals(400, errors.status(), errors::toString);
        List<String> found = errors.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + ":" + e.getString("column")).toList();
        assertEquals(List.of("2:indicator", "3:period", "5:indicator", "6:cbs_code"), found);
        Api.Reply asCsv = csv(arnhem, "api/v1/monitoring/values.csv", manyBad, "text/csv");
        assertEquals(400, asCsv.status());
        assertTrue(asCsv.contentType().startsWith("text/csv"), asCsv.contentType());
        assertTrue(asCsv.body().startsWith("row,column,problem"), asCsv.body());
        assertTrue(asCsv.body().contains("duplicate of row 4"), asCsv.body());

        byte[] excel = "indicator;cbs_code;period;value;comment\r\nFIN_VERBLIJF;GM0202;2023-Q1;1234,50;geïnd via café\r\nREG_RNI;GM0202;2023-Q1;12;\r\n"
                .getBytes(Charset.forName("windows-1252"));
        byte[] withBom = new byte[excel.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(excel, 0, withBom, 3, excel.length);
        Api.Reply dryRun = csv(arnhem, "api/v1/monitoring/values.csv?dryRun=true", withBom, "application/json");
        assertEquals(200, dryRun.status(), dryRun::toString);
        assertTrue(dryRun.object().getBoolean("dryRun"));
        assertEquals(0, countValues("GM0202", "2023-Q1"), "a dry run saves nothing");
        Api.Reply applied = csv(arnhem, "api/v1/monitoring/values.csv", withBom, "application/json");
        assertEquals(200, applied.status(), applied::toString);
        assertEquals(2, applied.object().getInt("applied"));
        JsonObject tax = line(arnhem.get("api/v1/monitoring/forms/GM0202/2023-Q1"), "FIN_VERBLIJF");
        assertEquals(0, new BigDecimal("1234.5").compareTo(tax.getJsonNumber("value").bigDecimalValue()));
        assertEquals("geïnd via café", tax.getString("comment"));
        assertEquals("DRAFT", tax.getString("status"));
    }

    @Test
    void bulkDeliveryForAnotherMunicipalityOrTooLargeIsRefused() {
        byte[] other = "indicator,cbs_code,period,value,comment\nREG_RNI,GM0268,2021-Q2,1,\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, csv(arnhem, "api/v1/monitoring/values.csv", other, "application/json").status());
        byte[] huge = new byte[50 * 1024 * 1024]; // the 50 MB CSV: refused while streaming, never held in memory
        Arrays.fill(huge, (byte) 'x');
        Api.Reply tooLarge = csv(arnhem, "api/v1/monitoring/values.csv", huge, "application/json");
        assertEquals(413, tooLarge.status(), () -> tooLarge.status() + "");
        assertTrue(tooLarge.body().contains("10 MB"), tooLarge.body());
        Api.Reply notAnArray = arnhem.post("api/v1/monitoring/values", "{}");
        assertEquals(400, notAnArray.status());
        assertEquals("body", firstField(notAnArray));
    }

    @Test
    void aMunicipalSystemDeliversWithAnApiToken() throws Exception {
        Api.Reply created = arnhem.post("api/v1/auth/tokens", "{\"name\": \"BI-koppeling monitoring\", \"validDays\": 30}");
        assertEquals(201, created.status(), created::toString);
        Api machine = Api.withToken(base, created.object().getString("secret"));
        byte[] file = "indicator,cbs_code,period,value,comment\nREG_RNI,GM0202,2021-Q1,3,uit BRP-koppeling\n"
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply viaCsv = csv(machine, "api/v1/monitoring/values.csv", file, "application/json");
        assertEquals(200, viaCsv.status(), viaCsv::toString);
        Api.Reply viaJson = machine.post("api/v1/monitoring/values",
                "[{\"indicator\": \"REG_BRP\", \"cbsCode\": \"GM0202\", \"period\": \"2021-Q1\", \"value\": 4}]");
        assertEquals(200, viaJson.status(), viaJson::toString);
        assertEquals(2, countValues("GM0202", "2021-Q1"));
        Api.Reply wrongJson = machine.post("api/v1/monitoring/values",
                "[{\"indicator\": \"REG_BRP\", \"cbsCode\": \"GM0202\", \"period\": \"2021-Q1\", \"value\": \"4 stuks\"}]");
        assertEquals(400, wrongJson.status());
        assertEquals("value", wrongJson.object().getJsonArray("errors").getJsonObject(0).getString("column"));
    }


    @Test
    void seriesAggregateByTheRulesAndTheMembersOfEachPeriod() throws Exception {
        try (Connection db = TestAccounts.connect()) {
            for (int q = 1; q <= 4; q++) {
                MonitoringValues.insert(db, "OVERLAST", "GM1955", "2024-Q" + q, String.valueOf(q), "APPROVED");
                MonitoringValues.insert(db, "OVERLAST", "GM0299", "2024-Q" + q, "10", "SUBMITTED");
                MonitoringValues.insert(db, "OVERLAST", "GM0299", "2025-Q" + q, "5", "APPROVED");
                MonitoringValues.insert(db, "OVERLAST", "GM1955", "2025-Q" + q, "100", "APPROVED"); // no longer a member
            }
            MonitoringValues.insert(db, "OVERLAST", "GM0226", "2024-Q1", "999", "DRAFT"); // drafts do not count
            MonitoringValues.insert(db, "WONEN_BIJ_WERK", "GM0202", "2024", "90", "APPROVED");
            MonitoringValues.insert(db, "IW_WERKZAAM", "GM0202", "2024", "300", "APPROVED");
            MonitoringValues.insert(db, "WONEN_BIJ_WERK", "GM0268", "2024", "60", "APPROVED");
            MonitoringValues.insert(db, "IW_WERKZAAM", "GM0268", "2024", "100", "APPROVED");
        }
        Api.Reply liemers = reader.get("api/v1/monitoring/series?indicator=OVERLAST&area=Liemers&from=2024&to=2025&granularity=year");
        assertEquals(200, liemers.status(), liemers::toString);
        List<JsonObject> years = liemers.object().getJsonArray("points").getValuesAs(JsonObject.class);
        assertEquals("2024", years.get(0).getString("period"));
        assertEquals(50, years.get(0).getInt("value"), "Montferland's 10 plus Zevenaar's 40");
        assertEquals(2, years.get(0).getInt("reported"));
        assertEquals(5, years.get(0).getInt("expected"), "five Liemers members in 2024");
        assertTrue(years.get(0).getBoolean("missing"));
        assertEquals(20, years.get(1).getInt("value"), "Montferland left: its 2025 figures do not count");
        assertEquals(4, years.get(1).getInt("expected"));

        Api.Reply zevenaar = reader.get("api/v1/monitoring/series?indicator=OVERLAST&area=GM0299&from=2024-Q3&to=2025-Q1&granularity=quarter");
        List<JsonObject> quarters = zevenaar.object().getJsonArray("points").getValuesAs(JsonObject.class);
        assertEquals(List.of("2024-Q3", "2024-Q4", "2025-Q1"), quarters.stream().map(p -> p.getString("period")).toList());
        assertEquals(List.of(10, 10, 5), quarters.stream().map(p -> p.getInt("value")).toList());
        assertFalse(quarters.get(0).getBoolean("missing"));

        JsonObject regionQ1 = reader.get("api/v1/monitoring/series?indicator=OVERLAST&area=region&from=2025-Q1&to=2025-Q1")
                .object().getJsonArray("points").getJsonObject(0);
        assertEquals(17, regionQ1.getInt("expected"));
        JsonObject nobody = reader.get("api/v1/monitoring/series?indicator=OVERLAST&area=region&from=2021-Q1&to=2021-Q1")
                .object().getJsonArray("points").getJsonObject(0);
        assertTrue(nobody.isNull("value"), "missing, never zero");
        assertEquals(0, nobody.getInt("reported"));

        JsonObject share = reader.get("api/v1/monitoring/series?indicator=WONEN_BIJ_WERK&area=region&from=2024&to=2024")
                .object().getJsonArray("points").getJsonObject(0);
        assertEquals(0, new BigDecimal("82.5").compareTo(share.getJsonNumber("value").bigDecimalValue()), share::toString);
        assertEquals(2, share.getInt("reported"));
        assertEquals(18, share.getInt("expected"));

        assertEquals("granularity", firstField(reader.get(
                "api/v1/monitoring/series?indicator=WONEN_BIJ_WERK&area=region&from=2024&to=2024&granularity=quarter")));
        assertEquals("area", firstField(reader.get("api/v1/monitoring/series?indicator=OVERLAST&area=Veluwe&from=2024&to=2024")));
        assertEquals("from", firstField(reader.get("api/v1/monitoring/series?indicator=OVERLAST&area=region&from=2024-Q5&to=2024")));
        assertEquals("indicator", firstField(reader.get("api/v1/monitoring/series?indicator=NOPE&from=2024&to=2024")));

        Api.Reply exported = reader.send(HttpRequest.newBuilder(reader.resolve(
                "api/v1/monitoring/export?indicator=OVERLAST&area=Liemers&from=2024&to=2024&format=csv")).GET());
        assertEquals(200, exported.status(), exported::toString);
        List<String> lines = exported.body().lines().toList();
        assertEquals("indicator,cbs_code,period,value,comment,unit,status", lines.get(0));
        assertEquals(9, lines.size(), "Montferland and Zevenaar, four quarters each; the draft is not shown to a reader");
        assertTrue(lines.contains("OVERLAST,GM1955,2024-Q1,1,,COUNT,APPROVED"), lines::toString);
        Api.Reply json = coordinator.get("api/v1/monitoring/export?indicator=OVERLAST&area=Liemers&from=2024&to=2024&format=json");
        assertTrue(json.array().getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("status").equals("DRAFT")),
                "the coordinator sees drafts");
    }
}
