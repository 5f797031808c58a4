package nl.regioan.kb.attachment.interfaces.rest;

import nl.regioan.shared.api.UnknownResourceException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.kb.attachment.application.Attachments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves an attachment to a reader who may see its item, always as a download (never rendered inline). */
@Tag(name = "Knowledge base")
@Path("kb/attachments")
@RequestScoped
@PermitAll
public class AttachmentDownloadResource {

    @Inject
    Attachments attachments;

    @Inject
    CurrentActor currentActor;

    @Operation(operationId = "downloadAttachment", summary = "Downloads an attachment the caller may read")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200",
            description = "The file, as an attachment",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long id) {
        Attachments.Download download = attachments.download(currentActor.require(), id);
        if (!Files.isReadable(download.file())) {
            throw UnknownResourceException.of("attachment.fileMissing", id);
        }
        String name = download.attachment().fileName();
        StreamingOutput body = out -> Files.copy(download.file(), out);
        return Response.ok(body, download.attachment().mediaType())
                .header("Content-Disposition", UploadFileName.contentDisposition(name))
                .header("Content-Length", download.attachment().sizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
