package nl.regioan.monitoring.value.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Baseline;
import nl.regioan.monitoring.value.domain.CountedValue;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueChange;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueStatus;

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
    public List<CountedValue> countedValues(Collection<Long> indicatorIds, Collection<Period> periods) {
        if (indicatorIds.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        // The period_start range lets MariaDB use the (indicator_id, period_start) index; the period list is exact.
        LocalDate first = periods.stream().map(Period::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = periods.stream().map(Period::start).max(LocalDate::compareTo).orElseThrow();
        return entityManager.createQuery("""
                        select new nl.regioan.monitoring.value.domain.CountedValue(v.indicator.id, v.areaCode, v.period, v.value)
                        from IndicatorValue v
                        where v.indicator.id in :indicators and v.periodStart between :first and :last
                          and v.period in :periods and v.status in :counted and v.value is not null""", CountedValue.class)
                .setParameter("indicators", indicatorIds)
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("periods", periods.stream().map(Period::toString).distinct().toList())
                .setParameter("counted", ValueStatus.COUNTED)
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
