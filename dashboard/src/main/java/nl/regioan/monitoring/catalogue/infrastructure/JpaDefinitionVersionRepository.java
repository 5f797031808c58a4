package nl.regioan.monitoring.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.regioan.monitoring.catalogue.domain.DefinitionVersion;
import nl.regioan.monitoring.catalogue.domain.DefinitionVersionRepository;

@ApplicationScoped
public class JpaDefinitionVersionRepository implements DefinitionVersionRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<DefinitionVersion> all() {
        return entityManager.createQuery("select d from DefinitionVersion d order by d.indicatorId, d.number",
                DefinitionVersion.class).getResultList();
    }

    @Override
    public List<DefinitionVersion> of(long indicatorId) {
        return entityManager.createQuery("select d from DefinitionVersion d where d.indicatorId = :indicator order by d.number",
                DefinitionVersion.class).setParameter("indicator", indicatorId).getResultList();
    }

    @Override
    public void add(DefinitionVersion version) {
        entityManager.persist(version);
    }
}
