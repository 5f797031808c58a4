package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.OwnDeployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database killed under a running application: every request that needs it answers 503 with
 * {@code Retry-After} (never a 500), /health says DOWN, and once MariaDB is back the pool reconnects by
 * itself within 10 s, without restarting the application. Runs the real WAR on its own Payara and its own
 * MariaDB (ports 25306, 25080), since the shared test database must not be killed.
 */
class DatabaseOutageIT {

    private static OwnDeployment deployment;

    @BeforeAll
    static void start() throws Exception {
        deployment = OwnDeployment.prepare("outage", 25306, 25080);
        deployment.startDatabase();
        deployment.startServer();
    }

    @AfterAll
    static void stop() throws Exception {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void anOutageAnswers503AndTheServiceComesBackByItself() throws Exception {
        Api admin = Api.loggedIn(deployment.base(), "admin", OwnDeployment.ADMIN_PASSWORD).inLanguage("en");
        assertEquals(200, admin.get("api/v1/kb/items").status());
        assertEquals(200, admin.get("api/v1/admin/accounts").status());

        deployment.killDatabase();

        for (String path : new String[] {"api/v1/kb/items", "api/v1/admin/accounts", "api/v1/kb/items"}) {
            assertServiceUnavailable(admin.get(path), path);
        }
        assertServiceUnavailable(new Api(deployment.base()).inLanguage("en").post("api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + OwnDeployment.ADMIN_PASSWORD + "\"}"), "login");
        HttpResponse<String> health = deployment.health();
        assertEquals(503, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"DOWN\""), health.body());

        deployment.startDatabase();
        long back = System.nanoTime();
        int status;
        do {
            Thread.sleep(200);
            status = admin.get("api/v1/kb/items").status();
        } while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(10).toNanos());
        double seconds = (System.nanoTime() - back) / 1e9;
        System.out.printf("Service back %.1f s after the database answered again%n", seconds);
        assertEquals(200, status, "the list answers again within 10 s of the database's return");
        assertEquals(200, admin.get("api/v1/admin/accounts").status());
        assertEquals(200, deployment.healthStatus(), "/health is UP again");
    }

    private static void assertServiceUnavailable(Api.Reply reply, String what) {
        assertEquals(503, reply.status(), what + ": " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), what + ": " + reply.contentType());
        assertEquals("server.databaseUnavailable", reply.object().getString("code"), what);
        assertEquals("5", reply.response().headers().firstValue("Retry-After").orElse(""), what + " has Retry-After");
    }
}
