package nl.regioan.mail.domain;

/** A mail as it is stored in the outbox and delivered: written in the receiver's language, plain text and HTML. */
public record RenderedMail(String recipient, String subject, String text, String html, String unsubscribeUrl) {
}
