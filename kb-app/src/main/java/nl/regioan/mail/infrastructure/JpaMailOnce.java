package nl.regioan.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.regioan.mail.domain.MailOnce;

/**
 * Once-per-occasion keys in MariaDB ({@code mail_once}). {@code INSERT IGNORE} on the unique key
 * (account, occasion): the node whose insert counts one row sends; another node's insert counts none
 * (under Galera the second commit fails with a certification conflict, rolling its mail back too).
 */
@ApplicationScoped
public class JpaMailOnce implements MailOnce {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(long accountId, String occasion, Instant coveredUntil) {
        return em.createNativeQuery("INSERT IGNORE INTO mail_once (account_id, occasion, covered_until) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, occasion)
                .setParameter(3, coveredUntil == null ? null : Timestamp.from(coveredUntil)).executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lastCoveredUntil(long accountId, String prefix) {
        Object last = em.createNativeQuery("SELECT MAX(covered_until) FROM mail_once WHERE account_id = ? AND occasion LIKE ?")
                .setParameter(1, accountId).setParameter(2, prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .getSingleResult();
        return Optional.ofNullable(last).map(value -> ((Timestamp) value).toInstant());
    }
}
