package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueChange;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.WorkflowException;
import nl.regioan.shared.api.InvalidInputException;

/**
 * The coordinator's correction of a figure that is approved or lies in a closed period: only the
 * coordinator, always with a reason, audited as a correction. Runs inside {@link SaveDraft}'s transaction.
 */
@ApplicationScoped
public class CorrectValue {

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditTrail audit;

    /** {@code stored} is null when the closed period has no value for the indicator yet. */
    public void correct(Actor actor, KnownArea area, Period period, IndicatorDefinition indicator, IndicatorValue stored,
                        EntryRequest entry, boolean periodClosed, String reason, Instant now) {
        policy.require(policy.canCoordinate(actor), "change " + entry.indicator() + " of " + area.name() + " in "
                + period + " (the value is approved or the period is closed; ask the coordinator)");
        IndicatorValue value = stored;
        if (value == null) {
            value = new IndicatorValue(indicator, area.municipalityId(), area.code(), period, actor.username(), now);
            values.add(value);
        }
        BigDecimal old = value.value();
        ValueChange change;
        try {
            change = value.enter(entry.value(), entry.comment(), periodClosed, true, reason, actor.username(), now);
        } catch (WorkflowException e) {
            throw new InvalidInputException("reason", e.getMessage());
        }
        values.addChange(change);
        audit.record("MONITORING_VALUE_CORRECTED", "monitoring_value", area.code() + "/" + period + "/" + indicator.code(),
                stored == null ? null : Json.object("value", old),
                Json.object("value", entry.value(), "status", value.status(), "reason", reason));
    }
}
