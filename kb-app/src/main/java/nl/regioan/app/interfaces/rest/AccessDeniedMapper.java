package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.regioan.access.domain.AccessDeniedException;

/** A refusal of the access policy becomes 403 with its reason. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return Problem.response(Response.Status.FORBIDDEN, exception.getMessage());
    }
}
