package nl.regioan.monitoring.value.application;

import nl.regioan.shared.api.Message;
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

/** The coordinator sends the submitted or approved figures of one area and period back, saying why. */
@ApplicationScoped
public class SendBackForm {

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
    public FormView sendBack(Area requested, Period period, String reason) {
        KnownArea area = areas.find(requested);
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), Message.of("access.refused.sendBack"));
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "form.sendBack.reason");
        }
        List<String> returned = new ArrayList<>();
        Instant now = clock.instant();
        for (IndicatorValue value : forms.valuesOf(area, period)) {
            if (!value.isPublicFigure() && (value.status() == ValueStatus.SUBMITTED || value.status() == ValueStatus.APPROVED)) {
                values.addChange(value.sendBack(reason, actor.username(), now));
                returned.add(value.indicator().code());
            }
        }
        if (returned.isEmpty()) {
            throw InvalidInputException.of("status", "form.sendBack.nothing", area.name(), period.toString());
        }
        audit.record("MONITORING_FORM_SENT_BACK", "monitoring_form", area.code() + "/" + period, null,
                Json.object("indicators", returned, "reason", reason.trim()));
        return forms.build(area, period);
    }
}
