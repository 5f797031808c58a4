package nl.regioan.indicator.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;

@ApplicationScoped
public class JpaIndicatorRepository implements IndicatorRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<IndicatorDefinition> all() {
        return entityManager.createQuery("select i from IndicatorDefinition i order by i.level, i.code",
                IndicatorDefinition.class).getResultList();
    }

    @Override
    public Optional<IndicatorDefinition> findByCode(String code) {
        return entityManager.createQuery("select i from IndicatorDefinition i where i.code = :code",
                        IndicatorDefinition.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
