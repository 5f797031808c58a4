package nl.regioan.account.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/** Shape checks on account request bodies, before any use case runs. */
final class Validation {

    static final int MAX_USERNAME = 100;
    static final int MAX_PASSWORD = 1000;

    private Validation() {
    }

    static InvalidInputException missingBody() {
        return InvalidInputException.of("", "body.expected.object");
    }

    static AuthResource.LoginRequest loginRequest(AuthResource.LoginRequest body) {
        if (body == null) {
            throw missingBody();
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "username", body.username(), MAX_USERNAME);
        text(errors, "password", body.password(), MAX_PASSWORD);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuthResource.LoginRequest(body.username().strip(), body.password());
    }

    static void text(List<FieldError> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.length() > maxLength) {
            errors.add(FieldError.of(field, "text.maxLength", maxLength));
        }
    }
}
