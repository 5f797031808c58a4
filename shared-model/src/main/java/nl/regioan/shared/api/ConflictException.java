package nl.regioan.shared.api;

import java.util.List;

/** The request is valid but clashes with the current state (answered as 409): reload and try again. */
public class ConflictException extends DomainException {

    public ConflictException(Message detail) {
        super(detail, List.of());
    }

    public ConflictException(String field, Message detail) {
        super(detail, List.of(new FieldError(field, detail)));
    }

    public static ConflictException of(String key, Object... arguments) {
        return new ConflictException(Message.of(key, arguments));
    }
}
