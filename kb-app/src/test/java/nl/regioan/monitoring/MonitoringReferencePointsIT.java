package nl.regioan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Baselines and targets: the coordinator sets them within the catalogue's bounds (audited); every dashboard viewer reads them. */
@ExtendWith(ArquillianExtension.class)
class MonitoringReferencePointsIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api reader;
    private Api steward;
    private Api steering;
    private Api coordinator;

    @BeforeEach
    void logIn() {
        reader = Api.as(base, TestAccounts.create("ref-reader", "GM0202", "reader"));
        steward = Api.as(base, TestAccounts.create("ref-steward", "GM0202", "data-steward"));
        steering = Api.as(base, TestAccounts.create("ref-steering", null, "steering"));
        coordinator = Api.as(base, TestAccounts.create("ref-coordinator", null, "coordinator"));
    }

    @Test
    void theCoordinatorSetsABaselineOthersReadItAndOnlyTheCoordinatorMayChangeIt() throws Exception {
        String path = "api/v1/monitoring/baselines/TEVR_LEVEN/GM0202";
        assertEquals(403, steward.put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null).status());
        assertEquals(403, steering.put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null).status());
        assertEquals(403, reader.put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null).status());

        Api.Reply set = coordinator.put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null);
        assertEquals(200, set.status(), set::toString);
        Api.Reply changed = coordinator.put(path, "{\"value\": 7.4, \"referencePeriod\": \"2023\"}", null);
        assertEquals(200, changed.status(), changed::toString);

        Api.Reply read = reader.get("api/v1/monitoring/baselines?indicator=TEVR_LEVEN");
        assertEquals(200, read.status(), read::toString);
        JsonObject baseline = read.array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("area").equals("GM0202")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("7.4").compareTo(baseline.getJsonNumber("value").bigDecimalValue()));
        assertEquals("2023", baseline.getString("referencePeriod"));
        assertEquals(1, read.array().getValuesAs(JsonObject.class).stream().filter(b -> b.getString("area").equals("GM0202")).count(),
                "a second PUT changes the baseline, it does not add one");
        assertEquals(2, audits("MONITORING_BASELINE_SET", "TEVR_LEVEN/GM0202"));

        Api.Reply region = coordinator.put("api/v1/monitoring/baselines/REG_RNI/region", "{\"value\": 1200, \"referencePeriod\": \"2023-Q4\"}", null);
        assertEquals(200, region.status(), region::toString);
        assertEquals("region", region.object().getString("area"));
    }

    @Test
    void baselinesOutsideTheCatalogueBoundsOrWithBadPeriodsAreRefusedNamingTheField() {
        assertEquals("value", firstField(coordinator.put("api/v1/monitoring/baselines/TEVR_LEVEN/GM0202",
                "{\"value\": 12, \"referencePeriod\": \"2023\"}", null)), "scores are 1-10");
        assertEquals("value", firstField(coordinator.put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": -3, \"referencePeriod\": \"2023-Q1\"}", null)), "no negative counts");
        assertEquals("value", firstField(coordinator.put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": 2.5, \"referencePeriod\": \"2023-Q1\"}", null)), "counts are whole");
        assertEquals(400, coordinator.put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": \"12 euro\", \"referencePeriod\": \"2023-Q1\"}", null).status());
        assertEquals("referencePeriod", firstField(coordinator.put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": 3, \"referencePeriod\": \"2024-Q5\"}", null)));
        assertEquals("referencePeriod", firstField(coordinator.put("api/v1/monitoring/baselines/TEVR_LEVEN/GM0202",
                "{\"value\": 7, \"referencePeriod\": \"2024-Q1\"}", null)), "a yearly indicator has a yearly baseline");
        assertEquals("area", firstField(coordinator.put("api/v1/monitoring/baselines/REG_RNI/Veluwe",
                "{\"value\": 3, \"referencePeriod\": \"2024-Q1\"}", null)));
        assertEquals(404, coordinator.put("api/v1/monitoring/baselines/NOPE/GM0202",
                "{\"value\": 3, \"referencePeriod\": \"2024\"}", null).status());
        assertEquals(404, coordinator.put("api/v1/monitoring/baselines/REG_RNI/GM9999",
                "{\"value\": 3, \"referencePeriod\": \"2024-Q1\"}", null).status());
    }

    @Test
    void theCoordinatorSetsATargetForASubregionValidatedAndAudited() throws Exception {
        String path = "api/v1/monitoring/targets/WONEN_BIJ_WERK/Liemers/2029";
        assertEquals(403, steward.put(path, "{\"direction\": \"AT_LEAST\", \"value\": 75}", null).status());
        assertEquals(403, steering.put(path, "{\"direction\": \"AT_LEAST\", \"value\": 75}", null).status());
        assertEquals("value", firstField(coordinator.put(path, "{\"direction\": \"AT_LEAST\", \"value\": 120}", null)),
                "a share is 0-100");
        assertEquals("direction", firstField(coordinator.put(path, "{\"direction\": \"ABOUT\", \"value\": 75}", null)));
        assertEquals("year", firstField(coordinator.put("api/v1/monitoring/targets/WONEN_BIJ_WERK/Liemers/29",
                "{\"direction\": \"AT_LEAST\", \"value\": 75}", null)));

        Api.Reply set = coordinator.put(path, "{\"direction\": \"AT_LEAST\", \"value\": 75}", null);
        assertEquals(200, set.status(), set::toString);
        assertEquals("SUBREGION", set.object().getString("areaLevel"));
        assertEquals(200, coordinator.put(path, "{\"direction\": \"at least\", \"value\": 78}", null).status());

        List<JsonObject> targets = steering.get("api/v1/monitoring/targets?indicator=WONEN_BIJ_WERK").array()
                .getValuesAs(JsonObject.class);
        assertTrue(targets.stream().anyMatch(t -> t.getString("area").equals("region") && t.getInt("targetYear") == 2030),
                "the framework's 80 % target for the region");
        JsonObject liemers = targets.stream().filter(t -> t.getString("area").equals("Liemers") && t.getInt("targetYear") == 2029)
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("78").compareTo(liemers.getJsonNumber("value").bigDecimalValue()));
        assertEquals(2, audits("MONITORING_TARGET_SET", "WONEN_BIJ_WERK/Liemers/2029"));
        assertEquals(200, reader.get("api/v1/monitoring/targets").status(), "every dashboard viewer reads targets");
        assertEquals(401, new Api(base).get("api/v1/monitoring/targets").status());
    }

    private static String firstField(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static int audits(String action, String entityId) throws Exception {
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_id = ?")) {
            query.setString(1, action);
            query.setString(2, entityId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
