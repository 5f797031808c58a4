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

    /** One field and the key of what is allowed, e.g. {@code of("page", "input.page.min", 0)}. */
    public static InvalidInputException of(String field, String key, Object... arguments) {
        return new InvalidInputException(FieldError.of(field, key, arguments));
    }

    /** The field's value did not make a value object: the refusal's own reason, for this field. */
    public static InvalidInputException of(String field, RuntimeException refusal) {
        return new InvalidInputException(new FieldError(field, InvalidValueException.reasonOf(refusal)));
    }

    private static Message summary(List<FieldError> errors) {
        if (errors.size() == 1 && errors.get(0).field().isEmpty()) {
            return Message.of("input.invalid.body", errors.get(0).message());
        }
        if (errors.size() == 1) {
            return Message.of("input.invalid.one", errors.get(0).field(), errors.get(0).message());
        }
        return Message.of("input.invalid.many", errors.size());
    }
}
