package nl.regioan.monitoring.value.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.SubmittedFormNotice;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Submits the open figures of one area and period to the coordinator. Every figure with a warning
 * needs a comment first; after the deadline only the coordinator submits.
 */
@ApplicationScoped
public class SubmitForm {

    @Inject
    KnownAreas areas;

    @Inject
    EntryForms forms;

    @Inject
    EntryRights rights;

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Instance<SubmittedFormNotice> notices;

    @Transactional
    public FormView submit(Area requested, Period period) {
        KnownArea area = areas.find(requested);
        Actor actor = rights.requireEntry(area);
        if (forms.isClosed(period)) {
            policy.require(policy.canCoordinate(actor), Message.of("access.refused.submitLate", period.toString()));
        }
        refuseUnexplained(forms.build(area, period));
        List<String> submitted = new ArrayList<>();
        Instant now = clock.instant();
        for (IndicatorValue value : forms.valuesOf(area, period)) {
            if (value.status().isOpen() && value.value() != null) {
                values.addChange(value.submit(actor.username(), now));
                submitted.add(value.indicator().code());
            }
        }
        if (submitted.isEmpty()) {
            throw InvalidInputException.of("status", "form.submit.nothing", area.name(), period.toString());
        }
        audit.record("MONITORING_FORM_SUBMITTED", "monitoring_form", area.code() + "/" + period, null,
                Json.object("indicators", submitted));
        for (SubmittedFormNotice notice : notices) {
            notice.submitted(area.municipalityId(), area.code(), area.name(), period, List.copyOf(submitted), actor.username());
        }
        return forms.build(area, period);
    }

    /** A form goes in with at least one figure, and every warning explained in a comment. */
    private static void refuseUnexplained(FormView form) {
        List<FieldError> errors = new ArrayList<>();
        for (FormView.Line line : form.lines()) {
            if (line.value() != null && !line.warnings().isEmpty() && (line.comment() == null || line.comment().isBlank())) {
                errors.add(FieldError.of(line.indicator() + ".comment", "form.submit.explain", line.warnings()));
            }
        }
        if (form.lines().stream().noneMatch(l -> l.value() != null)) {
            errors.add(FieldError.of("values", "form.submit.empty"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
