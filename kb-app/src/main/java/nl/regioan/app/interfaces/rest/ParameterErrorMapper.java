package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;
import org.glassfish.jersey.server.ParamException;

/**
 * A query, path, header, cookie or form parameter that does not convert to its declared type
 * ({@code page=abc}, {@code /items/abc}): 400 naming the parameter and what it takes, where JAX-RS would
 * answer a bare 404 (query and path) or 400 (header) without saying which.
 */
@Provider
public class ParameterErrorMapper implements ExceptionMapper<ParamException> {

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ParamException exception) {
        String name = exception.getParameterName();
        Message allowed = declaredType(exception.getParameterType(), name).map(StrictJson::expectedParameter)
                .orElse(Message.of("parameter.invalid.value"));
        return Problem.response(Response.Status.BAD_REQUEST, Message.of("parameter.invalid", name),
                List.of(new FieldError(name, allowed)));
    }

    private Optional<Class<?>> declaredType(Class<? extends Annotation> kind, String name) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            if (name.equals(nameOf(parameter, kind))) {
                return Optional.of(parameter.getType());
            }
        }
        return Optional.empty();
    }

    private static String nameOf(Parameter parameter, Class<? extends Annotation> kind) {
        Annotation annotation = kind == null ? null : parameter.getAnnotation(kind);
        if (annotation instanceof QueryParam q) {
            return q.value();
        }
        if (annotation instanceof PathParam p) {
            return p.value();
        }
        if (annotation instanceof HeaderParam h) {
            return h.value();
        }
        if (annotation instanceof CookieParam c) {
            return c.value();
        }
        if (annotation instanceof FormParam f) {
            return f.value();
        }
        if (annotation instanceof MatrixParam m) {
            return m.value();
        }
        return null;
    }
}
