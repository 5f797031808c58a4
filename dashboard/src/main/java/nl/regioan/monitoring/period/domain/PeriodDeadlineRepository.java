package nl.regioan.monitoring.period.domain;

import java.util.Optional;

/** Stores the deadline of each period. */
public interface PeriodDeadlineRepository {

    Optional<PeriodDeadline> find(Period period);

    void add(PeriodDeadline deadline);
}
