package nl.regioan.monitoring.targets.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.targets.domain.ReferencePointRepository;
import nl.regioan.monitoring.targets.domain.Target;
import nl.regioan.monitoring.value.domain.Baseline;

@ApplicationScoped
public class JpaReferencePointRepository implements ReferencePointRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Baseline> baselines(Long indicatorId) {
        return entityManager.createQuery("select b from Baseline b where :indicator is null or b.indicatorId = :indicator"
                + " order by b.indicatorId, b.areaCode", Baseline.class).setParameter("indicator", indicatorId).getResultList();
    }

    @Override
    public Optional<Baseline> baseline(long indicatorId, String areaCode) {
        return entityManager.createQuery("select b from Baseline b where b.indicatorId = :indicator and b.areaCode = :area",
                Baseline.class).setParameter("indicator", indicatorId).setParameter("area", areaCode)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Baseline baseline) {
        entityManager.persist(baseline);
    }

    @Override
    public List<Target> targets(Long indicatorId) {
        return entityManager.createQuery("select t from Target t where :indicator is null or t.indicatorId = :indicator"
                + " order by t.indicatorId, t.areaLevel, t.areaName, t.targetYear", Target.class)
                .setParameter("indicator", indicatorId).getResultList();
    }

    @Override
    public Optional<Target> target(long indicatorId, Target.AreaLevel level, String areaName, int year) {
        return entityManager.createQuery("""
                        select t from Target t where t.indicatorId = :indicator and t.areaLevel = :level
                          and ((:area is null and t.areaName is null) or t.areaName = :area) and t.targetYear = :year""", Target.class)
                .setParameter("indicator", indicatorId).setParameter("level", level).setParameter("area", areaName)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public void add(Target target) {
        entityManager.persist(target);
    }
}
