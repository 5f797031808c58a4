package nl.regioan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.MonitoringRoles;
import nl.regioan.testsupport.MonitoringValues;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch aggregation (GET monitoring/aggregates) against the real WAR and MariaDB: it gives the
 * same figures as one series per indicator for the region, a subregion and a municipality; and the
 * versioned indicator definitions (GET/POST indicators/{code}/definitions) with the breaks that
 * series and aggregates report. The database is shared, so figures are compared, not assumed.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringAggregatesIT {

    /**
     * The region exists from 2021. Other test classes expect 2021-2025 partly empty (completeness of
     * 2022-Q4, no OVERLAST in 2021-Q1, dashboard totals of 2024 and 2025), so this class uses 2026.
     */
    private static final int YEAR = 2026;

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private MonitoringRoles roles;


    /** The dashboard and report tests read 2026 as the year without data: leave it empty again. */
    @AfterAll
    static void removeTheFixtures() throws Exception {
        try (Connection db = TestAccounts.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE h FROM monitoring_value_history h JOIN monitoring_value v ON v.id = h.value_id"
                    + " WHERE v.period LIKE '" + YEAR + "%'");
            sql.executeUpdate("DELETE FROM monitoring_value WHERE period LIKE '" + YEAR + "%'");
        }
    }

    @BeforeEach
    void logIn() {
        roles = MonitoringRoles.logIn(base, "agg");
    }

    @Test
    void theBatchGivesTheSameFiguresAsOneSeriesPerIndicatorForEveryKindOfArea() throws Exception {
        try (Connection db = TestAccounts.connect()) {
            for (int q = 1; q <= 4; q++) {
                MonitoringValues.insert(db, "OVERLAST", "GM0202", YEAR + "-Q" + q, String.valueOf(q * 10), "APPROVED");
                MonitoringValues.insert(db, "OVERLAST", "GM0299", YEAR + "-Q" + q, "7", "SUBMITTED");
                MonitoringValues.insert(db, "REG_RNI", "GM0268", YEAR + "-Q" + q, "100", "APPROVED");
            }
            MonitoringValues.insert(db, "REG_RNI", "GM0202", YEAR + "-Q1", "55", "APPROVED"); // three quarters missing
            MonitoringValues.insert(db, "OVERLAST", "GM0226", YEAR + "-Q1", "999", "DRAFT"); // drafts do not count
            MonitoringValues.insert(db, "WONEN_BIJ_WERK", "GM0202", String.valueOf(YEAR), "90", "APPROVED");
            MonitoringValues.insert(db, "IW_WERKZAAM", "GM0202", String.valueOf(YEAR), "300", "APPROVED");
            MonitoringValues.insert(db, "WONEN_BIJ_WERK", "GM0268", String.valueOf(YEAR), "60", "APPROVED");
            MonitoringValues.insert(db, "IW_WERKZAAM", "GM0268", String.valueOf(YEAR), "100", "APPROVED");
        }
        for (String area : List.of("region", "Liemers", "GM0202")) {
            Api.Reply batch = roles.reader().get("api/v1/monitoring/aggregates?year=" + YEAR + "&area=" + area);
            assertEquals(200, batch.status(), batch::toString);
            assertEquals(String.valueOf(YEAR), batch.object().getString("period"));
            List<JsonObject> indicators = batch.object().getJsonArray("indicators").getValuesAs(JsonObject.class);
            assertFalse(indicators.isEmpty());
            for (JsonObject fromBatch : indicators) {
                String code = fromBatch.getString("indicator");
                Api.Reply single = roles.reader().get("api/v1/monitoring/series?indicator=" + code + "&area=" + area + "&from=" + YEAR
                        + "&to=" + YEAR + "&granularity=year");
                // a region-only indicator in a municipality's or subregion's list would be refused here (400)
                assertEquals(200, single.status(), single::toString);
                assertEquals(single.object().getJsonArray("points"), fromBatch.getJsonArray("points"), code + " in " + area);
                assertEquals(single.object().getJsonArray("breaks"), fromBatch.getJsonArray("breaks"), code + " in " + area);
            }
        }
        JsonObject gm0202 = point(roles.reader().get("api/v1/monitoring/aggregates?year=" + YEAR + "&area=GM0202"), "OVERLAST");
        assertEquals(0, new BigDecimal("100").compareTo(gm0202.getJsonNumber("value").bigDecimalValue()), "a flow sums its quarters");
        JsonObject rni = point(roles.reader().get("api/v1/monitoring/aggregates?year=" + YEAR + "&area=GM0202"), "REG_RNI");
        assertTrue(rni.isNull("value") || rni.getBoolean("missing"), "a year with missing quarters is missing, never zero");
        assertTrue(rni.getBoolean("missing"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertEquals("year", roles.reader().get("api/v1/monitoring/aggregates?year=2024-Q5&area=region").badRequestField());
        assertEquals("year", roles.reader().get("api/v1/monitoring/aggregates?area=region").badRequestField());
        assertEquals("year", roles.reader().get("api/v1/monitoring/aggregates?year=12%20euro").badRequestField());
        assertEquals("area", roles.reader().get("api/v1/monitoring/aggregates?year=2024&area=Veluwe").badRequestField());
        assertEquals(404, roles.reader().get("api/v1/monitoring/aggregates?year=2024&area=GM9999").status());
        assertEquals(401, new Api(base).get("api/v1/monitoring/aggregates?year=2024&area=region").status());
        assertEquals(200, roles.reader().get("api/v1/monitoring/aggregates?year=2024").status(), "area defaults to the region");
    }

    @Test
    void theCoordinatorVersionsADefinitionAndSeriesShowTheBreakWithItsFootnote() throws Exception {
        Api.Reply before = roles.reader().get("api/v1/indicators/REG_BRP/definitions");
        assertEquals(200, before.status(), before::toString);
        List<JsonObject> versions = before.array().getValuesAs(JsonObject.class);
        assertEquals(1, versions.get(0).getInt("version"));
        assertTrue(versions.get(0).isNull("validFrom"), "the catalogue's definition holds from the start");
        JsonObject latest = versions.get(versions.size() - 1);
        // A change next year (aggregates go up to next year); should the database be reused, a year after the last change.
        int year = latest.isNull("validFrom") ? java.time.LocalDate.now().getYear()
                : Integer.parseInt(latest.getString("validFrom").substring(0, 4)) + 1;
        String change = """
                {"validFrom": "%s", "definition": "Inschrijvingen BRP inclusief briefadressen", "footnote": "%s"}""";
        String footnote = "Vanaf " + year + "-Q3 inclusief briefadressen.";

        assertEquals(403, roles.steward().post("api/v1/indicators/REG_BRP/definitions", change.formatted(year + "-Q3", footnote)).status());
        assertEquals(403, roles.steering().post("api/v1/indicators/REG_BRP/definitions", change.formatted(year + "-Q3", footnote)).status());
        assertEquals(403, roles.reader().post("api/v1/indicators/REG_BRP/definitions", change.formatted(year + "-Q3", footnote)).status());
        assertEquals("validFrom", roles.coordinator().post("api/v1/indicators/REG_BRP/definitions",
                change.formatted(year + "-Q5", footnote)).badRequestField());
        assertEquals("footnote", roles.coordinator().post("api/v1/indicators/REG_BRP/definitions",
                change.formatted(year + "-Q3", " ")).badRequestField());
        assertEquals("validFrom", roles.coordinator().post("api/v1/indicators/WONEN_BIJ_WERK/definitions",
                change.formatted(year + "-Q3", footnote)).badRequestField(), "a yearly indicator changes from a year");
        assertEquals(404, roles.coordinator().post("api/v1/indicators/NOPE/definitions", change.formatted(year + "-Q3", footnote)).status());

        Api.Reply created = roles.coordinator().post("api/v1/indicators/REG_BRP/definitions", change.formatted(year + "-Q3", footnote));
        assertEquals(201, created.status(), created::toString);
        assertEquals(latest.getInt("version") + 1, created.object().getInt("version"));
        assertEquals(year + "-Q3", created.object().getString("validFrom"));
        assertEquals("validFrom", roles.coordinator().post("api/v1/indicators/REG_BRP/definitions",
                change.formatted(year + "-Q2", footnote)).badRequestField(), "a new version must start after the latest");
        assertTrue(auditCount() > 0, "the change is audited");

        JsonObject across = roles.reader().get("api/v1/monitoring/series?indicator=REG_BRP&area=region&from=" + (year - 1) + "-Q1&to="
                + year + "-Q4").object();
        assertEquals(1, across.getJsonArray("breaks").size(), across::toString);
        JsonObject mark = across.getJsonArray("breaks").getJsonObject(0);
        assertEquals(year + "-Q3", mark.getString("period"));
        assertEquals(footnote, mark.getString("footnote"));
        JsonObject after = roles.reader().get("api/v1/monitoring/series?indicator=REG_BRP&area=region&from=" + year + "-Q3&to="
                + year + "-Q4").object();
        assertEquals(0, after.getJsonArray("breaks").size(), "a range under one definition has no break");
        JsonObject before2 = roles.reader().get("api/v1/monitoring/series?indicator=REG_BRP&area=region&from=2024-Q1&to=2024-Q4").object();
        assertEquals(0, before2.getJsonArray("breaks").size());

        JsonObject yearly = roles.reader().get("api/v1/monitoring/aggregates?year=" + year + "&area=region").object()
                .getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicator").equals("REG_BRP")).findFirst().orElseThrow();
        assertEquals(year + "-Q3", yearly.getJsonArray("breaks").getJsonObject(0).getString("period"),
                "a year that mixes two definitions says so");

        List<JsonObject> now = roles.reader().get("api/v1/indicators/REG_BRP/definitions").array().getValuesAs(JsonObject.class);
        assertEquals(footnote, now.get(now.size() - 1).getString("footnote"));
        assertEquals("agg-coordinator", now.get(now.size() - 1).getString("changedBy"));
    }

    private static JsonObject point(Api.Reply reply, String indicator) {
        return reply.object().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicator").equals(indicator)).findFirst().orElseThrow()
                .getJsonArray("points").getJsonObject(0);
    }


    private static int auditCount() throws Exception {
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'INDICATOR_DEFINITION_CHANGED' AND actor_username = 'agg-coordinator'");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

}
