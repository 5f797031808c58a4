package nl.regioan.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
        entityManager.flush();
    }
}
