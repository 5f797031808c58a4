package nl.regioan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Every REST endpoint, as anonymous and as each role: anonymous gets 401, a role that is not
 * allowed gets 403, an allowed role gets past the role check (any answer but 401/403/5xx; the
 * requests carry dummy ids and empty bodies, so 400/404 are expected there). The endpoints are
 * discovered from the OpenAPI document: a new endpoint that is missing from {@link #ALLOWED}
 * fails the test. Finer rules (own municipality, visibility) are tested per feature.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final Set<String> EVERYONE = Set.of("reader", "contributor", "editor", "data-steward", "steering",
            "coordinator", "admin");
    private static final Set<String> ADMIN = Set.of("admin");

    /** "METHOD /api/v1/path" -> the roles that pass the role check. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        // region and catalogue
        ALLOWED.put("GET /api/v1/municipalities", EVERYONE);
        ALLOWED.put("GET /api/v1/indicators", EVERYONE);
        ALLOWED.put("GET /api/v1/indicators/{code}/definitions", EVERYONE);
        ALLOWED.put("POST /api/v1/indicators/{code}/definitions", Set.of("coordinator"));
        // own account
        ALLOWED.put("GET /api/v1/auth/me", EVERYONE);
        ALLOWED.put("PUT /api/v1/auth/me/language", EVERYONE);
        ALLOWED.put("POST /api/v1/auth/logout", EVERYONE);
        ALLOWED.put("POST /api/v1/auth/password", EVERYONE);
        ALLOWED.put("GET /api/v1/auth/tokens", EVERYONE);
        ALLOWED.put("POST /api/v1/auth/tokens", EVERYONE);
        ALLOWED.put("DELETE /api/v1/auth/tokens/{id}", EVERYONE);
        // account administration and audit
        ALLOWED.put("GET /api/v1/admin/accounts", ADMIN);
        ALLOWED.put("POST /api/v1/admin/accounts", ADMIN);
        ALLOWED.put("GET /api/v1/admin/accounts/role-review", ADMIN);
        ALLOWED.put("PUT /api/v1/admin/accounts/{id}/roles", ADMIN);
        ALLOWED.put("POST /api/v1/admin/accounts/{id}/password-reset", ADMIN);
        ALLOWED.put("POST /api/v1/admin/accounts/{id}/disable", ADMIN);
        ALLOWED.put("POST /api/v1/admin/accounts/{id}/enable", ADMIN);
        ALLOWED.put("GET /api/v1/admin/audit", ADMIN);
        // monitoring (issue 6)
        Set<String> stewardsAndRegionalStaff = Set.of("data-steward", "steering", "coordinator");
        Set<String> enterers = Set.of("data-steward", "coordinator");
        Set<String> coordinator = Set.of("coordinator");
        ALLOWED.put("GET /api/v1/monitoring/forms/{cbsCode}/{period}", stewardsAndRegionalStaff);
        ALLOWED.put("PUT /api/v1/monitoring/forms/{cbsCode}/{period}", enterers);
        ALLOWED.put("POST /api/v1/monitoring/forms/{cbsCode}/{period}/submit", enterers);
        ALLOWED.put("POST /api/v1/monitoring/forms/{cbsCode}/{period}/approve", coordinator);
        ALLOWED.put("POST /api/v1/monitoring/forms/{cbsCode}/{period}/send-back", coordinator);
        ALLOWED.put("GET /api/v1/monitoring/values/{id}/history", stewardsAndRegionalStaff);
        ALLOWED.put("GET /api/v1/monitoring/completeness", Set.of("steering", "coordinator"));
        ALLOWED.put("PUT /api/v1/monitoring/periods/{period}", coordinator);
        ALLOWED.put("POST /api/v1/monitoring/values", enterers);
        ALLOWED.put("POST /api/v1/monitoring/values.csv", enterers);
        ALLOWED.put("GET /api/v1/monitoring/series", EVERYONE);
        ALLOWED.put("GET /api/v1/monitoring/aggregates", EVERYONE);
        ALLOWED.put("GET /api/v1/monitoring/baselines", EVERYONE);
        ALLOWED.put("PUT /api/v1/monitoring/baselines/{indicator}/{area}", coordinator);
        ALLOWED.put("GET /api/v1/monitoring/targets", EVERYONE);
        ALLOWED.put("PUT /api/v1/monitoring/targets/{indicator}/{area}/{year}", coordinator);
        ALLOWED.put("GET /api/v1/monitoring/export", EVERYONE);
        // knowledge base (issue 4): reading is open to every account (trimmed by the access policy),
        // writing needs contributor or editor
        Set<String> kbWriters = Set.of("contributor", "editor");
        ALLOWED.put("GET /api/v1/kb/items", EVERYONE);
        ALLOWED.put("POST /api/v1/kb/items", kbWriters);
        ALLOWED.put("GET /api/v1/kb/items/{id}", EVERYONE);
        ALLOWED.put("PUT /api/v1/kb/items/{id}", kbWriters);
        ALLOWED.put("POST /api/v1/kb/items/{id}/publish", kbWriters);
        ALLOWED.put("POST /api/v1/kb/items/{id}/retire", kbWriters);
        ALLOWED.put("GET /api/v1/kb/items/{id}/versions", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/items/{id}/versions/{n}", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/items/{id}/diff", EVERYONE);
        ALLOWED.put("POST /api/v1/kb/items/{id}/restore/{n}", kbWriters);
        ALLOWED.put("POST /api/v1/kb/items/{itemId}/attachments", kbWriters);
        ALLOWED.put("GET /api/v1/kb/attachments/{id}", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/themes", EVERYONE);
        ALLOWED.put("POST /api/v1/kb/import", kbWriters);
        ALLOWED.put("POST /api/v1/kb/preview", kbWriters);
        ALLOWED.put("GET /api/v1/kb/watches", EVERYONE);
        ALLOWED.put("POST /api/v1/kb/watches", EVERYONE);
        ALLOWED.put("DELETE /api/v1/kb/watches/{id}", EVERYONE);
        ALLOWED.put("POST /api/v1/kb/watches/seen", EVERYONE);
        // dashboards and the annual report (issue 7)
        ALLOWED.put("GET /api/v1/dashboard/overview", EVERYONE);
        ALLOWED.put("GET /api/v1/dashboard/indicators/{code}", EVERYONE);
        ALLOWED.put("GET /api/v1/dashboard/municipalities/{cbsCode}", EVERYONE);
        ALLOWED.put("GET /api/v1/reports/{year}", EVERYONE);
        ALLOWED.put("GET /api/v1/dashboard/municipalities/{cbsCode}/knowledge", EVERYONE);
        ALLOWED.put("GET /api/v1/reports/{year}/pdf", EVERYONE);
        ALLOWED.put("GET /api/v1/reports/{year}/developments", EVERYONE);
        ALLOWED.put("PUT /api/v1/reports/{year}/developments/{cbsCode}", coordinator);
        ALLOWED.put("POST /api/v1/reports/{year}/finalise", coordinator);
        ALLOWED.put("GET /api/v1/reports/{year}/versions", EVERYONE);
        ALLOWED.put("GET /api/v1/reports/{year}/versions/{version}", EVERYONE);
        ALLOWED.put("GET /api/v1/reports/{year}/versions/{version}/pdf", EVERYONE);
        // search (issue 5)
        ALLOWED.put("GET /api/v1/kb/search", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/suggest", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/synonyms", Set.of("editor"));
        ALLOWED.put("POST /api/v1/kb/synonyms", Set.of("editor"));
        ALLOWED.put("PUT /api/v1/kb/synonyms/{id}", Set.of("editor"));
        ALLOWED.put("DELETE /api/v1/kb/synonyms/{id}", Set.of("editor"));
        ALLOWED.put("GET /api/v1/admin/search/status", ADMIN);
        ALLOWED.put("POST /api/v1/admin/search/rebuild", ADMIN);
    }

    /** Reachable without login, on purpose. */
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/login");

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private final Map<String, Api> clients = new LinkedHashMap<>();

    @BeforeEach
    void logInOneAccountPerRole() {
        for (String role : EVERYONE) {
            clients.put(role, Api.as(base, TestAccounts.create("matrix-" + role, "GM0202", role)));
        }
    }

    private List<String> documentedEndpoints() {
        Api api = new Api(base);
        Api.Reply reply = api.send(HttpRequest.newBuilder(api.resolve("../openapi")).GET().header("Accept", "application/json"));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject paths = reply.object().getJsonObject("paths");
        List<String> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> {
            String apiPath = path.substring(path.indexOf("/api/v1/"));
            ((JsonObject) operations).keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                    .forEach(m -> endpoints.add(m.toUpperCase() + " " + apiPath));
        });
        return endpoints;
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> missing = new TreeSet<>();
        for (String endpoint : documentedEndpoints()) {
            if (!ALLOWED.containsKey(endpoint) && !PUBLIC.contains(endpoint)) {
                missing.add(endpoint);
            }
        }
        assertTrue(missing.isEmpty(), "Add these endpoints to AuthorizationMatrixIT.ALLOWED: " + missing);
    }

    @Test
    void everyEndpointRefusesAnonymousAndWrongRoles() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : ALLOWED.entrySet()) {
            if (row.getKey().endsWith("/auth/logout")) {
                continue; // logging out would end the session the other rows use; tested in AccountSecurityIT
            }
            check(wrong, row.getKey(), "anonymous", new Api(base), false);
            for (String role : EVERYONE) {
                check(wrong, row.getKey(), role, clients.get(role), row.getValue().contains(role));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private void check(List<String> wrong, String endpoint, String who, Api client, boolean allowed) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 2).replaceAll("\\{[^}]+}", "999999");
        HttpRequest.Builder request = HttpRequest.newBuilder(client.resolve(path))
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        int status = client.send(request).status();
        boolean anonymous = "anonymous".equals(who);
        boolean ok = anonymous ? status == 401
                : allowed ? status != 401 && status != 403 && status < 500
                : status == 403;
        if (!ok) {
            wrong.add(endpoint + " as " + who + ": " + status + " (expected "
                    + (anonymous ? "401" : allowed ? "past the role check" : "403") + ")");
        }
    }
}
