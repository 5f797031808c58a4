package nl.regioan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioan.access.domain.Actor;
import nl.regioan.app.interfaces.rest.DatabaseUnavailable;
import nl.regioan.account.application.AccountDirectory;
import nl.regioan.account.application.ApiTokens;
import nl.regioan.access.domain.Role;
import nl.regioan.account.interfaces.web.SessionLogin;

/**
 * Establishes who is calling, on every request: a Bearer API token, or the login kept in the
 * HTTP session (ended after 30 idle minutes by the container, after 12 hours here). It only
 * identifies; {@link LoginRequiredFilter} refuses requests that need a login and have none, because
 * Payara continues to the resource after a failed validation on paths it considers unprotected.
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String TOKEN_REFUSED = "kb.token-refused";

    @Inject
    AccountDirectory accounts;

    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return identify(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The container would turn this into a bare 500; the answer is written here and sent as it is.
            try {
                DatabaseUnavailable.write(request, response, e);
            } catch (IOException unwritable) {
                e.addSuppressed(unwritable);
                throw e;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus identify(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Actor> actor = tokens.authenticate(authorization.substring(7).trim());
            if (actor.isEmpty()) {
                request.setAttribute(TOKEN_REFUSED, Boolean.TRUE);
                return context.doNothing();
            }
            return loggedIn(request, context, actor.get(), AuthenticationKind.TOKEN);
        }

        HttpSession session = request.getSession(false);
        SessionLogin login = session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.ATTRIBUTE);
        if (login != null && login.expiredAt(Instant.now())) {
            session.invalidate();
            return context.doNothing();
        }
        if (login != null) {
            Optional<Actor> actor = accounts.activeActor(login.accountId());
            if (actor.isPresent()) {
                return loggedIn(request, context, actor.get(), AuthenticationKind.SESSION);
            }
            session.invalidate(); // disabled or removed since the login
        }
        return context.doNothing();
    }

    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, Actor actor,
                                                 AuthenticationKind kind) {
        request.setAttribute(RequestActor.ATTRIBUTE, actor);
        request.setAttribute(AuthenticationKind.ATTRIBUTE, kind);
        Set<String> groups = actor.roles().stream().map(Role::code).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(actor.username(), groups);
    }
}
