package nl.regioan.mail.application;

/** Where the platform is reached from a mail: the base URL of its links, without a trailing slash. */
public record MailSite(String baseUrl) {

    public MailSite {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String link(String path) {
        return baseUrl + path;
    }

    /** The page that confirms an unsubscribe link (it works without a login). */
    public String unsubscribePage(String token) {
        return link("/unsubscribe.html?token=" + token);
    }

    /** The one-click address for mail programs (RFC 8058 List-Unsubscribe-Post). */
    public String unsubscribeOneClick(String token) {
        return link("/api/v1/mail/unsubscribe?token=" + token);
    }
}
