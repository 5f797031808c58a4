package nl.regioan.app.interfaces.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.shared.api.Message;

/**
 * The container's own error pages (web.xml {@code error-page}: 400, 401, 403, 404, 405, 413, 415, 500 and
 * any Throwable) replaced by the platform's problem+json, or by a small HTML page in the reader's language
 * when a browser navigates to a page. Never a class name or a stack trace; an exception is logged with a
 * reference that the answer gives.
 */
@WebServlet(name = "error-page", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Message detail;
        if (DatabaseUnavailable.causedBy(thrown)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            detail = DatabaseUnavailable.detail(thrown);
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        } else if (thrown != null || status >= 500) {
            status = Math.max(status, 500);
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error on " + uri + ", reference " + reference, thrown);
            detail = Message.of("server.unexpected", reference);
        } else {
            detail = HttpStatusTexts.of(status);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (wantsPage(request, uri)) {
            writePage(request, response, status, detail);
        } else {
            ProblemWriter.write(request, response, status, detail);
        }
    }

    /** A browser asking for a page (not the API) gets a page; everything else the problem document. */
    static boolean wantsPage(HttpServletRequest request, String uri) {
        String accept = request.getHeader("Accept");
        String apiRoot = request.getContextPath() + "/api/";
        return accept != null && accept.contains("text/html") && (uri == null || !uri.startsWith(apiRoot));
    }

    private static void writePage(HttpServletRequest request, HttpServletResponse response, int status, Message detail)
            throws IOException {
        Locale language = ProblemLanguageFilter.language(request.getHeader("Accept-Language"));
        String text = escape(detail.text(language));
        String home = escape(Message.of("page.error.home").text(language));
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.getLanguage());
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + status + "</title></head><body><main><h1>" + status + "</h1><p>" + text + "</p>"
                + "<p><a href=\"" + escape(request.getContextPath()) + "/\">" + home + "</a></p></main></body></html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
