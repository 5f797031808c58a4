package nl.regioan.mail.domain;

/**
 * A mail as it is stored in the outbox and delivered: written in the receiver's language, plain text
 * and HTML, and the one-click unsubscribe address for the List-Unsubscribe header.
 */
public record RenderedMail(String recipient, String subject, String text, String html, String unsubscribeUrl) {

    public RenderedMail withUnsubscribeUrl(String url) {
        return new RenderedMail(recipient, subject, text, html, url);
    }
}
