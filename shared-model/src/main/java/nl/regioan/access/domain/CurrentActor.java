package nl.regioan.access.domain;

import java.util.Optional;

/** The actor of the current request; implemented by the security layer of the application. */
public interface CurrentActor {

    /** Empty for an anonymous request. */
    Optional<Actor> get();

    /** The actor, or a 401 when nobody is logged in. */
    Actor require();

    /** The client's address, for the audit log. */
    String clientAddress();
}
