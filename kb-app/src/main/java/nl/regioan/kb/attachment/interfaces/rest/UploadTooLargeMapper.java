package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.shared.api.FieldError;

/** An upload beyond the size limit noticed while the body arrived: 413 problem+json naming {@code file}. */
@Provider
public class UploadTooLargeMapper implements ExceptionMapper<UploadTooLargeException> {

    @Override
    public Response toResponse(UploadTooLargeException exception) {
        return tooLarge(exception.getMessage());
    }

    static Response tooLarge(String reason) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The file is too large: " + reason + ".",
                List.of(new FieldError("file", reason)));
    }
}
