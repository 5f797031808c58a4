package nl.regioan.monitoring.period.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.period.domain.PeriodDeadline;
import nl.regioan.monitoring.period.domain.PeriodDeadlineRepository;
import nl.regioan.shared.api.InvalidInputException;

/** The coordinator sets the deadline of a period (e.g. six weeks after the quarter); after it the period is closed. */
@ApplicationScoped
public class PeriodDeadlines {

    @Inject
    PeriodRange periodRange;

    @Inject
    PeriodDeadlineRepository deadlines;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public PeriodDeadline set(String periodText, LocalDate deadline) {
        policy.require(policy.canCoordinate(currentActor.require()), Message.of("access.refused.setDeadlines"));
        Period period = periodRange.parse("period", periodText);
        if (deadline == null) {
            throw InvalidInputException.of("deadline", "date.format");
        }
        if (deadline.isBefore(period.end())) {
            throw InvalidInputException.of("deadline", "deadline.afterPeriod", period.end().toString());
        }
        PeriodDeadline existing = deadlines.find(period).orElse(null);
        String old = existing == null ? null : Json.object("deadline", existing.deadline());
        if (existing == null) {
            existing = new PeriodDeadline(period, deadline);
            deadlines.add(existing);
        } else {
            existing.setDeadline(deadline);
        }
        audit.record("MONITORING_DEADLINE_SET", "monitoring_period", period.toString(), old, Json.object("deadline", deadline));
        return existing;
    }
}
