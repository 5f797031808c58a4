package nl.regioan.mail.domain;

import java.util.List;
import java.util.Objects;
import nl.regioan.shared.api.Message;

/**
 * What a mail says, before it is written in the receiver's language: a subject, paragraphs (some of
 * them links) and the page the mail is about, linked at the end. Texts are messages of the server's
 * bundles, so the outbox writes them in the receiver's language; arguments (titles, names) are
 * escaped in the HTML part.
 *
 * @param path the page the mail is about, relative to the base URL (e.g. {@code /kb/item.html?id=5})
 */
public record MailContent(Message subject, List<MailLine> lines, String path) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        lines = List.copyOf(lines);
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + path);
        }
    }
}
