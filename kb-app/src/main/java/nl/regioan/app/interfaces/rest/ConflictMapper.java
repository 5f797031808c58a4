package nl.regioan.app.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone else saved first: 409, so the second writer reloads instead of overwriting. */
@Provider
public class ConflictMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.response(Response.Status.CONFLICT, "conflict.changedMeanwhile");
    }
}
