package nl.regioan.monitoring.publicfigures.interfaces.rest;

import nl.regioan.shared.interfaces.rest.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.importexport.application.RowError;
import nl.regioan.monitoring.publicfigures.application.CbsFileReader;
import nl.regioan.monitoring.publicfigures.application.ImportCounts;
import nl.regioan.monitoring.publicfigures.application.ImportPublicFigures;
import nl.regioan.monitoring.publicfigures.application.ImportResultView;
import nl.regioan.monitoring.publicfigures.application.ImportView;
import nl.regioan.monitoring.publicfigures.application.ListPublicFigureImports;
import nl.regioan.monitoring.publicfigures.application.ListPublicFigureMappings;
import nl.regioan.monitoring.publicfigures.application.MappingChangedException;
import nl.regioan.monitoring.publicfigures.application.MappingView;
import nl.regioan.monitoring.publicfigures.application.SetPublicFigureMapping;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImport;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.TooLargeException;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST monitoring/public-figures (a CBS StatLine file: OData v3 or v4 JSON, or the CSV download),
 * GET monitoring/public-figures/imports, GET monitoring/public-figures/mappings,
 * PUT monitoring/public-figures/mappings/{table}/{measure}. The coordinator's.
 */
@Tag(name = "Monitoring")
@Path("monitoring/public-figures")
@RequestScoped
@RolesAllowed(Role.Names.COORDINATOR)
public class PublicFiguresResource {

    /** A file of 50 MB or more is refused (413); a national table of 342 municipalities is a few MB. */
    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final long DRAIN_LIMIT = 200L * 1024 * 1024;
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The answer of an import; also the problem+json document when the file was refused. */
    @Schema(name = "PublicFiguresReply")
    public record PublicFiguresReply(String type, String title, int status, String detail, boolean dryRun, Long importId,
                                     String table, String format, LocalDate downloaded, ImportCounts counts,
                                     List<RowError> errors) {
    }

    /** 412/428: the mapping as it is stored now. */
    @Schema(name = "PublicFigureMappingConflict")
    public record MappingConflict(String type, String title, int status, String code, String detail, MappingView current) {
    }

    @Inject
    ImportPublicFigures importFigures;

    @Inject
    ListPublicFigureImports listImports;

    @Inject
    ListPublicFigureMappings listMappings;

    @Inject
    SetPublicFigureMapping setMapping;

    @Inject
    RequestLanguage language;

    @Operation(operationId = "importPublicFigures", summary = "Imports a CBS StatLine file (OData v3/v4 JSON or CSV), all or nothing")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "200", description = "Every figure was valid; stored unless dryRun, with the counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicFiguresReply")))
    @APIResponse(responseCode = "400", description = "Refused: every problem by row and column; nothing was stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "PublicFiguresReply")))
    @APIResponse(responseCode = "413", description = "The file is 50 MB or larger", content = @Content(mediaType = PROBLEM_JSON))
    @POST
    // Any content type: the format is recognised from the content, whatever the browser or curl calls it.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                       schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body,
                               @QueryParam("dryRun") boolean dryRun, @QueryParam("table") String table,
                               @QueryParam("downloaded") String downloaded, @QueryParam("fileName") String fileName) {
        LocalDate downloadedOn = date(downloaded);
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > 200) {
            throw InvalidInputException.of("fileName", "text.tooLong", 200, name.length());
        }
        CbsFileReader.Read read = CbsFileReader.read(readLimited(body));
        if (!read.errors().isEmpty()) {
            return refused(dryRun, table, read.errors());
        }
        ImportResultView result = importFigures.apply(read.file(), table, downloadedOn, name, dryRun);
        if (!result.accepted()) {
            return refused(dryRun, result.table(), result.errors());
        }
        PublicFigureImport.Counts c = result.counts();
        String detail = language.text(Message.of(dryRun ? "publicFigures.dryRun" : "publicFigures.imported", result.table(),
                c.stored(), c.replaced(), c.unchanged(), c.skippedOutside(), c.skippedOtherAreas(), c.skippedPeriods()));
        return Response.ok(new PublicFiguresReply("about:blank", "OK", 200, detail, dryRun, result.importId(), result.table(),
                result.format(), result.downloaded(), ImportCounts.of(c), List.of()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Operation(operationId = "listPublicFigureImports", summary = "The latest imports of CBS files, newest first")
    @Extension(name = "x-roles", value = "coordinator")
    @GET
    @Path("imports")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImportView> imports() {
        return listImports.latest();
    }

    @Operation(operationId = "listPublicFigureMappings", summary = "The mapping of CBS measures to indicators")
    @Extension(name = "x-roles", value = "coordinator")
    @GET
    @Path("mappings")
    @Produces(MediaType.APPLICATION_JSON)
    public List<MappingView> mappings() {
        return listMappings.list();
    }

    @Operation(operationId = "setPublicFigureMapping", summary = "Maps a measure of a CBS table to an indicator (If-Match to change one)")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "200", description = "The mapping, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicFigureMapping")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was changed; the current mapping is in the answer",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "PublicFigureMappingConflict")))
    @APIResponse(responseCode = "428", description = "The mapping exists: send its version in If-Match",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "PublicFigureMappingConflict")))
    @PUT
    @Path("mappings/{table}/{measure}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setMapping(@PathParam("table") String table, @PathParam("measure") String measure,
                               @HeaderParam("If-Match") String ifMatch, SetPublicFigureMapping.MappingRequest request) {
        try {
            MappingView view = setMapping.set(table, measure, request, IfMatch.optional(ifMatch).orElse(null));
            return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
        } catch (MappingChangedException e) {
            int status = e.versionMissing() ? 428 : 412;
            return Response.status(status).type(PROBLEM_JSON).tag(new EntityTag(Long.toString(e.current().version())))
                    .entity(new MappingConflict("about:blank", status == 412 ? "Precondition Failed" : "Precondition Required",
                            status, e.detail().key(), language.text(e.detail()), e.current())).build();
        }
    }

    private Response refused(boolean dryRun, String table, List<RowError> errors) {
        return Response.status(400).type(PROBLEM_JSON).entity(new PublicFiguresReply("about:blank", "Bad Request", 400,
                language.text(Message.of("import.problems", errors.size())), dryRun, null, table, null, null, null, errors)).build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("downloaded", "publicFigures.downloaded.shape", Message.shorten(text));
        }
    }

    /** Reads up to the limit; a larger body is drained (to a cap) so the client gets the 413 instead of a broken pipe. */
    private static byte[] readLimited(InputStream body) {
        try (InputStream in = body; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0 && total <= DRAIN_LIMIT; n = in.read(buffer)) {
                total += n;
                if (total < MAX_BYTES) {
                    out.write(buffer, 0, n);
                }
            }
            if (total >= MAX_BYTES) {
                throw new TooLargeException("", Message.of("publicFigures.tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
