package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.DomainException;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.RefusedException;
import nl.regioan.shared.api.UnknownResourceException;

/** The one place where a refusal of the inner layers gets its HTTP status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return Problem.response(status(exception), exception.detail(), exception.errors());
    }

    static Response.Status status(DomainException exception) {
        if (exception instanceof InvalidInputException) {
            return Response.Status.BAD_REQUEST;
        }
        if (exception instanceof UnknownResourceException) {
            return Response.Status.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return Response.Status.CONFLICT;
        }
        if (exception instanceof RefusedException) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.BAD_REQUEST;
    }
}
