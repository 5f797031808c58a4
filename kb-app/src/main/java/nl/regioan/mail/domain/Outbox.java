package nl.regioan.mail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored outbox. Claims are conditional updates, so only one node wins a row. */
public interface Outbox {

    /** Stores a mail to send, in the caller's transaction. */
    void add(long accountId, MailKind kind, String language, String unsubscribeToken, RenderedMail mail);

    /** Ids of mails due at {@code now} that no node holds, oldest first. */
    List<Long> due(Instant now, int limit);

    /**
     * Claims the mail for {@code node} until {@code until} when it is still pending and unclaimed (or its
     * claim ran out); the mail when this node won, empty when another did.
     */
    Optional<OutboxMail> claim(long id, String node, Instant now, Instant until);

    void markSent(long id, String node, Instant at);

    /** A failed attempt: try again at {@code next}, or give up (FAILED) when {@code next} is empty. */
    void markFailed(long id, String node, String error, Optional<Instant> next);

    /** The account and kind an unsubscribe token of a sent mail belongs to. */
    Optional<Unsubscription> byUnsubscribeToken(String token);

    /** What an unsubscribe token stands for. */
    record Unsubscription(long accountId, MailKind kind) {
    }
}
