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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.regioan.account.interfaces.web.SessionLogin;

/**
 * The closed platform's gate: everything except {@link PublicPaths} needs a logged-in actor. The API
 * answers 401 problem+json; pages redirect to the login page and come back afterwards. While a
 * password must be changed, the API only allows changing it (and logging out).
 */
public class LoginRequiredFilter extends HttpFilter {

    private static final Set<String> PASSWORD_CHANGE_PATHS = Set.of("/api/v1/auth/me", "/api/v1/auth/password",
            "/api/v1/auth/logout");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (request.getAttribute(PlatformAuthenticationMechanism.TOKEN_REFUSED) != null) {
            ProblemWriter.write(request, response, 401, Message.of("login.token.refused"));
            return;
        }
        if (request.getAttribute(RequestActor.ATTRIBUTE) == null) {
            if (PublicPaths.isPublic(path)) {
                chain.doFilter(request, response);
            } else if (api) {
                ProblemWriter.write(request, response, 401, Message.of("http.401"));
            } else {
                String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.html?next="
                        + URLEncoder.encode(target, StandardCharsets.UTF_8));
            }
            return;
        }
        if (api && mustChangePassword(request) && !PASSWORD_CHANGE_PATHS.contains(path)) {
            ProblemWriter.write(request, response, 403, Message.of("login.changePasswordFirst"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SessionLogin login = session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.ATTRIBUTE);
        return login != null && login.mustChangePassword();
    }
}
