package nl.regioan.monitoring.targets.application;

import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.monitoring.catalogue.application.IndicatorCatalogue;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.aggregation.application.SeriesService;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.targets.domain.ReferencePointRepository;
import nl.regioan.monitoring.targets.domain.Target;
import nl.regioan.monitoring.value.domain.Baseline;
import nl.regioan.monitoring.value.domain.IndicatorRules;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueValidator;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Baselines (nulmeting) and targets (streefwaarden): whoever may see dashboards reads them; the
 * coordinator sets them, within the catalogue's bounds, and every change is audited.
 */
@ApplicationScoped
public class ReferencePoints {

    @Inject
    PeriodRange periodRange;

    static final int FIRST_TARGET_YEAR = 2000;
    static final int LAST_TARGET_YEAR = 2100;

    public record BaselineRequest(BigDecimal value, String referencePeriod) {
    }

    public record TargetRequest(String direction, BigDecimal value) {
    }

    /** area: "region", a subregion's name or a CBS code. */
    public record BaselineView(String indicator, String area, BigDecimal value, String referencePeriod) {
    }

    public record TargetView(String indicator, String areaLevel, String area, int targetYear, String direction, BigDecimal value) {
    }

    @Inject
    ReferencePointRepository points;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<BaselineView> baselines(String indicatorCode) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeBaselines"));
        Long id = indicatorCode == null || indicatorCode.isBlank() ? null : catalogue.require(indicatorCode).id();
        Map<Long, String> codes = codes();
        return points.baselines(id).stream().map(b -> view(codes.get(b.indicatorId()), b)).toList();
    }

    @Transactional
    public BaselineView setBaseline(String indicatorCode, String areaText, BaselineRequest request) {
        policy.require(policy.canCoordinate(currentActor.require()), Message.of("access.refused.setBaselines"));
        IndicatorDefinition indicator = catalogue.require(indicatorCode);
        AreaSelector area = area(areaText, indicator);
        if (request == null) {
            throw InvalidInputException.of("value", "baseline.shape");
        }
        BigDecimal value = value(indicator, request.value());
        Period reference = referencePeriod(indicator, request.referencePeriod());
        String areaCode = area.kind() == AreaSelector.Kind.REGION ? IndicatorValue.REGION_AREA : area.name();
        Baseline baseline = points.baseline(indicator.id(), areaCode).orElse(null);
        String old = baseline == null ? null : Json.object("value", baseline.value(), "referencePeriod", baseline.referencePeriod().toString());
        if (baseline == null) {
            baseline = new Baseline(indicator.id(), areaCode, value, reference);
            points.add(baseline);
        } else {
            baseline.change(value, reference);
        }
        audit.record("MONITORING_BASELINE_SET", "monitoring_baseline", indicator.code() + "/" + areaCode, old,
                Json.object("value", value, "referencePeriod", reference.toString()));
        return view(indicator.code(), baseline);
    }

    @Transactional
    public List<TargetView> targets(String indicatorCode) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeTargets"));
        Long id = indicatorCode == null || indicatorCode.isBlank() ? null : catalogue.require(indicatorCode).id();
        Map<Long, String> codes = codes();
        return points.targets(id).stream().map(t -> view(codes.get(t.indicatorId()), t)).toList();
    }

    @Transactional
    public TargetView setTarget(String indicatorCode, String areaText, String yearText, TargetRequest request) {
        policy.require(policy.canCoordinate(currentActor.require()), Message.of("access.refused.setTargets"));
        IndicatorDefinition indicator = catalogue.require(indicatorCode);
        AreaSelector area = area(areaText, indicator);
        int year = year(yearText);
        if (request == null) {
            throw InvalidInputException.of("direction", "target.shape");
        }
        Target.Direction direction = direction(request.direction());
        BigDecimal value = value(indicator, request.value());
        Target.AreaLevel level = Target.AreaLevel.valueOf(area.kind().name());
        String areaName = area.kind() == AreaSelector.Kind.REGION ? null : area.name();
        Target target = points.target(indicator.id(), level, areaName, year).orElse(null);
        String old = target == null ? null : Json.object("direction", target.direction(), "value", target.targetValue());
        if (target == null) {
            target = new Target(indicator.id(), level, areaName, year, direction, value);
            points.add(target);
        } else {
            target.change(direction, value);
        }
        audit.record("MONITORING_TARGET_SET", "monitoring_target", indicator.code() + "/" + area.name() + "/" + year, old,
                Json.object("direction", direction, "value", value));
        return view(indicator.code(), target);
    }


    private Map<Long, String> codes() {
        return indicators.all().stream().collect(Collectors.toMap(IndicatorDefinition::id, IndicatorDefinition::code,
                (a, b) -> a));
    }

    private AreaSelector area(String text, IndicatorDefinition indicator) {
        AreaSelector area = SeriesService.area(text, municipalities.all());
        if (indicator.entryLevel() == EntryLevel.REGION && area.kind() != AreaSelector.Kind.REGION) {
            throw InvalidInputException.of("area", "area.regionOnly", indicator.code());
        }
        return area;
    }

    /** The catalogue's type and bounds, as for entered values: no negative counts, scores 1-10, shares 0-100. */
    private static BigDecimal value(IndicatorDefinition indicator, BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of("value", "value.required");
        }
        ValueValidator.typeAndBoundsProblem(IndicatorRules.of(indicator), value).ifPresent(problem -> {
            throw new InvalidInputException(new FieldError("value", problem));
        });
        return value;
    }

    private Period referencePeriod(IndicatorDefinition indicator, String text) {
        Period period = periodRange.parse("referencePeriod", text);
        if (indicator.periodType() == PeriodType.YEAR && period.isQuarter()) {
            throw InvalidInputException.of("referencePeriod", "period.yearly", indicator.code());
        }
        if (period.start().isAfter(periodRange.today())) {
            throw InvalidInputException.of("referencePeriod", "baseline.future", period.toString());
        }
        return period;
    }

    private static int year(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("\\d{4}") || Integer.parseInt(trimmed) < FIRST_TARGET_YEAR || Integer.parseInt(trimmed) > LAST_TARGET_YEAR) {
            throw InvalidInputException.of("year", "target.year", Message.shorten(text), FIRST_TARGET_YEAR, LAST_TARGET_YEAR);
        }
        return Integer.parseInt(trimmed);
    }

    private static Target.Direction direction(String text) {
        String normal = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Target.Direction.valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("direction", "target.direction", Message.shorten(text));
        }
    }

    private static BaselineView view(String indicator, Baseline b) {
        String area = IndicatorValue.REGION_AREA.equals(b.areaCode()) ? AreaSelector.REGION : b.areaCode();
        return new BaselineView(indicator, area, b.value(), b.referencePeriod().toString());
    }

    private static TargetView view(String indicator, Target t) {
        return new TargetView(indicator, t.areaLevel().name(), t.areaName() == null ? AreaSelector.REGION : t.areaName(),
                t.targetYear(), t.direction().name(), t.targetValue());
    }
}
