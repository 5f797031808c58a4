package nl.regioan.app.interfaces.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/** Bean Validation on resource parameters (@Valid, @Size on a @QueryParam): the same 400 naming the field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = BodyValidation.errors(exception.getConstraintViolations());
        InvalidInputException invalid = new InvalidInputException(errors.isEmpty() ? List.of(FieldError.of("", "validation.invalid")) : errors);
        return Problem.response(Response.Status.BAD_REQUEST, invalid.detail(), invalid.errors());
    }
}
