package nl.regioan.kb.watch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.kb.watch.domain.Watch;
import nl.regioan.kb.watch.domain.WatchRepository;
import nl.regioan.kb.watch.domain.WatchTarget;

/** Watches in MariaDB. */
@ApplicationScoped
public class JpaWatchRepository implements WatchRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<Watch> of(long accountId) {
        return entityManager.createQuery("SELECT w FROM Watch w WHERE w.accountId = :a ORDER BY w.id", Watch.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public Optional<Watch> find(long accountId, WatchTarget type, String target) {
        return entityManager.createQuery(
                        "SELECT w FROM Watch w WHERE w.accountId = :a AND w.targetType = :t AND w.target = :x", Watch.class)
                .setParameter("a", accountId).setParameter("t", type).setParameter("x", target)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Watch> find(long id) {
        return Optional.ofNullable(entityManager.find(Watch.class, id));
    }

    @Override
    public void add(Watch watch) {
        entityManager.persist(watch);
    }

    @Override
    public void remove(Watch watch) {
        entityManager.remove(watch);
    }
}
