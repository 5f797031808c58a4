package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import nl.regioan.account.domain.ApiToken;

/**
 * Records that a token was used. A plain conditional UPDATE in a transaction of its own: it leaves the
 * token's @Version alone (so it never makes a parallel request fail with an optimistic lock), it writes
 * only when the stored time is older than {@link ApiToken#USE_RECORDED_EVERY}, and it holds the row
 * lock for one statement.
 */
@ApplicationScoped
public class TokenUse {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long tokenId, Instant now) {
        int updated = entityManager.createNativeQuery(
                        "UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, tokenId)
                .setParameter(3, Timestamp.from(now.minus(ApiToken.USE_RECORDED_EVERY)))
                .executeUpdate();
        if (updated > 0) {
            // the statement bypassed the entity cache: the token list must show the new time
            entityManager.getEntityManagerFactory().getCache().evict(ApiToken.class, tokenId);
        }
    }
}
