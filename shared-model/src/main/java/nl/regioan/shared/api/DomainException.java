package nl.regioan.shared.api;

import java.util.List;

/**
 * A refusal of the inner layers, with a keyed message and, where one field or parameter is at fault, the
 * fields. The subclass says what kind it is; the REST layer maps each kind to a status in one place.
 * Knows nothing of HTTP.
 */
public abstract class DomainException extends RuntimeException {

    private final Message detail;
    private final transient List<FieldError> errors;

    protected DomainException(Message detail, List<FieldError> errors) {
        super(detail.toString()); // English, for logs; answers are written per language
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public Message detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
