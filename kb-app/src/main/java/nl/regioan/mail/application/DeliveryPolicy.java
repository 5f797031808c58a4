package nl.regioan.mail.application;

import java.time.Duration;
import nl.regioan.mail.domain.Backoff;

/**
 * How this node delivers the outbox: its name in claims, how long a claim holds (longer than any
 * SMTP conversation, so a live node never loses its mail to another) and the retry rule.
 */
public record DeliveryPolicy(String node, Duration claimFor, Backoff backoff) {
}
