package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.search.domain.SynonymGroup;
import nl.regioan.search.domain.SynonymRepository;

@ApplicationScoped
public class JpaSynonymRepository implements SynonymRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<SynonymGroup> all() {
        return entityManager.createQuery("select s from SynonymGroup s order by s.id", SynonymGroup.class)
                .getResultList();
    }

    @Override
    public Optional<SynonymGroup> findById(long id) {
        return Optional.ofNullable(entityManager.find(SynonymGroup.class, id));
    }

    @Override
    public void add(SynonymGroup group) {
        entityManager.persist(group);
        entityManager.flush();
    }

    @Override
    public void update(SynonymGroup group) {
        entityManager.flush();
    }

    @Override
    public void remove(SynonymGroup group) {
        entityManager.remove(group);
        entityManager.flush();
    }
}
