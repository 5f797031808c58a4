package nl.regioan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
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
 * Every operation of the OpenAPI document, as anonymous and as each role: anonymous gets 401, a
 * role that is not allowed gets 403, an allowed role gets past the role check (any answer but
 * 401/403/5xx; the requests carry dummy ids and empty bodies, so 400/404 are expected there).
 * Every write is also tried as the right role of another municipality on a real resource of
 * Arnhem (GM0202) by an account of Nijmegen (GM0268), which must be refused: 404 where the
 * resource is not even visible to the other municipality (drafts, another account's token or
 * watch), 403 where it is visible or named in the path but not theirs to change (the import alone
 * answers 400 naming the item's municipality, as it lists every item's problem). Writes that have
 * no municipality to cross (regional roles, the caller's own account) say so in {@link #REGIONAL}.
 * The operations come from the live /openapi: one without a row in {@link #ALLOWED} (and, for a
 * write, in {@link #CROSS} or {@link #REGIONAL}) fails the test, and the coverage is printed.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final Set<String> EVERYONE = Set.of("reader", "contributor", "editor", "data-steward", "steering",
            "coordinator", "expert", "admin");
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
        // public figures from CBS (issue 17)
        ALLOWED.put("POST /api/v1/monitoring/public-figures", coordinator);
        ALLOWED.put("GET /api/v1/monitoring/public-figures/imports", coordinator);
        ALLOWED.put("GET /api/v1/monitoring/public-figures/mappings", coordinator);
        ALLOWED.put("PUT /api/v1/monitoring/public-figures/mappings/{table}/{measure}", coordinator);
        ALLOWED.put("GET /api/v1/monitoring/suggestions/{cbsCode}/{period}", stewardsAndRegionalStaff);
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
        // housing-location register (issue 18): reading trimmed by the access policy as for items; writing for
        // contributors (own municipality), editors and the coordinator
        Set<String> housingWriters = Set.of("contributor", "editor", "coordinator");
        ALLOWED.put("GET /api/v1/housing/locations", EVERYONE);
        ALLOWED.put("POST /api/v1/housing/locations", housingWriters);
        ALLOWED.put("GET /api/v1/housing/locations/{id}", EVERYONE);
        ALLOWED.put("PUT /api/v1/housing/locations/{id}", housingWriters);
        ALLOWED.put("GET /api/v1/housing/locations/{id}/versions", EVERYONE);
        ALLOWED.put("GET /api/v1/housing/overview", Set.of("coordinator", "steering", "editor"));
        ALLOWED.put("GET /api/v1/housing/export", EVERYONE);
        ALLOWED.put("POST /api/v1/housing/import", housingWriters);
        // questions and answers (issue 20): reading trimmed by the access policy as for items; any account asks,
        // answers, accepts (its own question) and votes; the expertise team and the coordinator keep the inbox
        Set<String> inboxKeepers = Set.of("expert", "coordinator");
        ALLOWED.put("GET /api/v1/questions", EVERYONE);
        ALLOWED.put("POST /api/v1/questions", EVERYONE);
        ALLOWED.put("GET /api/v1/questions/inbox", inboxKeepers);
        ALLOWED.put("GET /api/v1/questions/{id}", EVERYONE);
        ALLOWED.put("PUT /api/v1/questions/{id}", EVERYONE);
        ALLOWED.put("GET /api/v1/questions/{id}/versions", EVERYONE);
        ALLOWED.put("POST /api/v1/questions/{id}/answers", EVERYONE);
        ALLOWED.put("PUT /api/v1/questions/{id}/answers/{answerId}", EVERYONE);
        ALLOWED.put("GET /api/v1/questions/{id}/answers/{answerId}/versions", EVERYONE);
        ALLOWED.put("POST /api/v1/questions/{id}/answers/{answerId}/accept", EVERYONE);
        ALLOWED.put("POST /api/v1/questions/{id}/answers/{answerId}/vote", EVERYONE);
        ALLOWED.put("POST /api/v1/questions/{id}/assign", inboxKeepers);
        ALLOWED.put("POST /api/v1/questions/{id}/knowledge-item", Set.of("editor"));
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
        // collaboration survey (issue 16)
        ALLOWED.put("GET /api/v1/surveys", EVERYONE);
        ALLOWED.put("POST /api/v1/surveys", coordinator);
        ALLOWED.put("GET /api/v1/surveys/{year}", EVERYONE);
        ALLOWED.put("PUT /api/v1/surveys/{year}", coordinator);
        ALLOWED.put("PUT /api/v1/surveys/{year}/questions", coordinator);
        ALLOWED.put("POST /api/v1/surveys/{year}/close", coordinator);
        ALLOWED.put("GET /api/v1/surveys/{year}/results", EVERYONE);
        ALLOWED.put("GET /api/v1/surveys/{year}/responses", coordinator);
        ALLOWED.put("GET /api/v1/surveys/{year}/responses/{cbsCode}", Set.of("data-steward", "coordinator"));
        ALLOWED.put("PUT /api/v1/surveys/{year}/responses/{cbsCode}", Set.of("data-steward"));
        ALLOWED.put("POST /api/v1/surveys/{year}/responses/{cbsCode}/submit", Set.of("data-steward"));
        // search (issue 5)
        ALLOWED.put("GET /api/v1/kb/search", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/suggest", EVERYONE);
        ALLOWED.put("GET /api/v1/kb/synonyms", Set.of("editor"));
        ALLOWED.put("POST /api/v1/kb/synonyms", Set.of("editor"));
        ALLOWED.put("PUT /api/v1/kb/synonyms/{id}", Set.of("editor"));
        ALLOWED.put("DELETE /api/v1/kb/synonyms/{id}", Set.of("editor"));
        ALLOWED.put("GET /api/v1/admin/search/status", ADMIN);
        ALLOWED.put("POST /api/v1/admin/search/rebuild", ADMIN);
        ALLOWED.put("GET /api/v1/mail/preferences", EVERYONE);
        ALLOWED.put("PUT /api/v1/mail/preferences", EVERYONE);
    }

    /** Reachable without login, on purpose. */
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/login",
            // a mail's unsubscribe link is opened where nobody is logged in; the token of that one mail is the proof
            "POST /api/v1/mail/unsubscribe");

    /** Writes without a municipality to cross, and why. */
    static final Map<String, String> REGIONAL = new LinkedHashMap<>();

    static {
        String admin = "admin is a regional role: it manages the accounts of every municipality";
        for (String write : List.of("POST /api/v1/admin/accounts", "PUT /api/v1/admin/accounts/{id}/roles",
                "POST /api/v1/admin/accounts/{id}/password-reset", "POST /api/v1/admin/accounts/{id}/disable",
                "POST /api/v1/admin/accounts/{id}/enable", "POST /api/v1/admin/search/rebuild")) {
            REGIONAL.put(write, admin);
        }
        String coordinator = "coordinator only: regional staff, who work for every municipality";
        for (String write : List.of("POST /api/v1/indicators/{code}/definitions", "PUT /api/v1/monitoring/periods/{period}",
                "PUT /api/v1/monitoring/baselines/{indicator}/{area}", "PUT /api/v1/monitoring/targets/{indicator}/{area}/{year}",
                "POST /api/v1/monitoring/forms/{cbsCode}/{period}/approve", "POST /api/v1/monitoring/forms/{cbsCode}/{period}/send-back",
                "PUT /api/v1/reports/{year}/developments/{cbsCode}", "POST /api/v1/reports/{year}/finalise",
                "POST /api/v1/monitoring/public-figures", "PUT /api/v1/monitoring/public-figures/mappings/{table}/{measure}",
                "POST /api/v1/surveys", "PUT /api/v1/surveys/{year}", "PUT /api/v1/surveys/{year}/questions",
                "POST /api/v1/surveys/{year}/close")) {
            REGIONAL.put(write, coordinator);
        }
        String editor = "editor only: a regional role";
        for (String write : List.of("POST /api/v1/kb/synonyms", "PUT /api/v1/kb/synonyms/{id}", "DELETE /api/v1/kb/synonyms/{id}")) {
            REGIONAL.put(write, editor);
        }
        REGIONAL.put("POST /api/v1/kb/preview", "renders the Markdown it is sent; reads and stores nothing");
        REGIONAL.put("POST /api/v1/questions/{id}/knowledge-item", "editor only: a regional role");
        REGIONAL.put("POST /api/v1/questions", "asks for the caller's own municipality: the body names none to cross");
        REGIONAL.put("POST /api/v1/questions/{id}/assign",
                "expert or coordinator only: the region's expertise team, which helps every municipality");
        String own = "acts on the caller's own account or session only: there is nothing of another to name";
        for (String write : List.of("POST /api/v1/auth/logout", "POST /api/v1/auth/password", "PUT /api/v1/auth/me/language",
                "POST /api/v1/auth/tokens",
                "POST /api/v1/kb/watches", "POST /api/v1/kb/watches/seen", "PUT /api/v1/mail/preferences")) {
            REGIONAL.put(write, own);
        }
        REGIONAL.put("POST /api/v1/auth/login", "public: the login itself");
        REGIONAL.put("POST /api/v1/mail/unsubscribe", "public: switches off one kind of mail for the receiver of the mail"
                + " whose random token it is sent, and nothing else (MailIT)");
    }

    /** A write tried by {@code role} of Nijmegen on Arnhem's resource, and the refusal it must get. */
    record Cross(String role, int expected, Function<Fixtures, HttpRequest.Builder> request) {
    }

    /** Arnhem's resources that Nijmegen's accounts try to change. */
    record Fixtures(URI base, long draftId, long publishedId, long publishedVersion, long tokenId, long watchId,
                    long locationId, long locationVersion, Questions questions) {

        URI at(String path) {
            return base.resolve(path);
        }
    }

    /**
     * Arnhem's questions: one for the region (visible to Nijmegen) with an answer of an Arnhem reader, and one
     * for Arnhem only (not visible to Nijmegen) with an answer.
     */
    record Questions(long regionId, long regionVersion, long regionAnswerId, long regionAnswerVersion, long localId,
                     long localAnswerId) {
    }

    static final Map<String, Cross> CROSS = new LinkedHashMap<>();

    static {
        String item = "{\"kind\": \"BEST_PRACTICE\", \"title\": \"Overgenomen\", \"summary\": \"s\", \"body\": \"b\","
                + " \"municipality\": \"GM0202\", \"visibility\": \"REGION\", \"themes\": [\"1\"], \"blocks\": [\"1.1\"]}";
        CROSS.put("POST /api/v1/kb/items", new Cross("contributor", 403,
                f -> json(f.at("api/v1/kb/items"), "POST", item)));
        // The import is all or nothing and lists every item's problem: another municipality's item is one of
        // them (400, code item.municipality.notYours), not a 403 for the whole request.
        CROSS.put("POST /api/v1/kb/import", new Cross("contributor", 400,
                f -> json(f.at("api/v1/kb/import"), "POST", "[" + item + "]")));
        CROSS.put("PUT /api/v1/kb/items/{id}", new Cross("contributor", 403,
                f -> json(f.at("api/v1/kb/items/" + f.publishedId()), "PUT", item).header("If-Match", "\"" + f.publishedVersion() + "\"")));
        CROSS.put("POST /api/v1/kb/items/{id}/publish", new Cross("contributor", 404,
                f -> json(f.at("api/v1/kb/items/" + f.draftId() + "/publish"), "POST", null)));
        CROSS.put("POST /api/v1/kb/items/{id}/retire", new Cross("contributor", 403,
                f -> json(f.at("api/v1/kb/items/" + f.publishedId() + "/retire"), "POST", null)));
        CROSS.put("POST /api/v1/kb/items/{id}/restore/{n}", new Cross("contributor", 404,
                f -> json(f.at("api/v1/kb/items/" + f.draftId() + "/restore/1"), "POST", null)));
        CROSS.put("POST /api/v1/kb/items/{itemId}/attachments", new Cross("contributor", 404,
                f -> multipart(f.at("api/v1/kb/items/" + f.draftId() + "/attachments"))));
        CROSS.put("DELETE /api/v1/auth/tokens/{id}", new Cross("reader", 404,
                f -> json(f.at("api/v1/auth/tokens/" + f.tokenId()), "DELETE", null)));
        CROSS.put("DELETE /api/v1/kb/watches/{id}", new Cross("reader", 404,
                f -> json(f.at("api/v1/kb/watches/" + f.watchId()), "DELETE", null)));
        String location = "{\"name\": \"Overgenomen locatie\", \"municipality\": \"GM0202\", \"kind\": \"OTHER\","
                + " \"status\": \"PLANNED\"}";
        CROSS.put("POST /api/v1/housing/locations", new Cross("contributor", 403,
                f -> json(f.at("api/v1/housing/locations"), "POST", location)));
        CROSS.put("PUT /api/v1/housing/locations/{id}", new Cross("contributor", 403,
                f -> json(f.at("api/v1/housing/locations/" + f.locationId()), "PUT", location)
                        .header("If-Match", "\"" + f.locationVersion() + "\"")));
        // a file holding a location of Arnhem is refused whole
        CROSS.put("POST /api/v1/housing/import", new Cross("contributor", 403,
                f -> HttpRequest.newBuilder(f.at("api/v1/housing/import")).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("name,cbs_code,kind,status\nOvergenomen,GM0202,OTHER,PLANNED\n"))));
        String question = "{\"title\": \"Overgenomen vraag\", \"body\": \"Tekst.\", \"themes\": [\"1\"]}";
        CROSS.put("PUT /api/v1/questions/{id}", new Cross("contributor", 403,
                f -> json(f.at("api/v1/questions/" + f.questions().regionId()), "PUT", question)
                        .header("If-Match", "\"" + f.questions().regionVersion() + "\"")));
        CROSS.put("POST /api/v1/questions/{id}/answers", new Cross("reader", 404,
                f -> json(f.at("api/v1/questions/" + f.questions().localId() + "/answers"), "POST", "{\"body\": \"Zo.\"}")));
        CROSS.put("PUT /api/v1/questions/{id}/answers/{answerId}", new Cross("reader", 403,
                f -> json(f.at("api/v1/questions/" + f.questions().regionId() + "/answers/" + f.questions().regionAnswerId()),
                        "PUT", "{\"body\": \"Overgenomen.\"}").header("If-Match", "\"" + f.questions().regionAnswerVersion() + "\"")));
        CROSS.put("POST /api/v1/questions/{id}/answers/{answerId}/accept", new Cross("reader", 403,
                f -> json(f.at("api/v1/questions/" + f.questions().regionId() + "/answers/" + f.questions().regionAnswerId()
                        + "/accept"), "POST", null)));
        CROSS.put("POST /api/v1/questions/{id}/answers/{answerId}/vote", new Cross("reader", 404,
                f -> json(f.at("api/v1/questions/" + f.questions().localId() + "/answers/" + f.questions().localAnswerId()
                        + "/vote"), "POST", null)));
        String figures = "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 5}]}";
        CROSS.put("PUT /api/v1/monitoring/forms/{cbsCode}/{period}", new Cross("data-steward", 403,
                f -> json(f.at("api/v1/monitoring/forms/GM0202/2024-Q4"), "PUT", figures)));
        CROSS.put("POST /api/v1/monitoring/forms/{cbsCode}/{period}/submit", new Cross("data-steward", 403,
                f -> json(f.at("api/v1/monitoring/forms/GM0202/2024-Q4/submit"), "POST", null)));
        CROSS.put("POST /api/v1/monitoring/values", new Cross("data-steward", 403,
                f -> json(f.at("api/v1/monitoring/values"), "POST",
                        "[{\"indicator\": \"REG_RNI\", \"cbsCode\": \"GM0202\", \"period\": \"2024-Q4\", \"value\": 5}]")));
        // the survey of a year without one: the municipality in the path is refused before the survey is looked up
        String answers = "{\"answers\": []}";
        CROSS.put("PUT /api/v1/surveys/{year}/responses/{cbsCode}", new Cross("data-steward", 403,
                f -> json(f.at("api/v1/surveys/2031/responses/GM0202"), "PUT", answers)));
        CROSS.put("POST /api/v1/surveys/{year}/responses/{cbsCode}/submit", new Cross("data-steward", 403,
                f -> json(f.at("api/v1/surveys/2031/responses/GM0202/submit"), "POST", null)));
        CROSS.put("POST /api/v1/monitoring/values.csv", new Cross("data-steward", 403,
                f -> HttpRequest.newBuilder(f.at("api/v1/monitoring/values.csv")).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("indicator,cbs_code,period,value,comment\nREG_RNI,GM0202,2024-Q4,5,\n"))));
    }

    private static HttpRequest.Builder json(URI uri, String method, String body) {
        return HttpRequest.newBuilder(uri).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private static HttpRequest.Builder multipart(URI uri) {
        String boundary = "----matrix" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notitie.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nNiet van ons.\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json");
    }

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

    private List<String> documentedOperations() {
        Api api = new Api(base);
        Api.Reply reply = api.send(HttpRequest.newBuilder(api.resolve("../openapi")).GET().header("Accept", "application/json"));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject paths = reply.object().getJsonObject("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            String apiPath = path.substring(path.indexOf("/api/v1/"));
            ((JsonObject) item).keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                    .forEach(m -> operations.add(m.toUpperCase() + " " + apiPath));
        });
        return operations;
    }

    private static boolean isWrite(String operation) {
        return !operation.startsWith("GET ");
    }

    @Test
    void everyOperationOfTheDocumentIsInTheMatrix() {
        List<String> operations = documentedOperations();
        Set<String> missing = new TreeSet<>();
        Set<String> uncrossed = new TreeSet<>();
        for (String operation : operations) {
            if (!ALLOWED.containsKey(operation) && !PUBLIC.contains(operation)) {
                missing.add(operation);
            }
            if (isWrite(operation) && !CROSS.containsKey(operation) && !REGIONAL.containsKey(operation)) {
                uncrossed.add(operation);
            }
        }
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.addAll(CROSS.keySet());
        stale.removeAll(operations);
        long writes = operations.stream().filter(AuthorizationMatrixIT::isWrite).count();
        long crossed = operations.stream().filter(CROSS::containsKey).count();
        System.out.printf("Authorization matrix: %d/%d operations of /openapi covered, each as anonymous and %d roles;"
                        + " %d writes: %d tried by another municipality, %d without one to cross (REGIONAL)%n",
                operations.size() - missing.size(), operations.size(), EVERYONE.size(), writes, crossed,
                operations.stream().filter(o -> isWrite(o) && REGIONAL.containsKey(o)).count());
        assertTrue(missing.isEmpty(), "Add these operations to AuthorizationMatrixIT.ALLOWED: " + missing);
        assertTrue(uncrossed.isEmpty(), "Add these writes to AuthorizationMatrixIT.CROSS (or REGIONAL, with the reason): "
                + uncrossed);
        assertTrue(stale.isEmpty(), "Rows for operations that are not in /openapi: " + stale);
    }

    @Test
    void everyOperationRefusesAnonymousAndWrongRoles() {
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        for (String operation : documentedOperations()) {
            if (PUBLIC.contains(operation)) {
                check(wrong, operation, "anonymous", new Api(base), true);
                checks++;
                continue;
            }
            Set<String> allowed = ALLOWED.getOrDefault(operation, Set.of());
            check(wrong, operation, "anonymous", new Api(base), false);
            checks++;
            for (String role : EVERYONE) {
                // logging out ends the session: each role logs out a session of its own
                Api client = operation.endsWith("/auth/logout") ? Api.as(base, "matrix-" + role) : clients.get(role);
                check(wrong, operation, role, client, allowed.contains(role));
                checks++;
            }
        }
        System.out.println("Authorization matrix: " + checks + " role checks");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private void check(List<String> wrong, String operation, String who, Api client, boolean allowed) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 2).replaceAll("\\{[^}]+}", "999999");
        HttpRequest.Builder request = HttpRequest.newBuilder(client.resolve(path))
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        int status = client.send(request).status();
        boolean anonymous = "anonymous".equals(who);
        boolean ok = anonymous && !allowed ? status == 401
                : allowed ? status != 401 && status != 403 && status < 500
                : status == 403;
        if (!ok) {
            wrong.add(operation + " as " + who + ": " + status + " (expected "
                    + (anonymous && !allowed ? "401" : allowed ? "past the role check" : "403") + ")");
        }
    }

    @Test
    void everyWriteRefusesTheRightRoleOfAnotherMunicipality() throws Exception {
        Api arnhemContributor = Api.as(base, TestAccounts.create("matrix-arnhem-contributor", "GM0202", "contributor"));
        Api arnhemReader = clients.get("reader");
        JsonObject draft = arnhemContributor.post("api/v1/kb/items", itemOfArnhem("Concept van Arnhem")).object();
        JsonObject published = arnhemContributor.post("api/v1/kb/items", itemOfArnhem("Gepubliceerd door Arnhem")).object();
        Api.Reply publishing = arnhemContributor.post("api/v1/kb/items/" + published.getJsonNumber("id").longValue() + "/publish", null);
        assertEquals(200, publishing.status(), publishing::toString);
        long publishedVersion = publishing.object().getJsonNumber("version").longValue();
        Api.Reply token = arnhemReader.post("api/v1/auth/tokens", "{\"name\": \"matrix\", \"validDays\": 1}");
        assertEquals(201, token.status(), token::toString);
        Api.Reply watch = arnhemReader.post("api/v1/kb/watches", "{\"type\": \"THEME\", \"target\": \"2\"}");
        assertEquals(201, watch.status(), watch::toString);
        Api.Reply location = arnhemContributor.post("api/v1/housing/locations", "{\"name\": \"Locatie van Arnhem\","
                + " \"municipality\": \"GM0202\", \"kind\": \"OTHER\", \"status\": \"PLANNED\"}");
        assertEquals(201, location.status(), location::toString);
        long locationVersion = location.object().getJsonNumber("version").longValue();
        Questions questions = questionsOfArnhem(arnhemContributor, arnhemReader);
        Fixtures fixtures = new Fixtures(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"),
                draft.getJsonNumber("id").longValue(), published.getJsonNumber("id").longValue(), publishedVersion,
                token.object().getJsonNumber("id").longValue(), watch.object().getJsonNumber("id").longValue(),
                location.object().getJsonNumber("id").longValue(), locationVersion, questions);

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Cross> row : CROSS.entrySet()) {
            Cross cross = row.getValue();
            Api nijmegen = Api.as(base, TestAccounts.create("matrix-nijmegen-" + cross.role(), "GM0268", cross.role()));
            Api.Reply reply = nijmegen.send(cross.request().apply(fixtures));
            if (reply.status() != cross.expected()
                    || cross.expected() == 400 && !reply.body().contains("item.municipality.notYours")) {
                wrong.add(row.getKey() + " as " + cross.role() + " of Nijmegen on Arnhem's: " + reply.status()
                        + " (expected " + cross.expected() + ") " + reply.body());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        // and nothing of Arnhem's changed
        assertEquals(publishedVersion, arnhemContributor.get("api/v1/kb/items/" + fixtures.publishedId()).object()
                .getJsonNumber("version").longValue());
        assertEquals("PUBLISHED", arnhemContributor.get("api/v1/kb/items/" + fixtures.publishedId()).object().getString("status"));
        assertEquals("DRAFT", arnhemContributor.get("api/v1/kb/items/" + fixtures.draftId()).object().getString("status"));
        JsonObject arnhemLocation = arnhemContributor.get("api/v1/housing/locations/" + fixtures.locationId()).object();
        assertEquals(locationVersion, arnhemLocation.getJsonNumber("version").longValue());
        assertEquals("GM0202", arnhemLocation.getJsonObject("details").getString("municipality"));
        assertTrue(arnhemReader.get("api/v1/auth/tokens").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getJsonNumber("id").longValue() == fixtures.tokenId()
                        && (!t.containsKey("revokedAt") || t.isNull("revokedAt"))));
        assertTrue(arnhemReader.get("api/v1/kb/watches").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getJsonNumber("id").longValue() == fixtures.watchId()));
        JsonObject regionQuestion = arnhemContributor.get("api/v1/questions/" + questions.regionId()).object();
        assertEquals(questions.regionVersion(), regionQuestion.getJsonNumber("version").longValue());
        assertEquals("OPEN", regionQuestion.getString("status"));
        JsonObject regionAnswer = regionQuestion.getJsonArray("answers").getJsonObject(0);
        assertEquals(questions.regionAnswerVersion(), regionAnswer.getJsonNumber("version").longValue());
        JsonObject localQuestion = arnhemContributor.get("api/v1/questions/" + questions.localId()).object();
        assertEquals(1, localQuestion.getJsonArray("answers").size());
        assertEquals(0, localQuestion.getJsonArray("answers").getJsonObject(0).getInt("usefulVotes"));
        try (Connection db = TestAccounts.connect();
             PreparedStatement values = db.prepareStatement(
                     "SELECT COUNT(*) FROM monitoring_value WHERE area_code = 'GM0202' AND period = '2024-Q4'"
                             // only what accounts of Nijmegen entered: other test classes enter Arnhem's own figures
                             + " AND entered_by IN (SELECT a.username FROM account a JOIN municipality m ON m.id = a.municipality_id"
                             + " WHERE m.cbs_code = 'GM0268')")) {
            try (ResultSet count = values.executeQuery()) {
                count.next();
                assertEquals(0, count.getInt(1), "Nijmegen's accounts stored figures for Arnhem");
            }
        }
    }

    private static Questions questionsOfArnhem(Api asker, Api answerer) {
        Api.Reply region = asker.post("api/v1/questions", "{\"title\": \"Vraag van Arnhem\", \"body\": \"Hoe?\","
                + " \"visibility\": \"REGION\", \"themes\": [\"1\"]}");
        assertEquals(201, region.status(), region::toString);
        long regionId = region.object().getJsonNumber("id").longValue();
        Api.Reply regionAnswer = answerer.post("api/v1/questions/" + regionId + "/answers", "{\"body\": \"Zo.\"}");
        assertEquals(201, regionAnswer.status(), regionAnswer::toString);
        long regionVersion = asker.get("api/v1/questions/" + regionId).object().getJsonNumber("version").longValue();
        Api.Reply local = asker.post("api/v1/questions", "{\"title\": \"Vraag binnen Arnhem\", \"body\": \"Hoe?\","
                + " \"visibility\": \"MUNICIPALITY\", \"themes\": [\"5\"]}");
        assertEquals(201, local.status(), local::toString);
        long localId = local.object().getJsonNumber("id").longValue();
        Api.Reply localAnswer = answerer.post("api/v1/questions/" + localId + "/answers", "{\"body\": \"Zo.\"}");
        assertEquals(201, localAnswer.status(), localAnswer::toString);
        return new Questions(regionId, regionVersion, regionAnswer.object().getJsonNumber("id").longValue(),
                regionAnswer.object().getJsonNumber("version").longValue(), localId,
                localAnswer.object().getJsonNumber("id").longValue());
    }

    private static String itemOfArnhem(String title) {
        return Json.createObjectBuilder().add("kind", "BEST_PRACTICE").add("title", title + " " + UUID.randomUUID())
                .add("summary", "Samenvatting").add("body", "Tekst.").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("1")).add("blocks", Json.createArrayBuilder().add("1.1"))
                .build().toString();
    }
}
