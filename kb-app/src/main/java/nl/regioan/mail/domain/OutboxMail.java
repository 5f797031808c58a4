package nl.regioan.mail.domain;

/** A mail in the outbox, claimed by this node for delivery, with the token of its unsubscribe link. */
public record OutboxMail(long id, long accountId, MailKind kind, int attempts, String unsubscribeToken, RenderedMail mail) {
}
