package nl.regioan.housing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.housing.application.ImportLocations;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.infrastructure.LocationSheets;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.TooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports an existing register from CSV or XLSX (the body is the file), all or nothing: a refusal
 * names every problem as "/line/column" and stores nothing.
 */
@Tag(name = "Housing")
@Path("housing/import")
@RequestScoped
public class LocationImportResource {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    CurrentActor currentActor;

    @Inject
    ImportLocations importLocations;

    /** What was imported. */
    @Schema(name = "HousingImportReply")
    public record ImportReply(int imported, List<Long> ids) {
    }

    @Operation(operationId = "importHousingLocations", summary = "Imports housing locations from a CSV or XLSX file, all or nothing")
    @Extension(name = "x-roles", value = "contributor,editor,coordinator")
    @APIResponse(responseCode = "201", description = "Every row was valid and is stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HousingImportReply")))
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MB",
            content = @Content(mediaType = "application/problem+json"))
    @POST
    // Any content type: the file is recognised by its content, and a 415 would come before the role check.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR, Role.Names.COORDINATOR})
    public Response importFile(@RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING))) InputStream body) {
        Actor actor = currentActor.require();
        List<HousingLocation> imported = importLocations.importAll(actor, LocationSheets.read(readLimited(body)));
        return Response.status(Response.Status.CREATED)
                .entity(new ImportReply(imported.size(), imported.stream().map(HousingLocation::id).toList())).build();
    }

    /** At most 5 MB; a larger body is read on (up to a cap) so the client gets the 413, not a broken connection. */
    private static byte[] readLimited(InputStream body) {
        try (InputStream in = body; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0 && total <= 4L * MAX_BYTES; n = in.read(buffer)) {
                total += n;
                if (total <= MAX_BYTES) {
                    out.write(buffer, 0, n);
                }
            }
            if (total > MAX_BYTES) {
                throw new TooLargeException("", Message.of("housing.import.tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
