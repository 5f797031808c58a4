package nl.regioan.account.interfaces.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the HTTP session remembers of a login. The idle timeout (30 minutes) is the session's own;
 * the absolute limit of 12 hours is checked against {@code loggedInAt}.
 */
public record SessionLogin(long accountId, String username, Instant loggedInAt, String csrfToken,
                           boolean mustChangePassword) implements Serializable {

    public static final String ATTRIBUTE = "kb.login";
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    public static final int IDLE_TIMEOUT_SECONDS = 30 * 60;

    public boolean expiredAt(Instant now) {
        return now.isAfter(loggedInAt.plus(ABSOLUTE_LIFETIME));
    }

    public SessionLogin passwordChanged() {
        return new SessionLogin(accountId, username, loggedInAt, csrfToken, false);
    }
}
