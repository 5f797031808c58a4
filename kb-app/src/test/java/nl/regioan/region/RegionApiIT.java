package nl.regioan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation against the real WAR and a real MariaDB: reference data, membership by date, errors, health. */
@ExtendWith(ArquillianExtension.class)
class RegionApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api reader;

    @BeforeEach
    void logIn() {
        reader = Api.as(base, TestAccounts.create("region-reader", "GM0202", "reader"));
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.Reply reply = new Api(base).get("api/v1/municipalities");
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, new Api(base).get("api/v1/indicators").status());
    }

    @Test
    void eighteenMembersIn2024IncludingMontferland() {
        Api.Reply reply = reader.get("api/v1/municipalities?date=2024-12-31");
        assertEquals(200, reply.status(), reply::toString);
        List<String> names = reply.array().getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList();
        assertEquals(18, names.size(), names::toString);
        assertTrue(names.contains("Montferland"));
    }

    @Test
    void seventeenMembersFrom2025WithoutMontferland() {
        Api.Reply reply = reader.get("api/v1/municipalities?date=2025-01-01");
        assertEquals(200, reply.status(), reply::toString);
        List<String> names = reply.array().getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList();
        assertEquals(17, names.size(), names::toString);
        assertFalse(names.contains("Montferland"));
    }

    @Test
    void membersCarryTheirSubregionAndCbsCode() {
        JsonObject nijmegen = reader.get("api/v1/municipalities?date=2025-06-30").array()
                .getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals("Nijmegen")).findFirst().orElseThrow();
        assertEquals("GM0268", nijmegen.getString("cbsCode"));
        assertEquals("Rijk van Nijmegen", nijmegen.getString("subregion"));
    }

    @Test
    void anUnreadableDateIsA400NamingTheParameter() {
        Api.Reply reply = reader.get("api/v1/municipalities?date=31-12-2024");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("date", error.getString("field"));
        assertTrue(error.getString("reason").contains("YYYY-MM-DD"), error::toString);
    }

    @Test
    void aDateWithoutMembersIsA400NamingTheParameter() {
        Api.Reply reply = reader.get("api/v1/municipalities?date=2019-05-01");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("date", reply.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theIndicatorCatalogueIsLoaded() {
        Api.Reply reply = reader.get("api/v1/indicators");
        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> indicators = reply.array().getValuesAs(JsonObject.class);
        assertEquals(25, indicators.size()); // the 24 of the framework and the population (INWONERS) for per 1,000
        JsonObject wonenBijWerk = indicators.stream()
                .filter(i -> i.getString("code").equals("WONEN_BIJ_WERK")).findFirst().orElseThrow();
        assertEquals("PERCENT", wonenBijWerk.getString("unit"));
        assertEquals("WEIGHTED_MEAN", wonenBijWerk.getString("areaAggregation"));
        assertEquals(100, wonenBijWerk.getJsonNumber("max").intValue());
        JsonObject grossProduct = indicators.stream()
                .filter(i -> i.getString("code").equals("BRP_REGIO")).findFirst().orElseThrow();
        assertEquals("REGION", ((JsonString) grossProduct.get("enteredFor")).getString());
    }

    @Test
    void healthReportsTheDatabase() {
        Api.Reply reply = new Api(base).get("../health");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("\"database\""), reply::toString);
        assertEquals("UP", reply.object().getString("status"));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        Api.Reply reply = new Api(base).get("../openapi");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("/api/v1/municipalities"), "OpenAPI lists the municipalities endpoint");
    }
}
