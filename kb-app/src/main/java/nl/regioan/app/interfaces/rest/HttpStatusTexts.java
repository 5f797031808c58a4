package nl.regioan.app.interfaces.rest;

import java.util.Set;
import nl.regioan.shared.api.Message;

/** The keyed text for an HTTP status the platform itself did not explain further. */
public final class HttpStatusTexts {

    /** Statuses with their own text ({@code http.<status>}); others share {@code http.client} or {@code http.server}. */
    public static final Set<Integer> EXPLAINED_STATUSES = Set.of(400, 401, 403, 404, 405, 406, 408, 409, 411, 412, 413, 414, 415, 428,
            429, 431, 500, 501, 502, 503);

    private HttpStatusTexts() {
    }

    public static Message of(int status) {
        if (EXPLAINED_STATUSES.contains(status)) {
            return Message.of("http." + status);
        }
        return Message.of(status >= 500 ? "http.server" : "http.client", status);
    }
}
