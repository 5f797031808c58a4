package nl.regioan.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.mail.domain.Backoff;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailTransport;
import nl.regioan.mail.domain.Outbox;
import nl.regioan.mail.domain.OutboxMail;
import nl.regioan.mail.domain.RenderedMail;
import org.junit.jupiter.api.Test;

/** The sender's rules on a fixed clock: sent is marked sent, a failure waits by the backoff, the last one gives up, a lost claim sends nothing. */
class DeliverMailTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    /** An outbox in memory with one pending mail; another node may have claimed it. */
    static final class MemoryOutbox implements Outbox {
        int attempts;
        String status = "PENDING";
        boolean claimedElsewhere;
        Optional<Instant> next = Optional.empty();
        final List<String> claims = new ArrayList<>();

        @Override
        public void add(long accountId, MailKind kind, String language, String token, RenderedMail mail) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            return "PENDING".equals(status) ? List.of(1L) : List.of();
        }

        @Override
        public Optional<OutboxMail> claim(long id, String node, Instant now, Instant until) {
            claims.add(node + " until " + until);
            if (claimedElsewhere) {
                return Optional.empty();
            }
            return Optional.of(new OutboxMail(id, 7, MailKind.FORM_SUBMITTED, attempts, "t".repeat(43),
                    new RenderedMail("an@arnhem.nl", "Onderwerp", "tekst", "<p>tekst</p>", null)));
        }

        @Override
        public void markSent(long id, String node, Instant at) {
            attempts++;
            status = "SENT";
        }

        @Override
        public void markFailed(long id, String node, String error, Optional<Instant> next) {
            attempts++;
            this.next = next;
            status = next.isPresent() ? "PENDING" : "FAILED";
        }

        @Override
        public Optional<Unsubscription> byUnsubscribeToken(String token) {
            return Optional.empty();
        }
    }

    /** Fails the first {@code failures} sends. */
    static final class FlakyTransport implements MailTransport {
        int failures;
        final Map<String, String> sent = new LinkedHashMap<>();

        @Override
        public void send(RenderedMail mail) throws MailDeliveryException {
            if (failures-- > 0) {
                throw new MailDeliveryException("SMTP down", null);
            }
            sent.put(mail.recipient(), mail.unsubscribeUrl());
        }
    }

    private static DeliverMail sender(MemoryOutbox outbox, FlakyTransport transport) {
        DeliverMail deliver = new DeliverMail();
        deliver.outbox = outbox;
        deliver.transport = transport;
        deliver.site = new MailSite("https://kb.example");
        deliver.policy = new DeliveryPolicy("node-a", Duration.ofMinutes(5),
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 3));
        deliver.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return deliver;
    }

    @Test
    void aDeliveredMailIsMarkedSentWithItsOneClickUnsubscribeAddress() {
        MemoryOutbox outbox = new MemoryOutbox();
        FlakyTransport transport = new FlakyTransport();
        assertEquals(1, sender(outbox, transport).deliverDue());
        assertEquals("SENT", outbox.status);
        assertEquals("https://kb.example/api/v1/mail/unsubscribe?token=" + "t".repeat(43), transport.sent.get("an@arnhem.nl"));
        assertEquals(List.of("node-a until 2026-12-01T08:05:00Z"), outbox.claims);
    }

    @Test
    void aFailureIsRetriedLaterByTheBackoffAndTheLastAttemptGivesUp() {
        MemoryOutbox outbox = new MemoryOutbox();
        FlakyTransport transport = new FlakyTransport();
        transport.failures = 10;
        DeliverMail deliver = sender(outbox, transport);
        assertEquals(0, deliver.deliverDue());
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(1))), outbox.next);
        assertEquals(0, deliver.deliverDue());
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(2))), outbox.next);
        assertEquals(0, deliver.deliverDue());
        assertEquals("FAILED", outbox.status);
        assertEquals(3, outbox.attempts);
        assertEquals(0, deliver.deliverDue(), "a failed mail is not tried again");
        assertTrue(transport.sent.isEmpty());
    }

    @Test
    void aMailAnotherNodeClaimedIsNotSentHere() {
        MemoryOutbox outbox = new MemoryOutbox();
        outbox.claimedElsewhere = true;
        FlakyTransport transport = new FlakyTransport();
        assertEquals(0, sender(outbox, transport).deliverDue());
        assertTrue(transport.sent.isEmpty());
        assertEquals("PENDING", outbox.status);
        assertEquals(0, outbox.attempts);
    }
}
