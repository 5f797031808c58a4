package nl.regioan.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioan.testsupport.Api;
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
 * The dashboard and report endpoints against the real WAR on the known data set of {@link DashboardFixture},
 * whose totals are worked out by hand there: 2024 counts 18 municipalities, 2025 17.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api steering;
    private Api reader;

    @BeforeEach
    void setUp() {
        DashboardFixture.load();
        steering = Api.as(base, TestAccounts.create("dash-steering", null, "steering"));
        reader = Api.as(base, TestAccounts.create("dash-reader-arnhem", "GM0202", "reader"));
    }

    private static JsonObject series(JsonObject page, String area) {
        return page.getJsonArray("series").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("area").equals(area)).findFirst().orElseThrow(() -> new AssertionError(area));
    }

    private static List<String> values(JsonObject series) {
        return series.getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .map(p -> p.get("value") == null || p.get("value") == JsonValue.NULL ? "null" : p.get("value").toString()).toList();
    }

    @Test
    void anonymousCallersAreRefusedAndAnAccountWithoutRolesIsForbidden() {
        Api anonymous = new Api(base);
        assertEquals(401, anonymous.get("api/v1/dashboard/overview").status());
        assertEquals(401, anonymous.get("api/v1/dashboard/indicators/BANEN").status());
        assertEquals(401, anonymous.get("api/v1/reports/2025").status());
        assertEquals(401, anonymous.get("api/v1/dashboard/municipalities/GM0202").status());
        Api nobody = Api.as(base, TestAccounts.create("dash-no-roles", "GM0202"));
        Api.Reply refused = nobody.get("api/v1/dashboard/overview?period=2025");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(403, nobody.get("api/v1/reports/2025").status());
    }

    @Test
    void overviewTileShowsLatestValueChangesTargetAndOnTrack() {
        Api.Reply reply = reader.get("api/v1/dashboard/overview?period=2025");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject group = reply.object().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("level").equals("IMPACT") && g.getString("theme").equals("WORK_AND_ECONOMY"))
                .findFirst().orElseThrow();
        JsonObject tile = group.getJsonArray("tiles").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("indicator").equals("BANEN")).findFirst().orElseThrow();
        JsonObject figures = tile.getJsonObject("figures");
        assertEquals("2025", figures.getJsonObject("latest").getString("period"));
        assertEquals(521, figures.getJsonObject("latest").getInt("value"));
        assertEquals(21, figures.getJsonObject("sinceBaseline").getInt("absolute"), "521 - 500");
        assertEquals("4.2", figures.getJsonObject("sinceBaseline").getJsonNumber("percent").toString());
        assertEquals(551, figures.getJsonObject("yearBefore").getInt("value"));
        assertEquals(-30, figures.getJsonObject("sinceYearBefore").getInt("absolute"), "521 - 551");
        assertEquals("-5.4", figures.getJsonObject("sinceYearBefore").getJsonNumber("percent").toString());
        assertEquals(600, figures.getJsonObject("target").getInt("value"));
        assertTrue(figures.getBoolean("onTrack"), "below 600 but above the baseline of 500");
        assertEquals(17, tile.getInt("reported"));
        assertEquals(17, tile.getInt("expected"));
        assertEquals(List.of("2021", "2022", "2023", "2024", "2025"), tile.getJsonArray("trend").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("period")).toList());

        Api.Reply bad = reader.get("api/v1/dashboard/overview?period=2025-Q7");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("period", bad.firstErrorField());
    }

    @Test
    void anIndicatorPageWithoutAnEndIncludesTheCurrentYearOnceItHasFigures() throws Exception {
        int thisYear = java.time.LocalDate.now().getYear();
        Api.Reply before = steering.get("api/v1/dashboard/indicators/VESTIGINGEN");
        assertEquals(String.valueOf(thisYear - 1), before.object().getString("to"), "without figures: the last complete year");
        try (var db = TestAccounts.connect()) {
            nl.regioan.testsupport.MonitoringValues.insert(db, "VESTIGINGEN", "GM0202", String.valueOf(thisYear), "1200", "APPROVED");
            try {
                Api.Reply after = steering.get("api/v1/dashboard/indicators/VESTIGINGEN");
                assertEquals(String.valueOf(thisYear), after.object().getString("to"), after::toString);
                List<String> region = values(series(after.object(), "region"));
                assertEquals("1200", region.get(region.size() - 1), "the just approved figure is shown, not missing");
            } finally {
                // Other tests read the current year as a year without figures.
                try (var delete = db.prepareStatement("DELETE FROM monitoring_value WHERE area_code = 'GM0202' AND period = ?"
                        + " AND indicator_id = (SELECT id FROM indicator WHERE code = 'VESTIGINGEN')")) {
                    delete.setString(1, String.valueOf(thisYear));
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void indicatorPageHasTrendsPerAreaReferenceLinesAndAComparisonOfMembers() {
        Api.Reply reply = steering.get("api/v1/dashboard/indicators/banen?areas=region,Liemers,GM0202&from=2024&to=2025");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject page = reply.object();
        assertEquals("year", page.getString("granularity"));
        assertEquals(List.of("551", "521"), values(series(page, "region")));
        assertEquals(List.of("100", "55"), values(series(page, "Liemers")), "Montferland counts in 2024 only");
        assertEquals(List.of("100", "110"), values(series(page, "GM0202")));
        assertEquals("Arnhem", series(page, "GM0202").getString("label"));
        JsonObject region2024 = series(page, "region").getJsonArray("points").getJsonObject(0);
        assertEquals(17, region2024.getInt("reported"));
        assertEquals(18, region2024.getInt("expected"));
        assertTrue(region2024.getBoolean("missing"), "Mook en Middelaar did not report in 2024");
        assertEquals(500, page.getJsonObject("baseline").getInt("value"));
        assertEquals("AT_LEAST", page.getJsonObject("target").getString("direction"));

        JsonObject comparison = page.getJsonObject("comparison");
        assertEquals("2025", comparison.getString("period"));
        assertTrue(comparison.getBoolean("perThousandAvailable"), "the catalogue has the population (INWONERS)");
        Map<String, Integer> rows = new TreeMap<>();
        comparison.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> rows.put(r.getString("cbsCode"), r.getInt("value")));
        assertEquals(17, rows.size());
        assertFalse(rows.containsKey("GM1955"), "Montferland is no member in 2025");
        assertEquals(5, rows.get("GM0944"));
        assertEquals(521, rows.values().stream().mapToInt(Integer::intValue).sum());

        Api.Reply y2024 = steering.get("api/v1/dashboard/indicators/BANEN?from=2024&to=2024&period=2024");
        assertEquals(200, y2024.status(), y2024::toString);
        List<JsonObject> rows2024 = y2024.object().getJsonObject("comparison").getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(18, rows2024.size());
        JsonObject mook = rows2024.stream().filter(r -> r.getString("cbsCode").equals("GM0944")).findFirst().orElseThrow();
        assertTrue(mook.getBoolean("missing"));
        assertFalse(mook.containsKey("value") && mook.get("value") != JsonValue.NULL, "missing is not zero");
        assertEquals(4, y2024.object().getJsonArray("series").size(), "region and three subregions by default");
    }

    @Test
    void municipalityPageComparesWithItsBaselineAndTheRegion() {
        Api.Reply reply = reader.get("api/v1/dashboard/municipalities/gm0202?period=2025");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject page = reply.object();
        assertEquals("Arnhem", page.getString("name"));
        assertEquals("Arnhem", page.getString("subregion"));
        JsonObject banen = page.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicator").equals("BANEN")).findFirst().orElseThrow();
        assertEquals(110, banen.getJsonObject("figures").getJsonObject("latest").getInt("value"));
        assertEquals(10, banen.getJsonObject("figures").getJsonObject("sinceYearBefore").getInt("absolute"), "110 - 100");
        assertEquals(521, banen.getInt("regionValue"));
        JsonObject completeness = page.getJsonObject("completeness");
        assertTrue(completeness.getInt("reported") >= 1 && completeness.getInt("reported") <= completeness.getInt("expected"));
        assertTrue(page.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("indicator").equals("BRP_REGIO")), "region-only indicators are not per municipality");

        Api.Reply unknown = reader.get("api/v1/dashboard/municipalities/GM9999");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("GM9999"), unknown::toString);
        Api.Reply badPeriod = reader.get("api/v1/dashboard/municipalities/GM0202?period=next");
        assertEquals(400, badPeriod.status(), badPeriod::toString);
        assertEquals("period", badPeriod.firstErrorField());
    }

    @Test
    void badIndicatorRequestsNameTheFieldOrSayWhatIsUnknown() {
        Api.Reply unknown = reader.get("api/v1/dashboard/indicators/NOPE");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("NOPE"), unknown::toString);
        Api.Reply area = reader.get("api/v1/dashboard/indicators/BANEN?areas=Atlantis");
        assertEquals(400, area.status(), area::toString);
        assertEquals("areas", area.firstErrorField());
        Api.Reply granularity = reader.get("api/v1/dashboard/indicators/BANEN?granularity=quarter");
        assertEquals(400, granularity.status(), granularity::toString);
        assertEquals("granularity", granularity.firstErrorField());
        Api.Reply from = reader.get("api/v1/dashboard/indicators/BANEN?from=2024-Q5");
        assertEquals(400, from.status(), from::toString);
        assertEquals("from", from.firstErrorField());
        Api.Reply order = reader.get("api/v1/dashboard/indicators/BANEN?from=2025&to=2023");
        assertEquals(400, order.status(), order::toString);
        assertEquals("from", order.firstErrorField());
    }

    @Test
    void reportCountsEighteenMunicipalitiesIn2024AndSeventeenIn2025() {
        Api.Reply r2025 = steering.get("api/v1/reports/2025");
        assertEquals(200, r2025.status(), r2025::toString);
        JsonObject report = r2025.object();
        assertEquals(17, report.getInt("municipalityCount"));
        assertEquals(17, report.getJsonArray("municipalities").size());
        assertTrue(report.getBoolean("hasData"));
        JsonObject banen = banen(report);
        assertEquals(521, banen.getJsonObject("region").getInt("value"));
        assertEquals(Map.of("Arnhem", 211, "Liemers", 55, "Rijk van Nijmegen", 255), subregions(banen));
        assertEquals(17, banen.getJsonArray("municipalities").size());
        assertEquals(500, banen.getJsonObject("baseline").getInt("value"));
        assertTrue(banen.getJsonObject("figures").getBoolean("onTrack"));
        assertTrue(report.getJsonObject("completeness").getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .noneMatch(g -> g.getString("indicator").equals("BANEN")), "every member reported BANEN for 2025");
        assertTrue(report.getJsonObject("completeness").getJsonNumber("unapprovedValues").longValue() >= 1,
                "Mook en Middelaar's submitted value is not approved yet, and the report says so");

        Api.Reply r2024 = reader.get("api/v1/reports/2024");
        assertEquals(200, r2024.status(), r2024::toString);
        assertEquals(18, r2024.object().getInt("municipalityCount"));
        JsonObject banen2024 = banen(r2024.object());
        assertEquals(551, banen2024.getJsonObject("region").getInt("value"));
        assertTrue(banen2024.getJsonObject("region").getBoolean("missing"));
        assertEquals(Map.of("Arnhem", 201, "Liemers", 100, "Rijk van Nijmegen", 250), subregions(banen2024));
        JsonObject gap = r2024.object().getJsonObject("completeness").getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("indicator").equals("BANEN")).findFirst().orElseThrow();
        assertEquals(List.of("Mook en Middelaar"), gap.getJsonArray("municipalities").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void reportsForYearsWithoutDataOrMembersSaySoAndBadYearsNameTheField() {
        Api.Reply empty = reader.get("api/v1/reports/2026");
        assertEquals(200, empty.status(), empty::toString);
        assertFalse(empty.object().getBoolean("hasData"));
        assertTrue(empty.object().getString("message").contains("2026"), empty::toString);
        Api.Reply before = reader.get("api/v1/reports/2019");
        assertEquals(404, before.status(), before::toString);
        assertTrue(before.body().contains("2019"), before::toString);
        Api.Reply notAYear = reader.get("api/v1/reports/twenty");
        assertEquals(400, notAYear.status(), notAYear::toString);
        assertEquals("year", notAYear.firstErrorField());
        Api.Reply future = reader.get("api/v1/reports/2999");
        assertEquals(400, future.status(), future::toString);
        assertEquals("year", future.firstErrorField());
    }

    private static JsonObject banen(JsonObject report) {
        return report.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                .flatMap(t -> t.getJsonArray("indicators").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getString("indicator").equals("BANEN")).findFirst().orElseThrow();
    }

    private static Map<String, Integer> subregions(JsonObject indicator) {
        Map<String, Integer> result = new TreeMap<>();
        indicator.getJsonArray("subregions").getValuesAs(JsonObject.class).forEach(s -> result.put(s.getString("area"), s.getInt("value")));
        return result;
    }

    @Test
    void aDefinitionChangeShowsAsABreakOnTheIndicatorPageAndInTheReport() {
        Api coordinator = Api.as(base, TestAccounts.create("dash-coordinator", null, "coordinator"));
        String footnote = "Vanaf 2025 telt WONINGWAARDE ook huurwoningen.";
        Api.Reply change = coordinator.post("api/v1/indicators/WONINGWAARDE/definitions", """
                {"validFrom": "2025", "definition": "Woningwaarde inclusief huurwoningen", "footnote": "%s"}""".formatted(footnote));
        // 201 on the first run against this database; 400 on validFrom when an earlier run already made the change
        assertTrue(change.status() == 201 || "validFrom".equals(change.firstErrorField()), change::toString);

        JsonObject page = steering.get("api/v1/dashboard/indicators/WONINGWAARDE?areas=region&from=2024&to=2025").object();
        JsonObject mark = series(page, "region").getJsonArray("breaks").getJsonObject(0);
        assertEquals("2025", mark.getString("period"));
        assertEquals(footnote, mark.getString("footnote"));
        JsonObject sameYear = steering.get("api/v1/dashboard/indicators/WONINGWAARDE?areas=region&from=2025&to=2025").object();
        assertTrue(series(sameYear, "region").getJsonArray("breaks").isEmpty(), "a change at the first period is no break");

        JsonObject homeValue = reader.get("api/v1/reports/2025").object().getJsonArray("themes").getValuesAs(JsonObject.class)
                .stream().flatMap(t -> t.getJsonArray("indicators").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getString("indicator").equals("WONINGWAARDE")).findFirst().orElseThrow();
        assertEquals(footnote, homeValue.getJsonArray("breaks").getJsonObject(0).getString("footnote"));
    }
}
