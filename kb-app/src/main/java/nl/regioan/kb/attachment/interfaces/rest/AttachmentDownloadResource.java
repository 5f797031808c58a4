package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.kb.attachment.application.Attachments;

/** Serves an attachment to a reader who may see its item, always as a download (never rendered inline). */
@Path("kb/attachments")
@RequestScoped
@PermitAll
public class AttachmentDownloadResource {

    @Inject
    Attachments attachments;

    @Inject
    CurrentActor currentActor;

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long id) {
        Attachments.Download download = attachments.download(currentActor.require(), id);
        if (!Files.isReadable(download.file())) {
            throw new NotFoundException("The file of attachment " + id + " is missing from the store.");
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
