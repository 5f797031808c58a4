package nl.regioan.monitoring.importexport.application;

import java.time.Clock;
import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.period.domain.PeriodDeadlineRepository;
import nl.regioan.monitoring.value.domain.IndicatorRules;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueStatus;
import nl.regioan.monitoring.value.domain.ValueValidator;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.text.UserText;

/**
 * Bulk delivery of values (from a CSV file or JSON, e.g. by a municipal system with an API token).
 * The whole delivery is validated first and applied all-or-nothing; values arrive as drafts, which
 * the data steward then submits through the form.
 */
@ApplicationScoped
public class BulkImport {

    @Inject
    PeriodRange periodRange;

    @Inject
    Clock clock;

    /** A row that passed validation. */
    private record Valid(int row, IndicatorDefinition indicator, Municipality municipality, String areaCode, Period period,
                         BigDecimal value, String comment) {
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ValueRepository values;

    @Inject
    PeriodDeadlineRepository deadlines;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public ImportResult apply(List<ValueRow> rows, boolean dryRun) {
        Actor actor = currentActor.require();
        Map<String, IndicatorDefinition> catalogue = indicators.all().stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, i -> i));
        Map<String, Municipality> byCode = municipalities.all().stream()
                .collect(Collectors.toMap(m -> m.cbsCode().value(), m -> m));
        List<RowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        Set<String> refused = new LinkedHashSet<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(0, "file", Message.of("import.noRows")));
        }
        for (ValueRow row : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            IndicatorDefinition indicator = catalogue.get(upper(row.indicator()));
            if (indicator == null) {
                rowErrors.add(new RowError(row.row(), "indicator", Message.of("indicator.notInCatalogue", Message.shorten(row.indicator()))));
            }
            Period period = null;
            try {
                period = periodRange.parse(row.period());
            } catch (IllegalArgumentException e) {
                rowErrors.add(new RowError(row.row(), "period", InvalidValueException.reasonOf(e)));
            }
            Municipality municipality = null;
            String areaCode = null;
            if ("region".equalsIgnoreCase(trim(row.cbsCode()))) {
                areaCode = IndicatorValue.REGION_AREA;
            } else {
                municipality = byCode.get(upper(row.cbsCode()));
                if (municipality == null) {
                    rowErrors.add(new RowError(row.row(), "cbs_code", Message.of("import.cbsCode.unknown", Message.shorten(row.cbsCode()))));
                } else {
                    areaCode = municipality.cbsCode().value();
                }
            }
            BigDecimal value = null;
            try {
                value = NumberText.parse(row.value());
            } catch (IllegalArgumentException e) {
                rowErrors.add(new RowError(row.row(), "value", InvalidValueException.reasonOf(e)));
            }
            if (indicator != null && period != null && (indicator.periodType() == PeriodType.QUARTER) != period.isQuarter()) {
                rowErrors.add(new RowError(row.row(), "period", Message.of(period.isQuarter() ? "import.period.yearly" : "import.period.quarterly",
                        indicator.code(), period.isQuarter() ? String.valueOf(period.year()) : period.year() + "-Q1")));
            }
            if (indicator != null && areaCode != null
                    && (indicator.entryLevel() == EntryLevel.REGION) != IndicatorValue.REGION_AREA.equals(areaCode)) {
                rowErrors.add(new RowError(row.row(), "cbs_code", Message.of(indicator.entryLevel() == EntryLevel.REGION
                        ? "import.level.region" : "import.level.municipality", indicator.code())));
            }
            if (indicator != null && value != null) {
                IndicatorRules rules = IndicatorRules.of(indicator);
                ValueValidator.typeAndBoundsProblem(rules, value)
                        .ifPresent(p -> rowErrors.add(new RowError(row.row(), "value", p)));
            }
            if (indicator != null && period != null && areaCode != null) {
                String key = indicator.code() + "|" + areaCode + "|" + period;
                Integer first = firstRowOf.putIfAbsent(key, row.row());
                if (first != null) {
                    rowErrors.add(new RowError(row.row(), "indicator", Message.of("import.duplicate", first)));
                }
                boolean allowed = municipality == null ? policy.canEnterRegionValues(actor)
                        : policy.canEnterValuesFor(actor, municipality.id());
                if (!allowed) {
                    refused.add(areaCode);
                }
            }
            if (municipality != null && period != null && !municipality.isMemberDuring(period.start(), period.end())) {
                Message reason = Message.of("value.notAMember", municipality.name(), areaCode, period.toString(),
                        municipality.describeMemberships());
                rowErrors.add(new RowError(row.row(), "cbs_code", reason));
                rowErrors.add(new RowError(row.row(), "period", reason));
            }
            UserText.problem(UserText.normalised(row.comment()), IndicatorValue.MAX_COMMENT)
                    .ifPresent(problem -> rowErrors.add(new RowError(row.row(), "comment", problem)));
            if (rowErrors.isEmpty()) {
                valid.add(new Valid(row.row(), indicator, municipality, areaCode, period, value, UserText.normalised(row.comment())));
            }
            errors.addAll(rowErrors);
        }
        policy.require(refused.isEmpty(), Message.of("access.refused.deliverFor", String.join(", ", refused)));
        Map<String, IndicatorValue> existing = existing(valid);
        java.time.LocalDate today = periodRange.today();
        Map<Period, Boolean> closed = new HashMap<>();
        for (Valid v : valid) {
            IndicatorValue current = existing.get(key(v.indicator().id(), v.areaCode(), v.period()));
            boolean locked = closed.computeIfAbsent(v.period(),
                    p -> deadlines.find(p).map(d -> d.isClosedOn(today)).orElse(false));
            int rowNumber = v.row();
            if (current != null && current.status() == ValueStatus.APPROVED) {
                errors.add(new RowError(rowNumber, "value", Message.of("import.value.approved", v.period().toString())));
            } else if (locked) {
                errors.add(new RowError(rowNumber, "period", Message.of("import.period.closed", v.period().toString())));
            }
        }
        if (!errors.isEmpty() || dryRun) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new ImportResult(dryRun, rows.size(), 0, errors);
        }
        Instant now = clock.instant();
        for (Valid v : valid) {
            IndicatorValue value = existing.get(key(v.indicator().id(), v.areaCode(), v.period()));
            if (value == null) {
                value = new IndicatorValue(v.indicator(), v.municipality() == null ? null : v.municipality().id(),
                        v.areaCode(), v.period(), actor.username(), now);
                values.add(value);
            }
            values.addChange(value.enter(v.value(), v.comment(), false, false, null, actor.username(), now));
        }
        audit.record("MONITORING_BULK_IMPORT", "monitoring_value", null, null,
                Json.object("rows", valid.size(), "areas", valid.stream().map(Valid::areaCode).distinct().sorted().toList()));
        return new ImportResult(false, rows.size(), valid.size(), List.of());
    }

    private Map<String, IndicatorValue> existing(List<Valid> valid) {
        Set<Long> ids = valid.stream().map(v -> v.indicator().id()).collect(Collectors.toSet());
        Set<Period> periods = valid.stream().map(Valid::period).collect(Collectors.toSet());
        Map<String, IndicatorValue> map = new HashMap<>();
        for (IndicatorValue value : values.ofIndicators(ids, periods)) {
            map.put(key(value.indicator().id(), value.areaCode(), value.period()), value);
        }
        return map;
    }

    private static String key(Long indicatorId, String areaCode, Period period) {
        return indicatorId + "|" + areaCode + "|" + period;
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    private static String upper(String text) {
        return trim(text).toUpperCase(Locale.ROOT);
    }
}
