package nl.regioan.security;

import java.util.List;
import java.util.Set;

/**
 * The whole unauthenticated surface of the application: the login page, its assets and the login
 * call. (/health and /openapi are Payara's own endpoints, outside the application.)
 */
public final class PublicPaths {

    static final Set<String> EXACT = Set.of("/login.html", "/js/login.js", "/js/i18n.js", "/js/api.js",
            "/favicon.ico", "/api/v1/auth/login");
    static final List<String> PREFIXES = List.of("/css/", "/i18n/");

    private PublicPaths() {
    }

    /** {@code path} is relative to the context root, e.g. "/login.html". */
    public static boolean isPublic(String path) {
        return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }
}
