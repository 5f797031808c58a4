package nl.regioan.mail.domain;

import java.util.Objects;
import nl.regioan.shared.api.Message;

/**
 * One paragraph of a mail, as a message in the receiver's language; with a path (relative to the
 * platform's base URL, e.g. {@code /kb/item.html?id=5}) it is a link to that page.
 */
public record MailLine(Message text, String path) {

    public MailLine {
        Objects.requireNonNull(text, "text");
        if (path != null && !path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + path);
        }
    }

    public static MailLine of(Message text) {
        return new MailLine(text, null);
    }

    public static MailLine link(Message text, String path) {
        return new MailLine(text, Objects.requireNonNull(path, "path"));
    }
}
