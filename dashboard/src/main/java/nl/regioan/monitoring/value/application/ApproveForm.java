package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueStatus;
import nl.regioan.shared.api.InvalidInputException;

/** The coordinator approves every submitted figure of one area and period. */
@ApplicationScoped
public class ApproveForm {

    @Inject
    KnownAreas areas;

    @Inject
    EntryForms forms;

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public FormView approve(Area requested, Period period) {
        KnownArea area = areas.find(requested);
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), "approve figures");
        List<String> approved = new ArrayList<>();
        Instant now = clock.instant();
        for (IndicatorValue value : forms.valuesOf(area, period)) {
            if (value.status() == ValueStatus.SUBMITTED) {
                values.addChange(value.approve(actor.username(), now));
                approved.add(value.indicator().code());
            }
        }
        if (approved.isEmpty()) {
            throw new InvalidInputException("status", area.name() + " has nothing submitted for " + period + " to approve");
        }
        audit.record("MONITORING_FORM_APPROVED", "monitoring_form", area.code() + "/" + period, null,
                Json.object("indicators", approved));
        return forms.build(area, period);
    }
}
