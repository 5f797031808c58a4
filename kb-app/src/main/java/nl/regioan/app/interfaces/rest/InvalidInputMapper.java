package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.regioan.shared.api.InvalidInputException;

/** Rule violations in input become 400 with the fields and what is allowed. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage(), exception.errors());
    }
}
