package nl.regioan.security;

import nl.regioan.shared.api.Message;
import nl.regioan.app.interfaces.rest.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.regioan.account.interfaces.web.SessionLogin;

/**
 * Cookie-authenticated requests that change something must carry the session's CSRF token in the
 * X-CSRF-Token header (the pages send it; another site cannot read it). Token clients are exempt:
 * a browser never sends a Bearer token on its own.
 */
public class CsrfFilter extends HttpFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())
                && !PublicPaths.carriesItsOwnProof(request.getRequestURI().substring(request.getContextPath().length()))
                && request.getAttribute(AuthenticationKind.ATTRIBUTE) == AuthenticationKind.SESSION
                && !tokenMatches(request)) {
            ProblemWriter.write(request, response, 403, Message.of("csrf.missing", HEADER));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SessionLogin login = session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.ATTRIBUTE);
        String sent = request.getHeader(HEADER);
        return login != null && sent != null && MessageDigest.isEqual(
                login.csrfToken().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
