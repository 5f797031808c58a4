package nl.regioan.app.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API contract, checked at build time: every JAX-RS resource method of every module (found by
 * reflection over the classpath, so a new resource cannot be forgotten) is an operation of the
 * committed OpenAPI document {@code src/test/resources/openapi.json}, with the operationId its
 * {@code @Operation} gives, the roles its {@code @RolesAllowed} enforces, a typed success answer,
 * problem+json errors and a security requirement; and the document is valid OpenAPI for a real
 * validator. {@code ApiContractIT} proves that the live {@code /openapi} of the WAR is this document.
 */
class ContractDocumentTest {

    private static final Set<String> PUBLIC_OPERATIONS = Set.of("POST /api/v1/auth/login",
            // the unsubscribe link of a mail, opened where nobody is logged in
            "POST /api/v1/mail/unsubscribe");

    private static String documentText;
    private static JsonObject document;
    private static Map<String, List<Method>> resourceMethods;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ContractDocumentTest.class.getResourceAsStream("/openapi.json")) {
            assertNotNull(in, "src/test/resources/openapi.json is missing");
            documentText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var reader = Json.createReader(new StringReader(documentText))) {
            document = reader.readObject();
        }
        resourceMethods = resourceMethods();
    }

    /** "METHOD /api/v1/path" -> the Java methods that serve it (two when one operation has a fallback for other media types). */
    static Map<String, List<Method>> resourceMethods() {
        String base = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        Map<String, List<Method>> found = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().acceptPackages("nl.regioan").scan()) {
            for (Class<?> resource : scan.getClassesWithAnnotation(Path.class).loadClasses()) {
                for (Method method : resource.getMethods()) {
                    String http = httpMethod(method);
                    if (http != null) {
                        found.computeIfAbsent(http + " " + join(base, resource.getAnnotation(Path.class).value(),
                                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : ""),
                                k -> new ArrayList<>()).add(method);
                    }
                }
            }
        }
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Joins path segments as JAX-RS does and drops regular expressions from templates ({id: \d+} -> {id}). */
    private static String join(String... parts) {
        String path = Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    private static Map<String, JsonObject> documentedOperations() {
        Map<String, JsonObject> operations = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                operations.put(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
        return operations;
    }

    @Test
    void theScanFindsTheResourcesOfBothModules() {
        assertTrue(resourceMethods.containsKey("POST /api/v1/monitoring/values"), resourceMethods.keySet()::toString);
        assertTrue(resourceMethods.containsKey("GET /api/v1/kb/items/{id}"), resourceMethods.keySet()::toString);
        assertTrue(resourceMethods.size() > 70, "only " + resourceMethods.size() + " operations found");
    }

    @Test
    void everyResourceMethodIsAnOperationOfTheDocumentAndNothingElseIs() {
        Set<String> documented = documentedOperations().keySet();
        Set<String> missing = new TreeSet<>(resourceMethods.keySet());
        missing.removeAll(documented);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(resourceMethods.keySet());
        assertTrue(missing.isEmpty(), "resource methods missing from the document (annotate them, then refresh"
                + " src/test/resources/openapi.json as ApiContractIT says): " + missing);
        assertTrue(stale.isEmpty(), "operations in the document that no resource method serves: " + stale);
    }

    @Test
    void everyOperationHasTheOperationIdOfItsMethodAndTheIdsAreUnique() {
        Map<String, JsonObject> operations = documentedOperations();
        List<String> wrong = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        resourceMethods.forEach((key, methods) -> {
            List<Operation> declared = methods.stream().map(m -> m.getAnnotation(Operation.class))
                    .filter(o -> o != null && !o.hidden()).toList();
            if (declared.size() != 1 || declared.get(0).operationId().isBlank()) {
                wrong.add(key + ": needs exactly one @Operation with an operationId on " + methods.stream()
                        .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList());
                return;
            }
            String id = declared.get(0).operationId();
            String previous = seen.put(id, key);
            if (previous != null) {
                wrong.add("operationId " + id + " is used by " + previous + " and " + key);
            }
            JsonObject operation = operations.get(key);
            if (operation != null && !id.equals(operation.getString("operationId", null))) {
                wrong.add(key + ": the document says " + operation.getString("operationId", null) + ", the code " + id);
            }
            if (declared.get(0).summary().isBlank()) {
                wrong.add(key + ": no summary");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** x-roles is what {@link nl.regioan.security.RoleCheckFeature} enforces: the method's @RolesAllowed, else the class's. */
    @Test
    void everyOperationStatesTheRolesTheCodeEnforces() {
        Map<String, JsonObject> operations = documentedOperations();
        List<String> wrong = new ArrayList<>();
        resourceMethods.forEach((key, methods) -> {
            JsonObject operation = operations.get(key);
            if (operation == null) {
                return;
            }
            Set<String> expected = PUBLIC_OPERATIONS.contains(key) ? Set.of(ContractFilter.PUBLIC) : enforcedRoles(methods.get(0));
            Set<String> documented = operation.containsKey("x-roles")
                    ? operation.getJsonArray("x-roles").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.toCollection(TreeSet::new)) : Set.of();
            if (!new TreeSet<>(expected).equals(documented)) {
                wrong.add(key + ": x-roles " + documented + ", enforced " + new TreeSet<>(expected));
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    static Set<String> enforcedRoles(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        boolean permitAll = method.isAnnotationPresent(PermitAll.class);
        if (roles == null && !permitAll) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            permitAll = method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
        }
        if (roles != null) {
            return Set.of(roles.value());
        }
        assertTrue(permitAll, method + " has neither @RolesAllowed nor @PermitAll");
        return Set.of(ContractFilter.ANY_ACCOUNT);
    }

    @Test
    void everyOperationHasATypedSuccessProblemErrorsAndSecurity() {
        List<String> wrong = new ArrayList<>();
        documentedOperations().forEach((key, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            if (responses.containsKey("default")) {
                wrong.add(key + ": an untyped default response");
            }
            List<String> success = responses.keySet().stream().filter(c -> c.startsWith("2")).toList();
            if (success.isEmpty()) {
                wrong.add(key + ": no success response");
            }
            for (String code : success) {
                JsonObject content = responses.getJsonObject(code).getJsonObject("content");
                if (!code.equals("204") && (content == null || content.values().stream()
                        .anyMatch(media -> !media.asJsonObject().containsKey("schema")))) {
                    wrong.add(key + ": response " + code + " has no schema");
                }
                if (content != null && content.values().stream().map(m -> m.asJsonObject().get("schema"))
                        .anyMatch(ContractDocumentTest::isBareObject)) {
                    wrong.add(key + ": response " + code + " is a bare 'type: object'");
                }
            }
            JsonObject body = operation.getJsonObject("requestBody");
            if (body != null && body.getJsonObject("content").values().stream()
                    .map(m -> m.asJsonObject().get("schema")).anyMatch(ContractDocumentTest::isBareObject)) {
                wrong.add(key + ": the request body is a bare 'type: object'");
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    JsonObject content = referenced(response.asJsonObject()).getJsonObject("content");
                    if (content == null || !content.containsKey(ContractFilter.PROBLEM_JSON)) {
                        wrong.add(key + ": error " + code + " is not application/problem+json");
                    }
                }
            });
            boolean isPublic = PUBLIC_OPERATIONS.contains(key);
            if (!isPublic && (!responses.containsKey("401") || !responses.containsKey("403"))) {
                wrong.add(key + ": 401 and 403 are not documented");
            }
            // no global requirement: an operation without one needs no login (Payara drops an empty list)
            boolean secured = operation.containsKey("security") && !operation.getJsonArray("security").isEmpty();
            if (secured == isPublic) {
                wrong.add(key + ": security requirement " + operation.get("security"));
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A response given as {@code $ref} to components/responses, or the response itself. */
    private JsonObject referenced(JsonObject response) {
        String ref = response.getString("$ref", null);
        String prefix = "#/components/responses/";
        if (ref == null || !ref.startsWith(prefix)) {
            return response;
        }
        return document.getJsonObject("components").getJsonObject("responses").getJsonObject(ref.substring(prefix.length()));
    }

    private static boolean isBareObject(JsonValue schema) {
        return schema instanceof JsonObject object && "object".equals(object.getString("type", null))
                && !object.containsKey("properties") && !object.containsKey("additionalProperties");
    }

    @Test
    void theSecuritySchemesAreTheSessionCookieTheCsrfHeaderAndTheApiToken() {
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("KBSESSION", schemes.getJsonObject(ContractFilter.SESSION).getString("name"));
        assertEquals("cookie", schemes.getJsonObject(ContractFilter.SESSION).getString("in"));
        assertEquals("X-CSRF-Token", schemes.getJsonObject(ContractFilter.CSRF).getString("name"));
        assertEquals("header", schemes.getJsonObject(ContractFilter.CSRF).getString("in"));
        assertEquals("bearer", schemes.getJsonObject(ContractFilter.TOKEN).getString("scheme"));
        // every write with a session needs the CSRF header as well
        documentedOperations().forEach((key, operation) -> {
            if (!key.startsWith("GET ") && !PUBLIC_OPERATIONS.contains(key)) {
                assertTrue(operation.getJsonArray("security").getJsonObject(0).containsKey(ContractFilter.CSRF), key);
            }
        });
    }

    @Test
    void theProblemSchemaIsTheProblemRecord() {
        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertEquals(Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                new ArrayList<>(problem.getJsonObject("properties").keySet()));
    }

    @Test
    void everyReferenceNamesASchemaOfTheDocument() {
        Set<String> schemas = document.getJsonObject("components").getJsonObject("schemas").keySet();
        Set<String> dangling = new TreeSet<>();
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"")
                .matcher(documentText);
        while (refs.find()) {
            if (!schemas.contains(refs.group(1))) {
                dangling.add(refs.group(1));
            }
        }
        assertTrue(dangling.isEmpty(), "references to schemas that are not in components: " + dangling);
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(documentText, null, options);
        assertNotNull(result.getOpenAPI(), "not parsed: " + result.getMessages());
        assertEquals(List.of(), result.getMessages(), "validation messages");
    }
}
