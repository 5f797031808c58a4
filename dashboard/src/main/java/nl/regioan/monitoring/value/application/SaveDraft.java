package nl.regioan.monitoring.value.application;

import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.monitoring.value.domain.IndicatorRules;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueChange;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueValidator;
import nl.regioan.monitoring.value.domain.WorkflowException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.text.UserText;

/**
 * Saves figures of one area and period as a draft. Unchanged figures leave no history line; a figure
 * that is approved or in a closed period is a correction ({@link CorrectValue}). All or nothing.
 */
@ApplicationScoped
public class SaveDraft {

    @Inject
    KnownAreas areas;

    @Inject
    EntryForms forms;

    @Inject
    EntryRights rights;

    @Inject
    CorrectValue corrections;

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** {@code reason} is only needed for corrections. */
    @Transactional
    public FormView save(Area requested, Period period, List<EntryInput> entries, String reason) {
        KnownArea area = areas.find(requested);
        Actor actor = rights.requireEntry(area);
        areas.requireMemberDuring(area, period);
        Map<String, IndicatorDefinition> due = forms.due(area, period).stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, i -> i));
        Map<String, IndicatorValue> existing = values.ofArea(area.code(), List.of(period)).stream()
                .collect(Collectors.toMap(v -> v.indicator().code(), v -> v));
        List<EntryRequest> list = entries == null ? List.of() : entries.stream()
                .map(e -> e == null ? null : e.over(e.request() == null ? null : existing.get(e.request().indicator())))
                .toList();
        refuseInvalid(area, period, due, list, existing);
        boolean closed = forms.isClosed(period);
        Instant now = clock.instant();
        for (EntryRequest entry : list) {
            IndicatorValue value = existing.get(entry.indicator());
            if (value == null && entry.value() == null) {
                continue;
            }
            if (value != null && value.holds(entry.value(), entry.comment())) {
                continue; // unchanged: no history line
            }
            if (value != null && entry.version() != null && value.version() != entry.version()) {
                throw ConflictException.of("form.value.changedMeanwhile", entry.indicator(), value.enteredBy());
            }
            IndicatorDefinition indicator = due.get(entry.indicator());
            if (value == null ? closed : value.isProtected(closed)) {
                corrections.correct(actor, area, period, indicator, value, entry, closed, reason, now);
            } else {
                enter(actor, area, period, indicator, value, entry, now);
            }
        }
        return forms.build(area, period);
    }

    /** Every indicator must be due, appear once, and have a figure of its type within its bounds. */
    private static void refuseInvalid(KnownArea area, Period period, Map<String, IndicatorDefinition> due,
                                      List<EntryRequest> entries, Map<String, IndicatorValue> existing) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryRequest entry = entries.get(i);
            int index = i;
            String code = entry == null ? null : entry.indicator();
            if (code == null || !due.containsKey(code)) {
                errors.add(FieldError.of("/values/" + i + "/indicator", "form.indicator.notDue", Message.shorten(code), area.name(),
                        period.toString(), String.join(", ", due.keySet())));
            } else if (!seen.add(code)) {
                errors.add(FieldError.of("/values/" + i + "/indicator", "form.indicator.twice", code));
            } else {
                IndicatorValue stored = existing.get(code);
                if (stored != null && !stored.holds(entry.value(), entry.comment())) {
                    stored.handEntryRefusal() // a figure from CBS changes only by a newer import
                            .ifPresent(problem -> errors.add(new FieldError("/values/" + index + "/value", problem)));
                }
                if (entry.value() != null) {
                    ValueValidator.typeAndBoundsProblem(IndicatorRules.of(due.get(code)), entry.value())
                            .ifPresent(problem -> errors.add(new FieldError("/values/" + index + "/value", problem)));
                }
                UserText.problem(entry.comment(), IndicatorValue.MAX_COMMENT)
                        .ifPresent(problem -> errors.add(new FieldError("/values/" + index + "/comment", problem)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void enter(Actor actor, KnownArea area, Period period, IndicatorDefinition indicator, IndicatorValue stored,
                       EntryRequest entry, Instant now) {
        IndicatorValue value = stored;
        if (value == null) {
            value = new IndicatorValue(indicator, area.municipalityId(), area.code(), period, actor.username(), now);
            values.add(value);
        }
        BigDecimal old = value.value();
        ValueChange change;
        try {
            change = value.enter(entry.value(), entry.comment(), false, policy.canCoordinate(actor), null,
                    actor.username(), now);
        } catch (WorkflowException e) {
            throw new InvalidInputException(new FieldError("reason", e.reason()));
        }
        values.addChange(change);
        audit.record("MONITORING_VALUE_ENTERED", "monitoring_value", area.code() + "/" + period + "/" + indicator.code(),
                stored == null ? null : Json.object("value", old),
                Json.object("value", entry.value(), "status", value.status(), "reason", null));
    }
}
