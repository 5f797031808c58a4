package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodDeadline;
import nl.regioan.monitoring.period.domain.PeriodDeadlineRepository;
import nl.regioan.monitoring.value.domain.Baseline;
import nl.regioan.monitoring.value.domain.Finding;
import nl.regioan.monitoring.value.domain.FormStatus;
import nl.regioan.monitoring.value.domain.IndicatorRules;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueChange;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueStatus;
import nl.regioan.monitoring.value.domain.ValueValidator;
import nl.regioan.monitoring.value.domain.WorkflowException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/**
 * The entry form of one area and period: reading it with its context and warnings, saving drafts,
 * submitting, and the coordinator's approval or sending back. Every change is kept in the value's
 * history and in the audit log, in the same transaction.
 */
@ApplicationScoped
public class ValueEntryService {

    static final ZoneId TIME_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int SEASONAL_YEARS = 5;

    @Inject
    ValueRepository values;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PeriodDeadlineRepository deadlines;

    @Inject
    Areas areas;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public FormView form(String areaText, String periodText) {
        Area area = areas.resolve("cbsCode", areaText);
        Period period = Areas.period("period", periodText);
        Actor actor = currentActor.require();
        policy.require(policy.canViewValueDetailsOf(actor, area.municipalityId()), "see the figures of " + area.name());
        return build(area, period);
    }

