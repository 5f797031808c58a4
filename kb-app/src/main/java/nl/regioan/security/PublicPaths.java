package nl.regioan.security;

import java.util.List;
import java.util.Set;

/**
 * The whole unauthenticated surface of the application: the login page, its assets and the login
 * call, and Payara's /health and /openapi (which pass through this application's filters when it is
 * deployed at the root context, as in production).
 */
public final class PublicPaths {

    static final Set<String> EXACT = Set.of("/login.html", "/js/login.js", "/js/i18n.js", "/js/site-header.js", "/js/api.js",
            "/favicon.ico", "/favicon.svg", "/js/dom.js", "/api/v1/auth/login");
    static final List<String> PREFIXES = List.of("/css/", "/i18n/", "/health", "/openapi");

    private PublicPaths() {
    }

    /** {@code path} is relative to the context root, e.g. "/login.html". */
    public static boolean isPublic(String path) {
        return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }
}
