package nl.regioan.app.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;

/**
 * Writes the same problem+json as the JAX-RS layer from servlet code (filters, the container's error
 * pages), where exception mappers do not reach.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, Message detail)
            throws IOException {
        write(request, response, status, detail, List.of());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, Message detail,
                             List<FieldError> errors) throws IOException {
        Locale language = ProblemLanguageFilter.language(request.getHeader("Accept-Language"));
        Problem problem = new Problem.Pending(status, detail, errors).render(language);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.getLanguage());
        response.getWriter().write(json(problem));
    }

    static String json(Problem problem) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (Problem.Entry entry : problem.errors()) {
            errors.add(Json.createObjectBuilder().add("field", entry.field()).add("code", entry.code())
                    .add("message", entry.message()).add("reason", entry.reason()));
        }
        return Json.createObjectBuilder()
                .add("type", problem.type()).add("title", problem.title()).add("status", problem.status())
                .add("code", problem.code()).add("detail", problem.detail()).add("errors", errors)
                .build().toString();
    }
}
