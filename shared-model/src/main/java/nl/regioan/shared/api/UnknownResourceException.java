package nl.regioan.shared.api;

import java.util.List;

/** What was asked for does not exist, or the actor may not know it exists (answered as 404). */
public class UnknownResourceException extends DomainException {

    public UnknownResourceException(Message detail) {
        super(detail, List.of());
    }

    /** The parameter that named the missing thing, e.g. the {@code cbsCode} in a path. */
    public UnknownResourceException(String parameter, Message detail) {
        super(detail, List.of(new FieldError(parameter, detail)));
    }

    public static UnknownResourceException of(String key, Object... arguments) {
        return new UnknownResourceException(Message.of(key, arguments));
    }
}
