package nl.regioan.monitoring.value.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.monitoring.value.domain.ValueStatus;
import nl.regioan.monitoring.value.domain.ValueValidator;

/**
 * What every entry use case reads: the indicators due for an area and period, whether the period is
 * closed, the stored values of the form, and the form as the page shows it. Changes nothing.
 */
@ApplicationScoped
public class EntryForms {

    /** Deadlines are days in the region's time zone. */
    static final ZoneId TIME_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int SEASONAL_YEARS = 5;

    @Inject
    ValueRepository values;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PeriodDeadlineRepository deadlines;

    @Inject
    Clock clock;

    /** The indicators due for an area in a period: quarterly or yearly, per municipality or for the region. */
    public List<IndicatorDefinition> due(KnownArea area, Period period) {
        PeriodType type = period.isQuarter() ? PeriodType.QUARTER : PeriodType.YEAR;
        EntryLevel level = area.isRegion() ? EntryLevel.REGION : EntryLevel.MUNICIPALITY;
        return indicators.all().stream().filter(i -> i.periodType() == type && i.entryLevel() == level).toList();
    }

    /** Closed when the coordinator set a deadline and it has passed. */
    public boolean isClosed(Period period) {
        return deadlines.find(period).map(d -> d.isClosedOn(today())).orElse(false);
    }

    /** Today in the region. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TIME_ZONE));
    }

    /** The stored values of the indicators due, in no particular order. */
    public List<IndicatorValue> valuesOf(KnownArea area, Period period) {
        Set<String> dueCodes = due(area, period).stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        return values.ofArea(area.code(), List.of(period)).stream()
                .filter(v -> dueCodes.contains(v.indicator().code())).toList();
    }

    /** The form of an area and period with the previous values, baseline and warnings of every indicator due. */
    public FormView build(KnownArea area, Period period) {
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
        Map<String, List<Message>> crossWarnings = ValueValidator.crossRegisterWarnings(current).stream()
                .collect(Collectors.groupingBy(Finding::indicator, Collectors.mapping(Finding::message, Collectors.toList())));
        List<FormView.Line> lines = new ArrayList<>();
        List<ValueStatus> statuses = new ArrayList<>();
        for (IndicatorDefinition indicator : due) {
            Map<Period, IndicatorValue> perPeriod = byCode.getOrDefault(indicator.code(), Map.of());
            IndicatorValue value = perPeriod.get(period);
            List<FormView.PastValue> previous = period.previous(4).stream()
                    .map(p -> new FormView.PastValue(p.toString(), valueOf(perPeriod.get(p)))).toList();
            List<Message> warnings = new ArrayList<>();
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
                    value == null ? null : value.id(), value == null ? null : IndicatorValue.plain(value.value()),
                    value == null ? null : value.status().name(), value == null ? null : value.comment(),
                    value == null ? null : value.returnReason(), value == null ? null : value.version(), previous,
                    baseline == null ? null : new FormView.PastValue(baseline.referencePeriod().toString(), IndicatorValue.plain(baseline.value())),
                    warnings, value == null ? null : FormView.Source.of(value.source())));
        }
        Optional<PeriodDeadline> deadline = deadlines.find(period);
        return new FormView(area.code(), area.name(), period.toString(), deadline.map(PeriodDeadline::deadline).orElse(null),
                isClosed(period), FormStatus.of(statuses).name(), lines);
    }
    private static BigDecimal valueOf(IndicatorValue value) {
        return value == null ? null : IndicatorValue.plain(value.value());
    }
}
