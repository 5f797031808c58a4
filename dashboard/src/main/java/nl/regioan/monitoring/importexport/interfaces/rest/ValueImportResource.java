package nl.regioan.monitoring.importexport.interfaces.rest;

import nl.regioan.shared.api.TooLargeException;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import nl.regioan.shared.api.Message;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.importexport.application.BulkImport;
import nl.regioan.monitoring.importexport.application.CsvValueFile;
import nl.regioan.monitoring.importexport.application.ImportResult;
import nl.regioan.monitoring.importexport.application.RowError;
import nl.regioan.monitoring.importexport.application.SafeCsv;
import nl.regioan.monitoring.importexport.application.ValueRow;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk delivery of values as JSON or CSV (columns indicator,cbs_code,period,value,comment), usable
 * with an API token. All-or-nothing: 200 with the count when applied, 400 with every row error
 * (as JSON, or as CSV when the client asks for text/csv) when not; dryRun=true only validates.
 */
@Tag(name = "Monitoring")
@Path("monitoring")
@RequestScoped
@RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.COORDINATOR})
public class ValueImportResource {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final long DRAIN_LIMIT = 200L * 1024 * 1024;

    /** The answer: also a problem+json document when the delivery was refused. */
    @Schema(name = "ImportReply")
    public record ImportReply(String type, String title, int status, String detail, boolean dryRun, int rows,
                              int applied, List<RowError> errors) {
    }

    /** One row of a JSON delivery (the shape of the body, for the contract; the body may also be a bare array of rows). */
    @Schema(name = "ValueDeliveryRow")
    public record DeliveryRow(@Schema(required = true, example = "REG_RNI") String indicator,
                              @Schema(required = true, example = "GM0202") String cbsCode,
                              @Schema(required = true, example = "2025-Q3", description = "yyyy-Qn or yyyy, as the indicator is measured")
                              String period,
                              @Schema(required = true) BigDecimal value,
                              String comment) {
    }

    /** A JSON delivery: the rows, all or nothing. */
    @Schema(name = "ValueDelivery", requiredProperties = "rows")
    public record Delivery(List<DeliveryRow> rows) {
    }

    @Inject
    BulkImport bulkImport;

    @Inject
    RequestLanguage language;

    @Operation(operationId = "deliverMonitoringValues", summary = "Delivers monitoring values as JSON, all or nothing")
    @Extension(name = "x-roles", value = "data-steward,coordinator")
    @APIResponse(responseCode = "200",
            description = "All rows were valid; saved as drafts unless dryRun",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportReply")))
    @APIResponse(responseCode = "400", description = "Refused: every row error; nothing was saved (CSV of the errors with Accept: text/csv)",
            content = {@Content(mediaType = "application/problem+json", schema = @Schema(ref = "ImportReply")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @POST
    @Path("values")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    // The body is read as JSON-P (an array of rows is accepted too); the contract names its record by reference,
    // as the scanner would otherwise describe the parameter's type instead.
    public Response importJson(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(ref = "ValueDelivery"))) JsonStructure body,
                               @QueryParam("dryRun") boolean dryRun, @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        JsonArray array = body instanceof JsonArray a ? a
                : body instanceof JsonObject o && o.get("rows") instanceof JsonArray a ? a : null;
        if (array == null) {
            throw InvalidInputException.of("", "import.rows.shape");
        }
        List<ValueRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject row)) {
                throw InvalidInputException.of("/" + i, "import.row.object");
            }
            rows.add(new ValueRow(i + 1, text(row, "indicator"), text(row, "cbsCode"), text(row, "period"),
                    text(row, "value"), text(row, "comment")));
        }
        return reply(bulkImport.apply(rows, dryRun), accept);
    }

    @Operation(operationId = "deliverMonitoringValuesCsv", summary = "Delivers monitoring values as CSV (indicator,cbs_code,period,value,comment), all or nothing")
    @Extension(name = "x-roles", value = "data-steward,coordinator")
    @APIResponse(responseCode = "200",
            description = "All rows were valid; saved as drafts unless dryRun",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportReply")))
    @APIResponse(responseCode = "400", description = "Refused: every row error; nothing was saved (CSV of the errors with Accept: text/csv)",
            content = {@Content(mediaType = "application/problem+json", schema = @Schema(ref = "ImportReply")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "413",
            description = "The file is larger than 10 MB",
            content = @Content(mediaType = "application/problem+json"))
    @POST
    @Path("values.csv")
    // Any content type: the body is read as CSV whatever the client calls it (curl and Excel tools differ),
    // and a JAX-RS 415 would otherwise come before the role check.
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response importCsv(@RequestBody(required = true, content = @Content(mediaType = "text/csv",
                                      schema = @Schema(type = SchemaType.STRING))) InputStream body,
                              @QueryParam("dryRun") boolean dryRun,
                              @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        CsvValueFile.Parsed parsed = CsvValueFile.parse(readLimited(body));
        if (!parsed.errors().isEmpty()) {
            return reply(new ImportResult(dryRun, 0, 0, parsed.errors()), accept);
        }
        return reply(bulkImport.apply(parsed.rows(), dryRun), accept);
    }

    private Response reply(ImportResult result, String accept) {
        if (result.accepted()) {
            String detail = language.text(result.dryRun() ? Message.of("import.dryRun.valid", result.rows())
                    : Message.of("import.saved", result.applied()));
            return Response.ok(new ImportReply("about:blank", "OK", 200, detail, result.dryRun(), result.rows(),
                    result.applied(), List.of()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (accept != null && accept.contains("text/csv") && !accept.contains("json")) {
            String csv = SafeCsv.write(List.of("row", "column", "problem"), result.errors().stream()
                    .<List<?>>map(error -> Arrays.asList(error.row(), error.column(), language.text(error.problem()))).toList());
            return Response.status(400).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"row-errors.csv\"").entity(csv).build();
        }
        return Response.status(400).type("application/problem+json").entity(new ImportReply("about:blank", "Bad Request", 400,
                language.text(Message.of("import.problems", result.errors().size())),
                result.dryRun(), result.rows(), 0, result.errors())).build();
    }

    /**
     * Reads at most 10 MB. A larger body is still read to its end (and dropped, up to a hard cap) so
     * the client, which is still sending, gets the 413 instead of a broken connection.
     */
    private static byte[] readLimited(InputStream body) {
        try (InputStream in = body; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0 && total <= DRAIN_LIMIT; n = in.read(buffer)) {
                total += n;
                if (total <= MAX_BYTES) {
                    out.write(buffer, 0, n);
                }
            }
            if (total > MAX_BYTES) {
                throw new TooLargeException("", Message.of("import.tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonObject row, String name) {
        JsonValue value = row.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return value.toString();
    }
}
