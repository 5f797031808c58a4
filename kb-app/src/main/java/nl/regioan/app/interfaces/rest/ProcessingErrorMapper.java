package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;

/** JAX-RS could not read the request body (malformed JSON, wrong types): 400 naming the body. */
@Provider
public class ProcessingErrorMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, Message.of("body.invalid"),
                List.of(FieldError.of("", "body.expectedShape")));
    }
}
