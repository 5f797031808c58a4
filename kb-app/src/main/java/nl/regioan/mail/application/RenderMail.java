package nl.regioan.mail.application;

import java.util.Locale;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.mail.domain.RenderedMail;
import nl.regioan.shared.api.Message;

/**
 * Writes a mail in the receiver's language as plain text and simple HTML. Every text that goes into
 * the HTML is escaped (titles and names come from users), links are absolute URLs on the base URL,
 * and the footer says why the mail came and links to unsubscribing from its kind.
 */
public final class RenderMail {

    private RenderMail() {
    }

    public static RenderedMail render(MailSite site, String recipient, Locale language, MailKind kind,
                                      MailContent content, String unsubscribeToken) {
        String subject = oneLine(content.subject().text(language));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(subject)).append("</title>\n</head>\n")
                .append("<body style=\"font-family: sans-serif; line-height: 1.5\">\n");
        for (MailLine line : content.lines()) {
            String words = line.text().text(language);
            text.append(words).append('\n');
            if (line.path() == null) {
                html.append("<p>").append(escapeLines(words)).append("</p>\n");
            } else {
                String url = site.link(line.path());
                text.append(url).append('\n');
                html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(words)).append("</a></p>\n");
            }
            text.append('\n');
        }
        String page = site.link(content.path());
        String open = Message.of("mail.open").text(language);
        text.append(open).append(": ").append(page).append("\n\n");
        html.append("<p><a href=\"").append(escape(page)).append("\">").append(escape(open)).append("</a></p>\n");

        String why = Message.of("mail.footer.why", Message.of(kind.labelKey())).text(language);
        String stop = Message.of("mail.footer.unsubscribe", Message.of(kind.labelKey())).text(language);
        String unsubscribe = site.unsubscribePage(unsubscribeToken);
        text.append("-- \n").append(why).append('\n').append(stop).append(": ").append(unsubscribe).append('\n');
        html.append("<hr>\n<p style=\"font-size: small; color: #444\">").append(escape(why)).append("<br>\n<a href=\"")
                .append(escape(unsubscribe)).append("\">").append(escape(stop)).append("</a></p>\n</body>\n</html>\n");
        return new RenderedMail(recipient, subject, text.toString(), html.toString(),
                site.unsubscribeOneClick(unsubscribeToken));
    }

    /** A subject is one line: line breaks would start a new header. */
    static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t\\u0000-\\u001f\\u007f]+", " ").strip();
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeLines(String text) {
        return escape(text).replace("\n", "<br>\n");
    }
}
