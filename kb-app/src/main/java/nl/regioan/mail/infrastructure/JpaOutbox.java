package nl.regioan.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.Outbox;
import nl.regioan.mail.domain.OutboxMail;
import nl.regioan.mail.domain.RenderedMail;

/**
 * The outbox in MariaDB ({@code mail_outbox}). Adding joins the caller's transaction; claims and
 * outcomes are transactions of their own, so a claim is committed before the mail is sent.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    private static final String PENDING = "PENDING";

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(long accountId, MailKind kind, String language, String unsubscribeToken, RenderedMail mail) {
        em.createNativeQuery("INSERT INTO mail_outbox (account_id, kind, recipient, language, subject, body_text, body_html,"
                        + " unsubscribe_token, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, kind.name()).setParameter(3, mail.recipient())
                .setParameter(4, language).setParameter(5, mail.subject()).setParameter(6, mail.text())
                .setParameter(7, mail.html()).setParameter(8, unsubscribeToken).setParameter(9, PENDING)
                .setParameter(10, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE status = ? AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?")
                .setParameter(1, PENDING).setParameter(2, at).setParameter(3, at).setParameter(4, limit)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMail> claim(long id, String node, Instant now, Instant until) {
        Timestamp at = Timestamp.from(now);
        int won = em.createNativeQuery("UPDATE mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = ?"
                        + " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
                .setParameter(1, node).setParameter(2, Timestamp.from(until)).setParameter(3, id).setParameter(4, PENDING)
                .setParameter(5, at).setParameter(6, at).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT account_id, kind, attempts, recipient, subject, body_text,"
                        + " body_html, unsubscribe_token FROM mail_outbox WHERE id = ?")
                .setParameter(1, id).getSingleResult();
        RenderedMail mail = new RenderedMail((String) row[3], (String) row[4], (String) row[5], (String) row[6], null);
        return Optional.of(new OutboxMail(id, ((Number) row[0]).longValue(), MailKind.valueOf((String) row[1]),
                ((Number) row[2]).intValue(), (String) row[7], mail));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, String node, Instant at) {
        em.createNativeQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,"
                        + " claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, id).setParameter(3, node).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String node, String error, Optional<Instant> next) {
        String shortError = error.length() <= 500 ? error : error.substring(0, 500);
        em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, status = ?,"
                        + " next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .setParameter(1, shortError).setParameter(2, next.isPresent() ? PENDING : "FAILED")
                .setParameter(3, Timestamp.from(next.orElse(clock.instant()))).setParameter(4, id).setParameter(5, node)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unsubscription> byUnsubscribeToken(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, kind FROM mail_outbox WHERE unsubscribe_token = ?")
                .setParameter(1, token).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Unsubscription(((Number) row[0]).longValue(), MailKind.valueOf((String) row[1])));
    }
}