    @Transactional
    public FormView saveDraft(String areaText, String periodText, List<EntryRequest> entries, String reason) {
        Area area = areas.resolve("cbsCode", areaText);
        Period period = Areas.period("period", periodText);
        Actor actor = requireEntry(area);
        Map<String, IndicatorDefinition> due = due(area, period).stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, i -> i));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<EntryRequest> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            EntryRequest entry = list.get(i);
            String code = entry == null ? null : entry.indicator();
            if (code == null || !due.containsKey(code)) {
                errors.add(new FieldError("values[" + i + "].indicator", "'" + code + "' is not due for " + area.name()
                        + " in " + period + "; due are " + String.join(", ", due.keySet())));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(code, "appears twice; enter each indicator once"));
            } else if (entry.value() != null) {
                ValueValidator.typeAndBoundsProblem(IndicatorRules.of(due.get(code)), entry.value())
                        .ifPresent(problem -> errors.add(new FieldError(code + ".value", problem)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean locked = isClosed(period);
        Map<String, IndicatorValue> existing = values.ofArea(area.code(), List.of(period)).stream()
                .collect(Collectors.toMap(v -> v.indicator().code(), v -> v));
        Instant now = Instant.now();
        for (EntryRequest entry : list) {
            IndicatorValue value = existing.get(entry.indicator());
            if (value == null && entry.value() == null) {
                continue;
            }
            if (value != null && Objects.equals(normalise(value.value()), normalise(entry.value()))
                    && Objects.equals(blankToNull(value.comment()), blankToNull(entry.comment()))) {
                continue; // unchanged: no history line
            }
            if (value != null && entry.version() != null && value.version() != entry.version()) {
                throw new OptimisticLockException(entry.indicator() + " was changed by " + value.enteredBy()
                        + " in the meantime; reload the form and enter it again.");
            }
            boolean protectedValue = locked || (value != null && value.status() == ValueStatus.APPROVED);
            if (protectedValue) {
                policy.require(policy.canCoordinate(actor), "change " + entry.indicator() + " of " + area.name() + " in "
                        + period + " (the value is approved or the period is closed; ask the coordinator)");
            }
            boolean isNew = value == null;
            if (isNew) {
                value = new IndicatorValue(due.get(entry.indicator()), area.municipalityId(), area.code(), period,
                        actor.username(), now);
                values.add(value);
            }
            BigDecimal old = value.value();
            ValueChange change;
            try {
                change = value.enter(entry.value(), entry.comment(), locked, policy.canCoordinate(actor), reason,
                        actor.username(), now);
            } catch (WorkflowException e) {
                throw new InvalidInputException("reason", e.getMessage());
            }
            values.addChange(change);
            audit.record(protectedValue ? "MONITORING_VALUE_CORRECTED" : "MONITORING_VALUE_ENTERED", "monitoring_value",
                    key(area, period, entry.indicator()), isNew ? null : Json.object("value", old),
                    Json.object("value", entry.value(), "status", value.status(), "reason", protectedValue ? reason : null));
        }
        return build(area, period);
    }

    @Transactional
    public FormView submit(String areaText, String periodText) {
        Area area = areas.resolve("cbsCode", areaText);
        Period period = Areas.period("period", periodText);
        Actor actor = requireEntry(area);
        if (isClosed(period)) {
            policy.require(policy.canCoordinate(actor), "submit figures for " + period + " after its deadline; ask the coordinator");
        }
        FormView form = build(area, period);
        List<FieldError> errors = new ArrayList<>();
        for (FormView.Line line : form.lines()) {
            if (line.value() != null && !line.warnings().isEmpty() && blankToNull(line.comment()) == null) {
                errors.add(new FieldError(line.indicator() + ".comment", "explain the warning in a comment before submitting: "
                        + String.join("; ", line.warnings())));
            }
        }
        if (form.lines().stream().noneMatch(l -> l.value() != null)) {
            errors.add(new FieldError("values", "enter at least one value before submitting"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> submitted = new ArrayList<>();
        Instant now = Instant.now();
        for (IndicatorValue value : valuesOf(area, period)) {
            if (value.status().isOpen() && value.value() != null) {
                values.addChange(value.submit(actor.username(), now));
                submitted.add(value.indicator().code());
            }
        }
        if (submitted.isEmpty()) {
            throw new InvalidInputException("status", "nothing to submit: every value of " + area.name() + " in " + period
                    + " is already submitted or approved");
        }
        audit.record("MONITORING_FORM_SUBMITTED", "monitoring_form", area.code() + "/" + period, null,
                Json.object("indicators", submitted));
        return build(area, period);
    }

    @Transactional
    public FormView approve(String areaText, String periodText) {
        Area area = areas.resolve("cbsCode", areaText);
        Period period = Areas.period("period", periodText);
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), "approve figures");
        List<String> approved = new ArrayList<>();
        Instant now = Instant.now();
        for (IndicatorValue value : valuesOf(area, period)) {
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
        return build(area, period);
    }

    @Transactional
    public FormView sendBack(String areaText, String periodText, String reason) {
        Area area = areas.resolve("cbsCode", areaText);
        Period period = Areas.period("period", periodText);
        Actor actor = currentActor.require();
        policy.require(policy.canCoordinate(actor), "send figures back");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the figures go back, so the municipality knows what to change");
        }
        List<String> returned = new ArrayList<>();
        Instant now = Instant.now();
        for (IndicatorValue value : valuesOf(area, period)) {
            if (value.status() == ValueStatus.SUBMITTED || value.status() == ValueStatus.APPROVED) {
                values.addChange(value.sendBack(reason, actor.username(), now));
                returned.add(value.indicator().code());
            }
        }
        if (returned.isEmpty()) {
            throw new InvalidInputException("status", area.name() + " has nothing submitted or approved for " + period);
        }
        audit.record("MONITORING_FORM_SENT_BACK", "monitoring_form", area.code() + "/" + period, null,
                Json.object("indicators", returned, "reason", reason.trim()));
        return build(area, period);
    }

    /** The history of one value, oldest first. */
    @Transactional
    public List<ValueChange> history(long valueId) {
        IndicatorValue value = values.findById(valueId)
                .orElseThrow(() -> new NotFoundException("No value with id " + valueId + "."));
        Actor actor = currentActor.require();
        if (!policy.canViewValueDetailsOf(actor, value.municipalityId())) {
            throw new NotFoundException("No value with id " + valueId + ".");
        }
        return values.historyOf(value);
    }

    /** The indicators due for an area in a period: quarterly or yearly, per municipality or for the region. */
    public List<IndicatorDefinition> due(Area area, Period period) {
        PeriodType type = period.isQuarter() ? PeriodType.QUARTER : PeriodType.YEAR;
        EntryLevel level = area.isRegion() ? EntryLevel.REGION : EntryLevel.MUNICIPALITY;
        return indicators.all().stream().filter(i -> i.periodType() == type && i.entryLevel() == level).toList();
    }

    /** Closed when the coordinator set a deadline and it has passed. */
    public boolean isClosed(Period period) {
        return deadlines.find(period).map(d -> d.isClosedOn(LocalDate.now(TIME_ZONE))).orElse(false);
    }

    private List<IndicatorValue> valuesOf(Area area, Period period) {
        Set<String> dueCodes = due(area, period).stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        return values.ofArea(area.code(), List.of(period)).stream()
                .filter(v -> dueCodes.contains(v.indicator().code())).toList();
    }

    private Actor requireEntry(Area area) {
        Actor actor = currentActor.require();
        policy.require(area.isRegion() ? policy.canEnterRegionValues(actor)
                : policy.canEnterValuesFor(actor, area.municipalityId()), "enter figures for " + area.name());
        return actor;
    }

    FormView build(Area area, Period period) {
        List<IndicatorDefinition> due = due(area, period);
        Set<Period> periods = new LinkedHashSet<>();
        periods.add(period);
        periods.addAll(period.previous(4));
        for (int years = 1; years <= SEASONAL_YEARS; years++) {
            periods.add(period.yearsEarlier(years));
        }
        Map<String, Map<Period, IndicatorValue>> byCode = new HashMap<>();
        for (IndicatorValue value : values.ofArea(area.code(), periods)) {
            byCode.computeIfAbsent(value.indicator().code(), c -> new HashMap<>()).put(value.period(), value);
        }
        Map<Long, Baseline> baselines = values.baselinesOf(area.code()).stream()
                .collect(Collectors.toMap(Baseline::indicatorId, b -> b, (a, b) -> a));
        Map<String, BigDecimal> current = new HashMap<>();
        byCode.forEach((code, perPeriod) -> Optional.ofNullable(perPeriod.get(period)).map(IndicatorValue::value)
                .ifPresent(v -> current.put(code, v)));
        Map<String, List<String>> crossWarnings = ValueValidator.crossRegisterWarnings(current).stream()
                .collect(Collectors.groupingBy(Finding::indicator, Collectors.mapping(Finding::message, Collectors.toList())));
        List<FormView.Line> lines = new ArrayList<>();
        List<ValueStatus> statuses = new ArrayList<>();
        for (IndicatorDefinition indicator : due) {
            Map<Period, IndicatorValue> perPeriod = byCode.getOrDefault(indicator.code(), Map.of());
            IndicatorValue value = perPeriod.get(period);
            List<FormView.PastValue> previous = period.previous(4).stream()
                    .map(p -> new FormView.PastValue(p.toString(), valueOf(perPeriod.get(p)))).toList();
            List<String> warnings = new ArrayList<>();
            if (value != null && value.value() != null) {
                statuses.add(value.status());
                List<BigDecimal> seasonal = new ArrayList<>();
                for (int years = 1; years <= SEASONAL_YEARS; years++) {
                    seasonal.add(valueOf(perPeriod.get(period.yearsEarlier(years))));
                }
                List<BigDecimal> recent = previous.stream().map(FormView.PastValue::value).toList();
                ValueValidator.historyWarning(value.value(), period.isQuarter() ? seasonal : List.of(), recent)
                        .ifPresent(warnings::add);
                warnings.addAll(crossWarnings.getOrDefault(indicator.code(), List.of()));
            }
            Baseline baseline = baselines.get(indicator.id());
            lines.add(new FormView.Line(indicator.code(), indicator.nameNl(), indicator.nameEn(), indicator.unit().name(),
                    indicator.bounds().min(), indicator.bounds().max(),
                    value == null ? null : value.id(), value == null ? null : normalise(value.value()),
                    value == null ? null : value.status().name(), value == null ? null : value.comment(),
                    value == null ? null : value.returnReason(), value == null ? null : value.version(), previous,
                    baseline == null ? null : new FormView.PastValue(baseline.referencePeriod().toString(), normalise(baseline.value())),
                    warnings));
        }
        Optional<PeriodDeadline> deadline = deadlines.find(period);
        return new FormView(area.code(), area.name(), period.toString(), deadline.map(PeriodDeadline::deadline).orElse(null),
                isClosed(period), FormStatus.of(statuses).name(), lines);
    }

    private static BigDecimal valueOf(IndicatorValue value) {
        return value == null ? null : normalise(value.value());
    }

    /** 12.0000 from the DECIMAL column reads as 12. */
    static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String key(Area area, Period period, String indicator) {
        return area.code() + "/" + period + "/" + indicator;
    }
}
