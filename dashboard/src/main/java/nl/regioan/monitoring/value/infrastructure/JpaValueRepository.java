package nl.regioan.monitoring.value.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Baseline;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueChange;
import nl.regioan.monitoring.value.domain.ValueRepository;

@ApplicationScoped
public class JpaValueRepository implements ValueRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<IndicatorValue> findById(long id) {
        return Optional.ofNullable(entityManager.find(IndicatorValue.class, id));
    }

    @Override
    public List<IndicatorValue> ofArea(String areaCode, Collection<Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select v from IndicatorValue v join fetch v.indicator
                        where v.areaCode = :area and v.period in :periods""", IndicatorValue.class)
                .setParameter("area", areaCode)
                .setParameter("periods", periods.stream().map(Period::toString).toList())
                .getResultList();
    }

    @Override
    public List<IndicatorValue> ofIndicators(Collection<Long> indicatorIds, Collection<Period> periods) {
        if (indicatorIds.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select v from IndicatorValue v join fetch v.indicator
                        where v.indicator.id in :indicators and v.period in :periods""", IndicatorValue.class)
                .setParameter("indicators", indicatorIds)
                .setParameter("periods", periods.stream().map(Period::toString).toList())
                .getResultList();
    }

    @Override
    public void add(IndicatorValue value) {
        entityManager.persist(value);
    }

    @Override
    public void addChange(ValueChange change) {
        entityManager.persist(change);
    }

    @Override
    public List<ValueChange> historyOf(IndicatorValue value) {
        return entityManager.createQuery("select c from ValueChange c where c.value = :value order by c.changedAt, c.id",
                ValueChange.class).setParameter("value", value).getResultList();
    }

    @Override
    public List<Baseline> baselinesOf(String areaCode) {
        return entityManager.createQuery("select b from Baseline b where b.areaCode = :area", Baseline.class)
                .setParameter("area", areaCode).getResultList();
    }
}
