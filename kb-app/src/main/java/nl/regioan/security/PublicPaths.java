package nl.regioan.security;

import java.util.List;
import java.util.Set;

/**
 * The whole unauthenticated surface of the application: the login page, its assets and the login
 * call, the unsubscribe page of mails and its call, and Payara's /health and /openapi (which pass through this application's filters when it is
 * deployed at the root context, as in production).
 */
public final class PublicPaths {

    static final Set<String> EXACT = Set.of("/login.html", "/js/login.js", "/js/i18n.js", "/js/site-header.js", "/js/api.js",
            "/favicon.ico", "/favicon.svg", "/js/dom.js", "/api/v1/auth/login",
            // the unsubscribe link of a mail works without a login: its random token is the proof
            "/unsubscribe.html", "/js/unsubscribe.js", "/api/v1/mail/unsubscribe");
    static final List<String> PREFIXES = List.of("/css/", "/i18n/", "/health", "/openapi");

    private PublicPaths() {
    }

    /**
     * Calls whose proof is in the request itself, not in a cookie (the random token of a mail's unsubscribe
     * link): no cross-site request can forge them, so they need no CSRF header, also from a browser that
     * happens to be logged in but opened the link from a mail in a tab that never saw the CSRF token.
     */
    static final Set<String> OWN_PROOF = Set.of("/api/v1/mail/unsubscribe");

    public static boolean carriesItsOwnProof(String path) {
        return OWN_PROOF.contains(path);
    }

    /** {@code path} is relative to the context root, e.g. "/login.html". */
    public static boolean isPublic(String path) {
        return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }
}
