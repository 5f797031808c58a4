package nl.regioan.app.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.logging.Logger;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.persistence.DatabaseFailures;

/**
 * A request that failed because MariaDB cannot be reached is not the caller's fault nor a bug: 503 with
 * {@code Retry-After}, the same from the JAX-RS layer and from servlet code. The pool validates each
 * connection it lends, so the next try after the database is back works.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait; a restarted MariaDB answers within that on this kind of machine. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Message DETAIL = Message.of("server.databaseUnavailable");
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable error) {
        return error != null && DatabaseFailures.connectionLost(error);
    }

    static Response response(Throwable error) {
        log(error);
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, DETAIL))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** For servlet code before the application's own error handling (the authentication mechanism). */
    public static void write(HttpServletRequest request, HttpServletResponse response, Throwable error) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        ProblemWriter.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail(error));
        response.flushBuffer();
    }

    /** For servlet code, which sets the status and {@code Retry-After} itself: the logged text of the answer. */
    static Message detail(Throwable error) {
        log(error);
        return DETAIL;
    }

    // One line, no stack trace: during an outage every request ends here.
    private static void log(Throwable error) {
        LOG.warning(() -> "The database cannot be reached, answered 503: " + error);
    }
}
