package nl.regioan.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.regioan.account.domain.ApiToken;
import nl.regioan.account.domain.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return entityManager.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> ownedBy(long accountId) {
        return entityManager.createQuery(
                        "select t from ApiToken t where t.account.id = :account order by t.createdAt desc", ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** A conditional UPDATE outside the entity's @Version; it bypasses the entity cache, so the token is evicted. */
    @Override
    public boolean recordUse(long tokenId, Instant at, Instant notAfter) {
        int updated = entityManager.createNativeQuery(
                        "UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, tokenId)
                .setParameter(3, Timestamp.from(notAfter))
                .executeUpdate();
        if (updated > 0) {
            entityManager.getEntityManagerFactory().getCache().evict(ApiToken.class, tokenId);
        }
        return updated > 0;
    }

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
        entityManager.flush();
    }
}
