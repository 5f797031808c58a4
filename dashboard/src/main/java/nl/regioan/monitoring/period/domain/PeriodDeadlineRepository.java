package nl.regioan.monitoring.period.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the deadline of each period. */
public interface PeriodDeadlineRepository {

    Optional<PeriodDeadline> find(Period period);

    void add(PeriodDeadline deadline);

    /** The deadlines from {@code from} to {@code to}, both included, earliest first. */
    List<PeriodDeadline> between(LocalDate from, LocalDate to);
}
