package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nl.regioan.mail.domain.MailTransport;
import nl.regioan.mail.domain.Outbox;
import nl.regioan.mail.domain.OutboxMail;

/**
 * Sends the mails that are due, run in the background by the mail timers on every node. Each mail is
 * first claimed by a conditional update that only one node can win; it is then sent outside any
 * transaction and marked sent, or tried again later after the backoff, or given up.
 */
@ApplicationScoped
public class DeliverMail {

    private static final Logger LOG = Logger.getLogger(DeliverMail.class.getName());
    private static final int BATCH = 50;

    @Inject
    Outbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    DeliveryPolicy policy;

    @Inject
    MailSite site;

    @Inject
    Clock clock;

    /** Delivers what is due now; the number of mails sent. */
    public int deliverDue() {
        int sent = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            Instant now = clock.instant();
            Optional<OutboxMail> claimed = outbox.claim(id, policy.node(), now, now.plus(policy.claimFor()));
            if (claimed.isPresent() && deliver(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxMail mail) {
        try {
            transport.send(mail.mail().withUnsubscribeUrl(site.unsubscribeOneClick(mail.unsubscribeToken())));
            outbox.markSent(mail.id(), policy.node(), clock.instant());
            return true;
        } catch (MailTransport.MailDeliveryException e) {
            int failed = mail.attempts() + 1;
            Optional<Instant> next = policy.backoff().givesUpAfter(failed) ? Optional.empty()
                    : Optional.of(clock.instant().plus(policy.backoff().delayAfter(failed)));
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            outbox.markFailed(mail.id(), policy.node(), error, next);
            LOG.warning(() -> "Mail " + mail.id() + " (" + mail.kind() + ") not delivered, attempt " + failed + ": " + error
                    + next.map(at -> "; next attempt at " + at).orElse("; given up"));
            return false;
        }
    }
}
