package nl.regioan.shared.api;

import java.util.List;

/** The input is larger than the platform takes (answered as 413), with what the limit is. */
public class TooLargeException extends DomainException {

    public TooLargeException(String field, Message detail) {
        super(detail, List.of(new FieldError(field, detail)));
    }
}
