package nl.regioan.account.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The session cookie with SameSite=Strict. Payara 6 ignores the SameSite attribute of web.xml's
 * cookie-config, so the login answer repeats the container's cookie with the full set of
 * attributes; browsers keep the last cookie of a name, so this one wins.
 */
public final class SessionCookie {

    public static final String NAME = "KBSESSION";

    private SessionCookie() {
    }

    public static String headerFor(HttpServletRequest request, HttpSession session) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return NAME + "=" + session.getId() + "; Path=" + path + "; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "");
    }
}
