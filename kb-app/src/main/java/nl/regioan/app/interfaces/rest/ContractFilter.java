package nl.regioan.app.interfaces.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document that MicroProfile OpenAPI builds from the resources' annotations
 * with what every operation shares, so each resource method only states what is its own
 * (operationId, summary, success responses, its roles as {@code x-roles}):
 * <ul>
 *   <li>the security schemes (session cookie {@code KBSESSION}, the {@code X-CSRF-Token} header that
 *       session writes need, a Bearer API token {@code kbt_...}) and each operation's requirement;</li>
 *   <li>{@code x-roles} as a list (the annotation holds {@code "a,b"}), repeated in the description;</li>
 *   <li>the error answers as {@code application/problem+json} with the {@code Problem} schema,
 *       derived from the {@link Problem} record so the two cannot drift apart;</li>
 *   <li>Payara's {@code default} response is dropped once a status code is declared; its inferred
 *       schema moves to the success response that declares none.</li>
 * </ul>
 * Registered with {@code mp.openapi.filter} in microprofile-config.properties.
 */
public class ContractFilter implements OASFilter {

    /** The value of {@code x-roles} for operations that need no login (the login itself and a mail's unsubscribe link). */
    public static final String PUBLIC = "public";
    /** The value of {@code x-roles} for operations open to every account (still trimmed by the access policy). */
    public static final String ANY_ACCOUNT = "any-account";
    public static final String ROLES_EXTENSION = "x-roles";
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String MESSAGE_REF = "#/components/schemas/Message";
    /** The shared 503 answer ({@link DatabaseUnavailable}), defined once under components/responses. */
    private static final String DATABASE_UNAVAILABLE = "DatabaseUnavailable";

