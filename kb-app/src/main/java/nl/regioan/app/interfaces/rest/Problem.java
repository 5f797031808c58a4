package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;

/**
 * An RFC 9457 problem detail as written: {@code code} is the message key of {@code detail}; each entry of
 * {@code errors} names a field (JSON pointer or parameter name) with the key and text of what is allowed.
 * {@code reason} repeats {@code message} for readers written before the keys.
 */
public record Problem(String type, String title, int status, String code, String detail, List<Entry> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record Entry(String field, String code, String message, String reason) {
    }

    /**
     * A problem whose texts are not written yet: {@link ProblemLanguageFilter} renders it in the request's
     * language just before the answer goes out.
     */
    public record Pending(int status, Message detail, List<FieldError> errors) {

        public Problem render(Locale language) {
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            List<Entry> entries = errors.stream().map(e -> {
                String text = e.text(language);
                return new Entry(e.field(), e.code(), text, text);
            }).toList();
            return new Problem("about:blank", title, status, detail.key(), detail.text(language), entries);
        }
    }

    public static Response response(Response.StatusType status, Message detail, List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Pending(status.getStatusCode(), detail, List.copyOf(errors)))
                .build();
    }

    public static Response response(Response.StatusType status, Message detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String key, Object... arguments) {
        return response(status, Message.of(key, arguments));
    }
}
