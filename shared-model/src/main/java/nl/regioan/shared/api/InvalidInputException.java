package nl.regioan.shared.api;

import java.util.List;

/** Input that breaks a rule; the REST layer turns it into a 400 problem+json listing the fields. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            return "Invalid " + errors.get(0).field() + ": " + errors.get(0).reason();
        }
        return errors.size() + " fields are invalid";
    }
}
