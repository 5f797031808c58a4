package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.kb.attachment.application.Attachments;
import nl.regioan.kb.attachment.domain.Attachment;
import nl.regioan.kb.item.interfaces.rest.ItemViews;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploads a file to an item as multipart/form-data with one part named "file". */
@Tag(name = "Knowledge base")
@Path("kb/items/{itemId}/attachments")
@RequestScoped
@RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentUploadResource {

    @Inject
    Attachments attachments;

    @Inject
    CurrentActor currentActor;

    /** Anything but multipart is refused with a hint (after the role check, unlike JAX-RS's own 415). */
    // Declared before upload(): the OpenAPI scanner merges both into one operation and keeps what it read last.
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response notMultipart(@PathParam("itemId") long itemId) {
        return Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "upload.notMultipart");
    }

    /** The multipart form of an upload, for the contract. */
    @Schema(name = "AttachmentUpload")
    public record Upload(@Schema(required = true, type = SchemaType.STRING, format = "binary") String file) {
    }

    @Operation(operationId = "uploadAttachment", summary = "Uploads an attachment (multipart field \"file\") to an item")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "201",
            description = "The stored attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AttachmentView")))
    @APIResponse(responseCode = "413",
            description = "The file is larger than the limit",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415",
            description = "Not a multipart upload, or a file type that is not allowed",
            content = @Content(mediaType = "application/problem+json"))
    @POST
    @UploadLimited
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("itemId") long itemId, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(ref = "AttachmentUpload"))) List<EntityPart> parts) {
        EntityPart file = parts == null ? null
                : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw InvalidInputException.of("file", "upload.filePart");
        }
        try (InputStream content = file.getContent()) {
            String name = UploadFileName.of(file.getHeaders().getFirst("Content-Disposition"), file.getFileName().orElse(null));
            Attachment attachment = attachments.upload(currentActor.require(), itemId, name, content);
            return Response.status(Response.Status.CREATED).entity(ItemViews.attachment(attachment.described())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
