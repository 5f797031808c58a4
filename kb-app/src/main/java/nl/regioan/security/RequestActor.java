package nl.regioan.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;

/** The actor the authentication mechanism put on the request. */
@RequestScoped
public class RequestActor implements CurrentActor {

    static final String ATTRIBUTE = "kb.actor";

    @Inject
    HttpServletRequest request;

    @Override
    public Optional<Actor> get() {
        return Optional.ofNullable((Actor) request.getAttribute(ATTRIBUTE));
    }

    @Override
    public Actor require() {
        return get().orElseThrow(() -> new NotAuthorizedException("Log in first.", "Session"));
    }

    @Override
    public String clientAddress() {
        return request.getRemoteAddr();
    }
}
