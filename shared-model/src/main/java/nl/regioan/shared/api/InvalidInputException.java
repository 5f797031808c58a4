package nl.regioan.shared.api;

import java.util.List;

/** Input that breaks a rule; the REST layer turns it into a 400 problem+json listing the fields. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors), errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    /** Transitional, for texts without a key yet; use {@link #of(String, String, Object...)}. */
    @Deprecated
    public InvalidInputException(String field, String reason) {
        this(new FieldError(field, reason));
    }

    /** One field and the key of what is allowed, e.g. {@code of("page", "input.page.min", 0)}. */
    public static InvalidInputException of(String field, String key, Object... arguments) {
        return new InvalidInputException(FieldError.of(field, key, arguments));
    }

    private static Message summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            return Message.of("input.invalid.one", errors.get(0).field(), errors.get(0).message());
        }
        return Message.of("input.invalid.many", errors.size());
    }
}
