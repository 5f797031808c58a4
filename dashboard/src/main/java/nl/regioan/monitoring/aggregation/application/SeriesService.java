package nl.regioan.monitoring.aggregation.application;

import nl.regioan.shared.api.UnknownResourceException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.monitoring.aggregation.domain.Aggregate;
import nl.regioan.monitoring.aggregation.domain.AreaAggregator;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.aggregation.domain.AreaValue;
import nl.regioan.monitoring.aggregation.domain.TimeAggregator;
import nl.regioan.monitoring.catalogue.domain.DefinitionBreak;
import nl.regioan.monitoring.catalogue.domain.DefinitionVersionRepository;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.region.domain.RegionMembership;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Values of one indicator per period for a municipality, a subregion or the region, aggregated by
 * the indicator's rules (over quarters first, then over the municipalities that were members in
 * each period). Only submitted and approved values count; a period without values is reported as
 * missing with the number of areas that did report, never as zero. The dashboards build on this.
 */
@ApplicationScoped
public class SeriesService {

    @Inject
    PeriodRange periodRange;

    /** Weights for weighted means, where the catalogue has one: a share of workers weighs by workers, a survey score by respondents. */
    static final Map<String, String> WEIGHTS = Map.of(
            "WONEN_BIJ_WERK", "IW_WERKZAAM",
            "TEVR_LEVEN", "ENQ_RESPONS",
            "TEVR_WOONOMG", "ENQ_RESPONS",
            "GEZONDHEID", "ENQ_RESPONS",
            "AANDEEL_MKB", "VESTIGINGEN");
    private static final int MAX_PERIODS = 200;

    public enum Granularity { QUARTER, YEAR }

    /** value is written as null (not left out) when missing, so a chart never reads it as zero. */
    @jakarta.json.bind.annotation.JsonbNillable
    public record Point(String period, BigDecimal value, int reported, int expected, boolean missing) {
    }

