package nl.regioan.monitoring.importexport.interfaces.rest;

import nl.regioan.shared.api.Message;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.regioan.monitoring.importexport.application.SafeCsv;
import nl.regioan.monitoring.importexport.application.ValueExport;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/monitoring/export?indicator=&area=&from=&to=&format=csv|json */
@Tag(name = "Monitoring")
@Path("monitoring/export")
@RequestScoped
@PermitAll
public class ValueExportResource {

    @Inject
    ValueExport export;

    @Operation(operationId = "exportMonitoringValues", summary = "Exports approved and submitted values as JSON or CSV")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The values (JSON with format=json, the default; CSV with format=csv)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ValueExport.Row.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response export(@QueryParam("indicator") String indicator, @QueryParam("area") String area,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format) {
        String chosen = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("csv")) {
            throw InvalidInputException.of("format", "export.format", Message.shorten(format));
        }
        List<ValueExport.Row> rows = export.export(indicator, area, from, to);
        if (chosen.equals("json")) {
            return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<List<?>> cells = rows.stream().<List<?>>map(row -> Arrays.asList(row.indicator(), row.cbsCode(), row.period(),
                row.value(), row.comment(), row.unit(), row.status())).toList();
        String csv = SafeCsv.write(ValueExport.COLUMNS, cells);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"monitoring-export.csv\"").build();
    }
}
