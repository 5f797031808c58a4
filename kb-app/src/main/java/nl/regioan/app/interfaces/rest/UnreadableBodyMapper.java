package nl.regioan.app.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;

/** A body that is not the JSON we expect (bad syntax, text where a number belongs): 400 naming the body. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, Message.of("body.invalid"),
                List.of(FieldError.of("", "body.expectedShape")));
    }
}
