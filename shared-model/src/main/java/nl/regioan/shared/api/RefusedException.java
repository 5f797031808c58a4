package nl.regioan.shared.api;

import java.util.List;

/** The actor is known but may not do this (answered as 403), with the reason. */
public class RefusedException extends DomainException {

    public RefusedException(Message detail) {
        super(detail, List.of());
    }

    public static RefusedException of(String key, Object... arguments) {
        return new RefusedException(Message.of(key, arguments));
    }
}
