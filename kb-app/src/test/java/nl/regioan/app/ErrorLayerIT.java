package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One error layer for both modules: problems with a code, a text in the reader's language, and named fields. */
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
}
