package nl.regioan.access.domain;

/** The actor may not do this; the REST layer answers 403 with the message. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