    static final String SESSION = "session";
    static final String CSRF = "csrfHeader";
    static final String TOKEN = "apiToken";
    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("KBSESSION")
                .description("The session cookie set by POST /api/v1/auth/login (HttpOnly, SameSite=Strict)."));
        components.addSecurityScheme(CSRF, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-CSRF-Token")
                .description("Needed with the session cookie on every request that changes something: the csrfToken"
                        + " from the login answer."));
        components.addSecurityScheme(TOKEN, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("kbt_...")
                .description("A personal API token made with POST /api/v1/auth/tokens; it has its owner's roles."));
        components.addSchema("FieldError", recordSchema(problemFieldErrorType()));
        components.addSchema("Problem", recordSchema(Problem.class));
        components.addResponse(DATABASE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database cannot be reached for the moment: try again after Retry-After seconds.")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again.")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)))
                .content(problemContent()));
        if (components.getSchemas() != null) {
            components.removeSchema("Message"); // every use is a string now (filterSchema)
        }

        // Payara lists a class-level @Tag once per resource class; a tag name must appear once.
        if (openAPI.getTags() != null) {
            Map<String, Tag> tags = new TreeMap<>();
            openAPI.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            openAPI.setTags(new ArrayList<>(tags.values()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    /**
     * Payara writes every attribute of an {@code @Schema(implementation=...)} it inlines, its unset
     * defaults included; {@code maxProperties: 0} would even say the object must be empty. Those
     * defaults mean "not stated", so they are removed.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        // A Message (key + arguments) is written to the wire as its text in the reader's language (JsonbTexts).
        if (MESSAGE_REF.equals(schema.getRef())) {
            schema.setRef(null);
            schema.setType(Schema.SchemaType.STRING);
            schema.setDescription("A text in the reader's language (the account's choice, else Accept-Language, else Dutch).");
        }
        // Payara lends the properties of another record to some inline non-object schemas (strings, files).
        if (schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT && schema.getProperties() != null) {
            schema.setProperties(null);
            schema.setRequired(null);
        }
        // ... and to inline maps: a map's values are its additionalProperties, it has no fixed properties.
        if (schema.getAdditionalPropertiesSchema() != null && schema.getProperties() != null) {
            schema.setProperties(null);
            schema.setRequired(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        List<String> roles = roles(operation);
        boolean isPublic = roles.contains(PUBLIC);
        boolean isRead = READS.contains(method);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, roles);
            String who = isPublic ? "Needs no login." : roles.contains(ANY_ACCOUNT)
                    ? "Roles: any account (what it shows is trimmed by the access policy)."
                    : "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? who
                    : operation.getDescription() + "\n\n" + who);
        }
        if (isPublic) {
            operation.setSecurity(new ArrayList<>());
        } else {
            SecurityRequirement session = OASFactory.createSecurityRequirement().addScheme(SESSION);
            if (!isRead) {
                session.addScheme(CSRF);
            }
            operation.setSecurity(new ArrayList<>(List.of(session, OASFactory.createSecurityRequirement().addScheme(TOKEN))));
        }

        // @Consumes(*/*) next to a declared body: the scanner adds "*/*" with the Java parameter's type
        // (a stream, "object"); the declared media type is the contract.
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content body = operation.getRequestBody().getContent();
            if (body.hasMediaType("*/*") && body.getMediaTypes().size() > 1) {
                body.removeMediaType("*/*");
            }
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        dropDefault(responses);
        // Payara copies a method's @Extension onto its @APIResponses too: roles belong to the operation only.
        responses.getAPIResponses().values().forEach(r -> {
            if (r.getExtensions() != null && r.getExtensions().containsKey(ROLES_EXTENSION)) {
                r.removeExtension(ROLES_EXTENSION);
            }
        });
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            problem(responses, "400", "Bad input: the problem names each field or parameter at fault.");
        }
        if (!isPublic) {
            problem(responses, "401", "Not logged in: no valid session cookie or API token.");
            problem(responses, "403", isRead ? "The account lacks the role, or the data belongs to another municipality."
                    : "The account lacks the role, the data belongs to another municipality, or the session request"
                            + " lacks its X-CSRF-Token header.");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such resource, or none that this account may see.");
        }
        // Every operation needs the database; while it cannot be reached the answer says when to try again.
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse().ref(DATABASE_UNAVAILABLE));
        }
        // Any declared error answer without content is a problem document too.
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getRef() == null) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                } else if (response.getContent().hasMediaType(PROBLEM_JSON)
                        && response.getContent().getMediaType(PROBLEM_JSON).getSchema() == null) {
                    response.getContent().getMediaType(PROBLEM_JSON).setSchema(problemSchemaRef());
                }
            }
        });
    }

    private static List<String> roles(Operation operation) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get(ROLES_EXTENSION);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            value = Arrays.asList(array);
        }
        if (value instanceof List<?> list) {
            if (list.size() == 1) {
                return roles(list.get(0).toString());
            }
            return list.stream().map(String::valueOf).toList();
        }
        return roles(value.toString());
    }

    private static List<String> roles(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Payara adds "default" with the body inferred from a method's return type when the method
     * declares no response: a JAX-RS method that returns an entity answers 200, so that is its name.
     */
    private static void dropDefault(APIResponses responses) {
        APIResponse inferred = responses.getDefaultValue();
        if (inferred == null) {
            return;
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            String description = inferred.getDescription();
            responses.addAPIResponse("200", inferred.description(description == null
                    || description.equals("Default Response.") ? "OK" : description));
            return;
        }
        responses.removeAPIResponse(APIResponses.DEFAULT);
        if (inferred.getContent() == null) {
            return;
        }
        responses.getAPIResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2") && !e.getKey().equals("204"))
                .filter(e -> e.getValue().getContent() == null || e.getValue().getContent().getMediaTypes() == null
                        || e.getValue().getContent().getMediaTypes().isEmpty())
                .findFirst()
                .ifPresent(e -> e.getValue().setContent(inferred.getContent()));
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(problemSchemaRef()));
    }

    private static Schema problemSchemaRef() {
        return OASFactory.createSchema().ref("#/components/schemas/Problem");
    }

    private static Class<?> problemFieldErrorType() {
        for (RecordComponent component : Problem.class.getRecordComponents()) {
            if (component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                return element;
            }
        }
        throw new IllegalStateException("Problem has no list of field errors");
    }

    /** The schema of a record of strings, numbers, booleans and lists of records, from its components. */
    static Schema recordSchema(Class<?> record) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), schemaOf(component.getGenericType()));
        }
        schema.setProperties(properties);
        return schema;
    }

    private static Schema schemaOf(Type type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
        }
        if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Type element = parameterized.getActualTypeArguments()[0];
            // the only list of records in a problem is its field errors, registered as "FieldError"
            Schema items = element instanceof Class<?> c && c.isRecord()
                    ? OASFactory.createSchema().ref("#/components/schemas/FieldError") : schemaOf(element);
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
        }
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }
}
