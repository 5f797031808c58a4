package nl.regioan.mail.domain;

/** A mail in the outbox, claimed by this node for delivery. */
public record OutboxMail(long id, long accountId, MailKind kind, int attempts, RenderedMail mail) {
}
