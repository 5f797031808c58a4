package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with a reference, answered without a class name or stack trace. A lost
 * database connection is foreseen: 503 ({@link DatabaseUnavailable}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (DatabaseUnavailable.causedBy(exception)) {
            return DatabaseUnavailable.response(exception);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "server.unexpected", reference);
    }
}
