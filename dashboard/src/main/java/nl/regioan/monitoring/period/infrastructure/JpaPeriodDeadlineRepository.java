package nl.regioan.monitoring.period.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodDeadline;
import nl.regioan.monitoring.period.domain.PeriodDeadlineRepository;

@ApplicationScoped
public class JpaPeriodDeadlineRepository implements PeriodDeadlineRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<PeriodDeadline> find(Period period) {
        return entityManager.createQuery("select d from PeriodDeadline d where d.period = :period", PeriodDeadline.class)
                .setParameter("period", period.toString()).getResultStream().findFirst();
    }

    @Override
    public void add(PeriodDeadline deadline) {
        entityManager.persist(deadline);
    }

    @Override
    public List<PeriodDeadline> between(LocalDate from, LocalDate to) {
        return entityManager.createQuery("select d from PeriodDeadline d where d.deadline between :from and :to"
                        + " order by d.deadline", PeriodDeadline.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