    /** breaks: every definition change inside the periods (see DefinitionHistory), empty when there is none. */
    public record Series(String indicator, String unit, String area, String granularity, String timeAggregation,
                         String areaAggregation, List<Point> points,
                         List<DefinitionBreak> breaks) {
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ValueRepository values;

    @Inject
    DefinitionVersionRepository definitions;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public Series series(String indicatorCode, String areaText, String fromText, String toText, String granularityText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeDashboards"));
        IndicatorDefinition indicator = indicators.findByCode(indicatorCode == null ? "" : indicatorCode.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> InvalidInputException.of("indicator", "indicator.notInCatalogue", Message.shorten(indicatorCode)));
        Granularity granularity = granularity(granularityText, indicator);
        List<Period> periods = periods(fromText, toText, granularity);
        List<Municipality> all = municipalities.all();
        AreaSelector area = area(areaText, all, indicator);
        return compute(indicator, area, granularity, periods, all, load(List.of(indicator), periods));
    }

    /**
     * For the dashboards and the annual report, which read many series at once: the same figures for
     * an indicator, area and periods the caller has already read and checked (the caller checks access).
     * Prefer {@link #load} once plus {@link #seriesOf(IndicatorDefinition, AreaSelector, Granularity, List, List, LoadedValues)}.
     */
    public Series seriesOf(IndicatorDefinition indicator, AreaSelector area, Granularity granularity, List<Period> periods,
                           List<Municipality> all) {
        return compute(indicator, area, granularity, periods, all, load(List.of(indicator), periods));
    }

    /** The same figures as above, computed from values loaded beforehand with {@link #load}. */
    public Series seriesOf(IndicatorDefinition indicator, AreaSelector area, Granularity granularity, List<Period> periods,
                           List<Municipality> all, LoadedValues loaded) {
        return compute(indicator, area, granularity, periods, all, loaded);
    }

    /**
     * Reads, in one projection query, every counted value the given indicators (and their weights)
     * need for the given periods at any granularity: the periods themselves, their years and the
     * quarters of those years. Every area is read, so one load serves the region, each subregion
     * and each municipality.
     */
    public LoadedValues load(Collection<IndicatorDefinition> wanted, Collection<Period> periods) {
        Set<Long> ids = new LinkedHashSet<>();
        for (IndicatorDefinition indicator : wanted) {
            ids.add(indicator.id());
            weightOf(indicator).ifPresent(w -> ids.add(w.id()));
        }
        Set<Period> needed = new LinkedHashSet<>();
        for (Period p : periods) {
            needed.add(p);
            needed.add(p.yearPeriod());
            needed.addAll(p.yearPeriod().quartersOfYear());
        }
        return LoadedValues.of(values.countedValues(ids, needed), definitions.all());
    }

    Series compute(IndicatorDefinition indicator, AreaSelector area, Granularity granularity, List<Period> periods,
                   List<Municipality> all, LoadedValues known) {
        boolean rollUp = granularity == Granularity.YEAR && indicator.periodType() == PeriodType.QUARTER;
        IndicatorDefinition weight = weightOf(indicator).orElse(null);
        List<Point> points = new ArrayList<>();
        for (Period p : periods) {
            Aggregate aggregate;
            if (indicator.entryLevel() == EntryLevel.REGION) {
                aggregate = valueIn(indicator, IndicatorValue.REGION_AREA, p, rollUp, known);
            } else {
                List<AreaValue> areaValues = new ArrayList<>();
                for (Municipality m : area.membersDuring(all, p.start(), p.end())) {
                    Aggregate own = valueIn(indicator, m.cbsCode().value(), p, rollUp, known);
                    BigDecimal ownWeight = weight == null ? null : weightOf(weight, m.cbsCode().value(), p, known);
                    areaValues.add(new AreaValue(m.cbsCode().value(), own.missing() ? null : own.value(), ownWeight));
                }
                aggregate = AreaAggregator.aggregate(indicator.areaAggregation(), areaValues);
            }
            points.add(new Point(p.toString(), plain(aggregate.value()), aggregate.reported(), aggregate.expected(),
                    aggregate.missing()));
        }
        return new Series(indicator.code(), indicator.unit().name(), area.name(), granularity.name().toLowerCase(Locale.ROOT),
                indicator.timeAggregation().name(), indicator.areaAggregation().name(), points,
                known.breaksWithin(indicator.id(), periods));
    }

    /** The indicator whose values weigh a weighted mean, when the catalogue has one. */
    private java.util.Optional<IndicatorDefinition> weightOf(IndicatorDefinition indicator) {
        if (indicator.areaAggregation() != nl.regioan.indicator.domain.AreaAggregation.WEIGHTED_MEAN
                || !WEIGHTS.containsKey(indicator.code())) {
            return java.util.Optional.empty();
        }
        return indicators.findByCode(WEIGHTS.get(indicator.code()));
    }

    /** One area's value in a period: as entered, or its quarters aggregated to the year; a year with a missing quarter is missing. */
    private static Aggregate valueIn(IndicatorDefinition indicator, String areaCode, Period period, boolean rollUp,
                                     LoadedValues known) {
        if (!rollUp) {
            BigDecimal value = known.get(indicator.id(), areaCode, period);
            return new Aggregate(value, value == null ? 0 : 1, 1);
        }
        List<BigDecimal> quarters = period.quartersOfYear().stream()
                .map(q -> known.get(indicator.id(), areaCode, q)).toList();
        return TimeAggregator.aggregate(indicator.timeAggregation(), quarters);
    }

    private static BigDecimal weightOf(IndicatorDefinition weight, String areaCode, Period period, LoadedValues known) {
        Aggregate aggregate = weight.periodType() == PeriodType.YEAR
                ? valueIn(weight, areaCode, period.yearPeriod(), false, known)
                : valueIn(weight, areaCode, period.isYear() ? period : period.yearPeriod(), true, known);
        return aggregate.missing() ? null : aggregate.value();
    }

    private static Granularity granularity(String text, IndicatorDefinition indicator) {
        Granularity granularity;
        if (text == null || text.isBlank()) {
            granularity = indicator.periodType() == PeriodType.QUARTER ? Granularity.QUARTER : Granularity.YEAR;
        } else if (text.trim().equalsIgnoreCase("quarter")) {
            granularity = Granularity.QUARTER;
        } else if (text.trim().equalsIgnoreCase("year")) {
            granularity = Granularity.YEAR;
        } else {
            throw InvalidInputException.of("granularity", "granularity.allowed", Message.shorten(text));
        }
        if (granularity == Granularity.QUARTER && indicator.periodType() == PeriodType.YEAR) {
            throw InvalidInputException.of("granularity", "granularity.yearly", indicator.code());
        }
        return granularity;
    }

    private List<Period> periods(String fromText, String toText, Granularity granularity) {
        Period from = periodRange.parse("from", fromText);
        Period to = periodRange.parse("to", toText);
        if (granularity == Granularity.YEAR) {
            from = from.yearPeriod();
            to = to.yearPeriod();
        } else if (from.isYear() || to.isYear()) {
            from = from.isYear() ? Period.ofQuarter(from.year(), 1) : from;
            to = to.isYear() ? Period.ofQuarter(to.year(), 4) : to;
        }
        if (from.compareTo(to) > 0) {
            throw InvalidInputException.of("to", "range.toBeforeFrom", from.toString());
        }
        List<Period> periods = Period.range(from, to);
        if (periods.size() > MAX_PERIODS) {
            throw InvalidInputException.of("to", "range.maxPeriods", MAX_PERIODS);
        }
        return periods;
    }


    private static AreaSelector area(String text, List<Municipality> all, IndicatorDefinition indicator) {
        AreaSelector area = area(text, all);
        if (indicator.entryLevel() == EntryLevel.REGION && area.kind() != AreaSelector.Kind.REGION) {
            throw InvalidInputException.of("area", "area.regionOnly", indicator.code());
        }
        return area;
    }

    /** Reads area= ("region", a subregion's name or a known CBS code) with a 400/404 naming what is allowed. */
    public static AreaSelector area(String text, List<Municipality> all) {
        List<String> subregions = all.stream().flatMap(m -> m.memberships().stream()).map(RegionMembership::subregion)
                .map(s -> s.name()).distinct().sorted().toList();
        AreaSelector area;
        try {
            area = AreaSelector.parse(text == null ? AreaSelector.REGION : text, subregions);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("area", e);
        }
        if (area.kind() == AreaSelector.Kind.MUNICIPALITY && all.stream().noneMatch(m -> m.cbsCode().value().equals(area.name()))) {
            throw new UnknownResourceException("area", Message.of("municipality.unknownHere", area.name()));
        }
        return area;
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
