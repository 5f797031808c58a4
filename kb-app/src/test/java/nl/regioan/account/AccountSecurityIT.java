package nl.regioan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.StoredRows;
import nl.regioan.testsupport.TestAccounts;
import nl.regioan.testsupport.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, throttling, sessions, CSRF, API tokens, password change, account administration and the audit log. */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.loggedIn(base, "admin", TestDatabaseSession.ADMIN_PASSWORD);
    }

    private static String json(Object... keysAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value instanceof List<?> list) {
                var array = Json.createArrayBuilder();
                list.forEach(v -> array.add(v.toString()));
                builder.add(keysAndValues[i].toString(), array);
            } else {
                builder.add(keysAndValues[i].toString(), value.toString());
            }
        }
        return builder.build().toString();
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void theAccountsOwnLanguageChoiceWinsOverAcceptLanguage() {
        Api dutchBrowser = Api.as(base, TestAccounts.create("sec-language", "GM0202", "reader")).inLanguage("nl");
        JsonObject me = dutchBrowser.get("api/v1/auth/me").object();
        assertTrue(!me.containsKey("language") || me.isNull("language"), "not chosen yet: " + me);
        String path = "api/v1/kb/items?page=-1";
        String dutch = dutchBrowser.get(path).object().getString("detail");

        Api.Reply chosen = dutchBrowser.put("api/v1/auth/me/language", "{\"language\": \"en\"}", null);
        assertEquals(200, chosen.status(), chosen::toString);
        assertEquals("en", chosen.object().getString("language"));
        String english = dutchBrowser.get(path).object().getString("detail");
        assertFalse(english.equals(dutch), "the account's English wins over the browser's Dutch: " + english);
        assertEquals(english, dutchBrowser.inLanguage("en").get(path).object().getString("detail"));

        Api.Reply refused = dutchBrowser.put("api/v1/auth/me/language", "{\"language\": \"fr\"}", null);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("language", refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, dutchBrowser.put("api/v1/auth/me/language", "{\"language\": \"nl\"}", null).status());
        assertEquals(dutch, dutchBrowser.inLanguage("en").get(path).object().getString("detail"), "and back to Dutch");
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        TestAccounts.create("sec-wrong", "GM0202", "reader");
        Api.Reply reply = new Api(base).login("sec-wrong", "not-the-password");
        assertEquals(401, reply.status(), reply::toString);
        assertEquals("Wrong username or password.", reply.object().getString("detail"));
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failed' AND actor_username = ?",
                "sec-wrong") >= 1);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        Api.Reply reply = new Api(base).login(TestAccounts.create("sec-cookie", "GM0202", "reader"), TestAccounts.PASSWORD);
        List<String> cookies = reply.response().headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("KBSESSION=") && c.contains("HttpOnly")
                && c.contains("SameSite=Strict")), cookies::toString);
    }

    @Test
    void tenFailuresThrottleTheAccountFromThatAddressButNotOthers() {
        String victim = TestAccounts.create("sec-throttled", "GM0202", "reader");
        Api attacker = new Api(base);
        for (int i = 0; i < 10; i++) {
            assertEquals(401, attacker.login(victim, "guess-" + i).status());
        }
        Api.Reply throttled = attacker.login(victim, TestAccounts.PASSWORD);
        assertEquals(429, throttled.status(), throttled::toString);
        assertTrue(throttled.object().getString("detail").contains("Try again after"), throttled::toString);
        assertEquals(200, new Api(base).login(TestAccounts.create("sec-bystander", "GM0202", "reader"),
                TestAccounts.PASSWORD).status(), "other accounts are not affected");
    }

    /**
     * Wrong passwords sent at once (as an attacker would, or two nodes of a cluster) are all counted:
     * exactly ten are answered before the lock, the rest are throttled, and none is a 500.
     */
    @Test
    void wrongPasswordsSentAtOnceAreAllCounted() throws Exception {
        String victim = TestAccounts.create("sec-throttled-at-once", "GM0202", "reader");
        ExecutorService pool = Executors.newFixedThreadPool(14);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 14; i++) {
                String guess = "guess-" + i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return new Api(base).login(victim, guess).status();
                }));
            }
            start.countDown();
            for (Future<Integer> attempt : attempts) {
                statuses.add(attempt.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
        assertEquals(4, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
        assertEquals(List.of(List.of("10")), StoredRows.of("SELECT failures FROM login_throttle WHERE username = ?", victim));
    }

    @Test
    void malformedAndOverlongLoginsAreA400NamingTheField() {
        Api api = new Api(base);
        Api.Reply broken = api.post("api/v1/auth/login", "{\"username\": ");
        assertEquals(400, broken.status(), broken::toString);
        JsonObject syntax = broken.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("/username", syntax.getString("field"), "where the JSON broke off, as a JSON pointer");
        assertEquals("body.syntax", syntax.getString("code"));
        Api.Reply overlong = api.post("api/v1/auth/login", json("username", "x".repeat(1100), "password", "y"));
        assertEquals(400, overlong.status(), overlong::toString);
        assertEquals("username", overlong.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply missing = api.post("api/v1/auth/login", "{}");
        assertEquals(400, missing.status());
    }

    @Test
    void logoutEndsTheSession() {
        Api reader = Api.as(base, TestAccounts.create("sec-logout", "GM0202", "reader"));
        assertEquals(200, reader.get("api/v1/auth/me").status());
        assertEquals(204, reader.post("api/v1/auth/logout", null).status());
        assertEquals(401, reader.get("api/v1/auth/me").status());
    }

    @Test
    void changesWithASessionNeedTheCsrfHeader() {
        Api reader = Api.as(base, TestAccounts.create("sec-csrf", "GM0202", "reader"));
        reader.forgetCsrfToken();
        Api.Reply refused = reader.post("api/v1/auth/tokens", json("name", "script"));
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.object().getString("detail").contains("X-CSRF-Token"));
    }

    @Test
    void apiTokensWorkUntilRevokedAndAreShownOnlyOnce() {
        Api steward = Api.as(base, TestAccounts.create("sec-token", "GM0268", "data-steward"));
        Api.Reply created = steward.post("api/v1/auth/tokens", "{\"name\": \"BI-koppeling\", \"validDays\": 30}");
        assertEquals(201, created.status(), created::toString);
        String secret = created.object().getString("secret");
        long id = created.object().getJsonNumber("id").longValue();

        Api machine = Api.withToken(base, secret);
        Api.Reply me = machine.get("api/v1/auth/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("sec-token", me.object().getString("username"));
        assertFalse(steward.get("api/v1/auth/tokens").body().contains(secret), "the secret is never listed again");

        assertEquals(204, steward.delete("api/v1/auth/tokens/" + id).status());
        assertEquals(401, machine.get("api/v1/auth/me").status());
        assertEquals(401, Api.withToken(base, "kbt_made-up").get("api/v1/auth/me").status());
    }

    @Test
    void anAccountCreatedByTheAdminMustChangeItsPasswordFirst() throws Exception {
        Api admin = admin();
        Api.Reply created = admin.post("api/v1/admin/accounts", json("username", "sec-new-steward",
                "displayName", "Nieuwe Steward", "municipality", "GM0252", "roles", List.of("data-steward")));
        assertEquals(201, created.status(), created::toString);
        String temporary = created.object().getString("temporaryPassword");

        Api person = new Api(base);
        JsonObject me = person.login("sec-new-steward", temporary).object();
        assertTrue(me.getBoolean("mustChangePassword"));
        Api.Reply blocked = person.get("api/v1/municipalities");
        assertEquals(403, blocked.status(), blocked::toString);

        Api.Reply tooShort = person.post("api/v1/auth/password", json("currentPassword", temporary, "newPassword", "kort"));
        assertEquals(400, tooShort.status());
        assertEquals("newPassword", tooShort.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, person.post("api/v1/auth/password",
                json("currentPassword", temporary, "newPassword", "Een-veel-langer-wachtwoord")).status());
        assertEquals(200, person.get("api/v1/municipalities").status());
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'account.create' AND new_value LIKE ?",
                "%sec-new-steward%") == 1);
    }

    @Test
    void badAdminRequestsNameTheFieldAndCreateNothing() throws Exception {
        Api admin = admin();
        Api.Reply reply = admin.post("api/v1/admin/accounts", json("username", "sec-bad", "displayName", "X",
                "municipality", "GM9999", "roles", List.of("reader", "superuser")));
        assertEquals(400, reply.status(), reply::toString);
        String errors = reply.object().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"municipality\"") && errors.contains("\"roles\"") && errors.contains("superuser"), errors);
        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE username = ?", "sec-bad"));
        Api.Reply overlong = admin.post("api/v1/admin/accounts", json("username", "u".repeat(1100),
                "displayName", "X", "roles", List.of("reader")));
        assertEquals(400, overlong.status());
    }

    @Test
    void disablingAnAccountEndsItsAccessAndIsAudited() throws Exception {
        Api admin = admin();
        Api.Reply created = admin.post("api/v1/admin/accounts", json("username", "sec-leaver",
                "displayName", "Vertrekker", "roles", List.of("reader")));
        long id = created.object().getJsonNumber("id").longValue();
        Api leaver = new Api(base);
        assertEquals(200, leaver.login("sec-leaver", created.object().getString("temporaryPassword")).status());
        assertEquals(200, admin.post("api/v1/admin/accounts/" + id + "/disable", null).status());
        assertEquals(401, leaver.get("api/v1/auth/me").status());
        Api.Reply audit = admin.get("api/v1/admin/audit?entityType=account&entityId=" + id + "&action=account.disable");
        assertEquals(1, audit.array().size(), audit::toString);
        assertNotNull(audit.array().getJsonObject(0).getString("clientAddress"));
        assertEquals("admin", audit.array().getJsonObject(0).getString("actor"));
    }

    @Test
    void changingRolesNeedsTheCurrentVersion() {
        Api admin = admin();
        Api.Reply created = admin.post("api/v1/admin/accounts", json("username", "sec-roles",
                "displayName", "Rollen", "municipality", "GM0202", "roles", List.of("reader")));
        long id = created.object().getJsonNumber("id").longValue();
        long version = created.object().getJsonNumber("version").longValue();
        String body = json("roles", List.of("reader", "contributor"));
        assertEquals(400, admin.put("api/v1/admin/accounts/" + id + "/roles", body, null).status());
        assertEquals(200, admin.put("api/v1/admin/accounts/" + id + "/roles", body, "\"" + version + "\"").status());
        assertEquals(409, admin.put("api/v1/admin/accounts/" + id + "/roles", body, "\"" + version + "\"").status());
        Api.Reply review = admin.get("api/v1/admin/accounts/role-review");
        assertTrue(review.object().getJsonArray("contributor").toString().contains("sec-roles"), review::toString);
    }

    @Test
    void securityHeadersAreOnPagesAndApi() {
        for (String path : List.of("login.html", "api/v1/auth/me")) {
            Api.Reply reply = new Api(base).send(HttpRequest.newBuilder(new Api(base).resolve(path)).GET());
            var headers = reply.response().headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void pagesRedirectAnonymousVisitorsToTheLoginPage() {
        Api.Reply reply = new Api(base).send(HttpRequest.newBuilder(new Api(base).resolve("index.html")).GET());
        assertEquals(302, reply.status());
        assertTrue(reply.response().headers().firstValue("Location").orElse("").contains("login.html?next="));
    }
}
