package nl.regioan.app.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regioan.contract.client.ApiClient;
import nl.regioan.contract.client.ApiException;
import nl.regioan.contract.client.api.MonitoringApi;
import nl.regioan.contract.client.model.FormLine;
import nl.regioan.contract.client.model.FormView;
import nl.regioan.contract.client.model.ImportReply;
import nl.regioan.contract.client.model.ValueDelivery;
import nl.regioan.contract.client.model.ValueDeliveryRow;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract against the real WAR: the live {@code /openapi} is the committed
 * {@code src/test/resources/openapi.json} (which {@link ContractDocumentTest} checks against the
 * code and a validator, and from which the build generates a client), and a municipality's IT
 * department can deliver a quarter's figures with that generated client and an API token.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLiveDocumentIsTheCommittedContract() throws IOException {
        Api api = new Api(base);
        Api.Reply reply = api.send(HttpRequest.newBuilder(api.resolve("../openapi")).GET().header("Accept", "application/json"));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject live = contractOf(reply.object());
        JsonObject committed;
        try (InputStream in = getClass().getResourceAsStream("/openapi.json");
             var reader = Json.createReader(in)) {
            committed = reader.readObject();
        }
        if (!live.equals(committed)) {
            Path written = Path.of(System.getProperty("kb.test.work", "target"), "..", "openapi-live.json").normalize();
            Files.createDirectories(written.getParent());
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8);
                 JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(live);
            }
            fail("/openapi differs from src/test/resources/openapi.json. If the change is intended, run"
                    + " 'cp " + written + " kb-app/src/test/resources/openapi.json' and commit it.");
        }
    }

    /**
     * The document without what depends on where it runs: the servers (host and port), Payara's
     * non-standard {@code endpoints} list, and the context root before /api/v1 in the paths.
     */
    static JsonObject contractOf(JsonObject document) {
        JsonObjectBuilder contract = Json.createObjectBuilder();
        document.forEach((key, value) -> {
            if (key.equals("paths")) {
                JsonObjectBuilder paths = Json.createObjectBuilder();
                value.asJsonObject().forEach((path, item) -> paths.add(path.substring(path.indexOf("/api/v1/")), item));
                contract.add(key, paths);
            } else if (!key.equals("servers") && !key.equals("endpoints")) {
                contract.add(key, value);
            }
        });
        return contract.build();
    }

    @Test
    void aMunicipalityDeliversAQuarterWithAGeneratedClientAndAnApiToken() throws Exception {
        // The administrator gives the municipality's data steward an account ...
        Api admin = Api.as(base, TestAccounts.create("contract-admin", null, "admin"));
        String username = "contract-steward-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = admin.post("api/v1/admin/accounts", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Gegevensbeheerder Nijmegen").add("municipality", "GM0268")
                .add("roles", Json.createArrayBuilder().add("data-steward")).build().toString());
        assertEquals(201, created.status(), created::toString);
        // ... who logs in, chooses a password and makes an API token for the delivery script.
        Api steward = new Api(base);
        assertEquals(200, steward.login(username, created.object().getString("temporaryPassword")).status());
        Api.Reply changed = steward.post("api/v1/auth/password", Json.createObjectBuilder()
                .add("currentPassword", created.object().getString("temporaryPassword"))
                .add("newPassword", "Levering-per-kwartaal-2024").build().toString());
        assertEquals(204, changed.status(), changed::toString);
        Api.Reply token = steward.post("api/v1/auth/tokens", "{\"name\": \"kwartaallevering\", \"validDays\": 30}");
        assertEquals(201, token.status(), token::toString);
        String secret = token.object().getString("secret");
        assertTrue(secret.startsWith("kbt_"), secret);

        // The IT department's script: a client generated from the contract, with the token.
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + secret));
        MonitoringApi api = new MonitoringApi(client);

        ValueDelivery quarter = new ValueDelivery().rows(List.of(
                new ValueDeliveryRow().indicator("REG_RNI").cbsCode("GM0268").period("2024-Q3").value(new BigDecimal("412"))
                        .comment("uit de RNI-koppeling"),
                new ValueDeliveryRow().indicator("REG_BRP").cbsCode("GM0268").period("2024-Q3").value(new BigDecimal("187"))));
        ImportReply dryRun = api.deliverMonitoringValues(quarter, true);
        assertEquals(true, dryRun.getDryRun());
        assertEquals(0, dryRun.getApplied());
        ImportReply delivered = api.deliverMonitoringValues(quarter, false);
        assertEquals(2, delivered.getRows());
        assertEquals(2, delivered.getApplied());

        FormView form = api.getMonitoringForm("GM0268", "2024-Q3");
        FormLine rni = form.getLines().stream().filter(l -> "REG_RNI".equals(l.getIndicator())).findFirst().orElseThrow();
        FormLine brp = form.getLines().stream().filter(l -> "REG_BRP".equals(l.getIndicator())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("412").compareTo(rni.getValue()), rni::toString);
        assertEquals("uit de RNI-koppeling", rni.getComment());
        assertEquals(0, new BigDecimal("187").compareTo(brp.getValue()), brp::toString);

        // The same client refuses another municipality's figures, as the contract says (403 problem).
        ValueDelivery notOurs = new ValueDelivery().rows(List.of(new ValueDeliveryRow().indicator("REG_RNI")
                .cbsCode("GM0202").period("2024-Q3").value(BigDecimal.ONE)));
        try {
            api.deliverMonitoringValues(notOurs, false);
            fail("a delivery for Arnhem with Nijmegen's token was accepted");
        } catch (ApiException refused) {
            assertEquals(403, refused.getCode(), refused.getResponseBody());
            JsonObject problem = Json.createReader(new StringReader(refused.getResponseBody())).readObject();
            assertEquals(403, problem.getInt("status"));
            assertTrue(problem.get("detail") != JsonValue.NULL, problem::toString);
        }
    }
}
