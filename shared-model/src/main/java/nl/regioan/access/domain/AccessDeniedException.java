package nl.regioan.access.domain;

import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.RefusedException;

/** The actor may not do this; the REST layer answers 403 with the reason. */
public class AccessDeniedException extends RefusedException {

    public AccessDeniedException(Message reason) {
        super(reason);
    }

    public static AccessDeniedException of(String key, Object... arguments) {
        return new AccessDeniedException(Message.of(key, arguments));
    }
}
