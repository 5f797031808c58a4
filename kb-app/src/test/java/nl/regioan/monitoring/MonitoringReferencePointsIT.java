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
import nl.regioan.testsupport.MonitoringRoles;
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

    private MonitoringRoles roles;


    @BeforeEach
    void logIn() {
        roles = MonitoringRoles.logIn(base, "ref");
    }

    @Test
    void theCoordinatorSetsABaselineOthersReadItAndOnlyTheCoordinatorMayChangeIt() throws Exception {
        String path = "api/v1/monitoring/baselines/TEVR_LEVEN/GM0202";
        assertEquals(403, roles.steward().put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null).status());
        assertEquals(403, roles.steering().put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null).status());
        assertEquals(403, roles.reader().put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null).status());

        Api.Reply set = roles.coordinator().put(path, "{\"value\": 7.2, \"referencePeriod\": \"2023\"}", null);
        assertEquals(200, set.status(), set::toString);
        Api.Reply changed = roles.coordinator().put(path, "{\"value\": 7.4, \"referencePeriod\": \"2023\"}", null);
        assertEquals(200, changed.status(), changed::toString);

        Api.Reply read = roles.reader().get("api/v1/monitoring/baselines?indicator=TEVR_LEVEN");
        assertEquals(200, read.status(), read::toString);
        JsonObject baseline = read.array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("area").equals("GM0202")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("7.4").compareTo(baseline.getJsonNumber("value").bigDecimalValue()));
        assertEquals("2023", baseline.getString("referencePeriod"));
        assertEquals(1, read.array().getValuesAs(JsonObject.class).stream().filter(b -> b.getString("area").equals("GM0202")).count(),
                "a second PUT changes the baseline, it does not add one");
        assertEquals(2, audits("MONITORING_BASELINE_SET", "TEVR_LEVEN/GM0202"));

        Api.Reply region = roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/region", "{\"value\": 1200, \"referencePeriod\": \"2023-Q4\"}", null);
        assertEquals(200, region.status(), region::toString);
        assertEquals("region", region.object().getString("area"));
    }

    @Test
    void baselinesOutsideTheCatalogueBoundsOrWithBadPeriodsAreRefusedNamingTheField() {
        assertEquals("value", roles.coordinator().put("api/v1/monitoring/baselines/TEVR_LEVEN/GM0202",
                "{\"value\": 12, \"referencePeriod\": \"2023\"}", null).badRequestField(), "scores are 1-10");
        assertEquals("value", roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": -3, \"referencePeriod\": \"2023-Q1\"}", null).badRequestField(), "no negative counts");
        assertEquals("value", roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": 2.5, \"referencePeriod\": \"2023-Q1\"}", null).badRequestField(), "counts are whole");
        assertEquals(400, roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": \"12 euro\", \"referencePeriod\": \"2023-Q1\"}", null).status());
        assertEquals("referencePeriod", roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/GM0202",
                "{\"value\": 3, \"referencePeriod\": \"2024-Q5\"}", null).badRequestField());
        assertEquals("referencePeriod", roles.coordinator().put("api/v1/monitoring/baselines/TEVR_LEVEN/GM0202",
                "{\"value\": 7, \"referencePeriod\": \"2024-Q1\"}", null).badRequestField(), "a yearly indicator has a yearly baseline");
        assertEquals("area", roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/Veluwe",
                "{\"value\": 3, \"referencePeriod\": \"2024-Q1\"}", null).badRequestField());
        assertEquals(404, roles.coordinator().put("api/v1/monitoring/baselines/NOPE/GM0202",
                "{\"value\": 3, \"referencePeriod\": \"2024\"}", null).status());
        assertEquals(404, roles.coordinator().put("api/v1/monitoring/baselines/REG_RNI/GM9999",
                "{\"value\": 3, \"referencePeriod\": \"2024-Q1\"}", null).status());
    }

    @Test
    void theCoordinatorSetsATargetForASubregionValidatedAndAudited() throws Exception {
        String path = "api/v1/monitoring/targets/WONEN_BIJ_WERK/Liemers/2029";
        assertEquals(403, roles.steward().put(path, "{\"direction\": \"AT_LEAST\", \"value\": 75}", null).status());
        assertEquals(403, roles.steering().put(path, "{\"direction\": \"AT_LEAST\", \"value\": 75}", null).status());
        assertEquals("value", roles.coordinator().put(path, "{\"direction\": \"AT_LEAST\", \"value\": 120}", null).badRequestField(),
                "a share is 0-100");
        assertEquals("direction", roles.coordinator().put(path, "{\"direction\": \"ABOUT\", \"value\": 75}", null).badRequestField());
        assertEquals("year", roles.coordinator().put("api/v1/monitoring/targets/WONEN_BIJ_WERK/Liemers/29",
                "{\"direction\": \"AT_LEAST\", \"value\": 75}", null).badRequestField());

        Api.Reply set = roles.coordinator().put(path, "{\"direction\": \"AT_LEAST\", \"value\": 75}", null);
        assertEquals(200, set.status(), set::toString);
        assertEquals("SUBREGION", set.object().getString("areaLevel"));
        assertEquals(200, roles.coordinator().put(path, "{\"direction\": \"at least\", \"value\": 78}", null).status());

        List<JsonObject> targets = roles.steering().get("api/v1/monitoring/targets?indicator=WONEN_BIJ_WERK").array()
                .getValuesAs(JsonObject.class);
        assertTrue(targets.stream().anyMatch(t -> t.getString("area").equals("region") && t.getInt("targetYear") == 2030),
                "the framework's 80 % target for the region");
        JsonObject liemers = targets.stream().filter(t -> t.getString("area").equals("Liemers") && t.getInt("targetYear") == 2029)
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("78").compareTo(liemers.getJsonNumber("value").bigDecimalValue()));
        assertEquals(2, audits("MONITORING_TARGET_SET", "WONEN_BIJ_WERK/Liemers/2029"));
        assertEquals(200, roles.reader().get("api/v1/monitoring/targets").status(), "every dashboard viewer reads targets");
        assertEquals(401, new Api(base).get("api/v1/monitoring/targets").status());
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
