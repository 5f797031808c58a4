package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.kb.attachment.domain.FileTooLargeException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;

/** An upload beyond the size limit noticed while the body arrived: 413 problem+json naming {@code file}. */
@Provider
public class UploadTooLargeMapper implements ExceptionMapper<UploadTooLargeException> {

    @Override
    public Response toResponse(UploadTooLargeException exception) {
        return tooLarge(exception.maxBytes());
    }

    static Response tooLarge(long maxBytes) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, Message.of("upload.tooLarge"),
                List.of(FieldError.of("file", "upload.tooLarge.limit", FileTooLargeException.megabytes(maxBytes))));
    }
}
