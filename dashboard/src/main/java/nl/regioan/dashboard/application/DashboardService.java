package nl.regioan.dashboard.application;

import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.shared.api.UnknownResourceException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.dashboard.application.DashboardViews.AreaSeries;
import nl.regioan.dashboard.application.DashboardViews.Comparison;
import nl.regioan.dashboard.application.DashboardViews.ComparisonRow;
import nl.regioan.dashboard.application.DashboardViews.IndicatorPage;
import nl.regioan.dashboard.application.DashboardViews.Overview;
import nl.regioan.dashboard.application.DashboardViews.Tile;
import nl.regioan.dashboard.application.DashboardViews.TileGroup;
import nl.regioan.dashboard.domain.Reference;
import nl.regioan.dashboard.domain.ReferenceRepository;
import nl.regioan.dashboard.domain.Target;
import nl.regioan.dashboard.domain.Theme;
import nl.regioan.dashboard.domain.TileFigures;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.monitoring.catalogue.application.IndicatorCatalogue;
import nl.regioan.monitoring.aggregation.application.LoadedValues;
import nl.regioan.monitoring.aggregation.application.SeriesService;
import nl.regioan.monitoring.aggregation.application.SeriesService.Granularity;
import nl.regioan.monitoring.aggregation.application.SeriesService.Point;
import nl.regioan.monitoring.aggregation.application.SeriesService.Series;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.InvalidInputException;

/** The region overview (tiles) and the indicator page (trend lines, reference lines and a comparison). */
@ApplicationScoped
public class DashboardService {

    @Inject
    PeriodRange periodRange;

    /** Five years on a tile's trend line, twelve quarters for quarterly indicators. */
    static final int TREND_YEARS = 5;
    static final int TREND_QUARTERS = 12;
    static final int MAX_AREAS = 25;

    @Inject
    SeriesService seriesService;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorCatalogue indicatorCatalogue;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ReferenceRepository references;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public Overview overview(String periodText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeDashboards"));
        Period period = periodRange.parseOr("period", periodText, periodRange.lastCompleteYear());
        List<Municipality> all = municipalities.all();
        List<IndicatorDefinition> catalogue = indicators.all();
        // One batch read: five years of values also hold the twelve quarters of a quarterly trend line.
        LoadedValues loaded = seriesService.load(catalogue, Period.range(period.yearPeriod().yearsEarlier(TREND_YEARS - 1),
                period.yearPeriod()));
        Map<String, List<Tile>> groups = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : catalogue) {
            boolean quarterly = period.isQuarter() && indicator.periodType() == nl.regioan.indicator.domain.PeriodType.QUARTER;
            Granularity granularity = quarterly ? Granularity.QUARTER : Granularity.YEAR;
            Period to = quarterly ? period : period.yearPeriod();
            Period from = quarterly ? to.previous(TREND_QUARTERS - 1).get(TREND_QUARTERS - 2) : to.yearsEarlier(TREND_YEARS - 1);
            Series series = seriesService.seriesOf(indicator, AreaSelector.region(), granularity, Period.range(from, to), all, loaded);
            TileFigures figures = TileFigures.of(references(series.points()), baseline(indicator, AreaSelector.region()),
                    target(indicator, AreaSelector.region(), to.year()));
            Point last = series.points().get(series.points().size() - 1);
            Theme theme = Theme.of(indicator.code());
            groups.computeIfAbsent(indicator.level().name() + "|" + theme.name(), k -> new ArrayList<>())
                    .add(new Tile(indicator.code(), indicator.nameNl(), indicator.nameEn(), indicator.unit().name(),
                            indicator.level().name(), theme.name(), series.granularity(), figures, last.reported(),
                            last.expected(), series.points(), series.breaks()));
        }
        List<TileGroup> result = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing((String k) -> levelOrder(k.split("\\|")[0]))
                        .thenComparing(k -> Theme.valueOf(k.split("\\|")[1]).ordinal())))
                .forEach(e -> result.add(new TileGroup(e.getKey().split("\\|")[0], e.getKey().split("\\|")[1], e.getValue())));
        return new Overview(period.toString(), result);
    }

    @Transactional
    public IndicatorPage indicator(String code, String areasText, String fromText, String toText, String granularityText,
                                   String periodText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeDashboards"));
        IndicatorDefinition indicator = indicatorCatalogue.require(code);
        Granularity granularity = Periods.granularity(granularityText, indicator);
        List<Municipality> members = municipalities.all();
        Period to = toText == null || toText.isBlank() ? latestWithData(indicator, granularity, members)
                : Periods.as(granularity, periodRange.parseOr("to", toText, periodRange.lastCompleteYear()), false);
        Period defaultFrom = granularity == Granularity.YEAR ? to.yearsEarlier(TREND_YEARS - 1)
                : to.previous(TREND_QUARTERS - 1).get(TREND_QUARTERS - 2);
        Period from = Periods.as(granularity, periodRange.parseOr("from", fromText, defaultFrom), true);
        List<Period> periods = Periods.range("from", from, to);
        Period comparisonPeriod = Periods.as(granularity, periodRange.parseOr("period", periodText, to), false);
        List<Municipality> all = members;
        List<String> subregions = subregions(all);
        List<Period> loadPeriods = new ArrayList<>(periods);
        loadPeriods.add(comparisonPeriod);
        LoadedValues loaded = seriesService.load(List.of(indicator), loadPeriods);

        List<AreaSeries> series = new ArrayList<>();
        for (AreaSelector area : areas(areasText, indicator, subregions, all)) {
            Series s = seriesService.seriesOf(indicator, area, granularity, periods, all, loaded);
            series.add(new AreaSeries(area.name(), label(area, all), s.points(), s.breaks()));
        }
        Reference baseline = baseline(indicator, AreaSelector.region());
        Target target = target(indicator, AreaSelector.region(), to.year());
        Series region = series.stream().anyMatch(s -> s.area().equals(AreaSelector.REGION))
                ? null : seriesService.seriesOf(indicator, AreaSelector.region(), granularity, periods, all, loaded);
        List<Point> regionPoints = region != null ? region.points()
                : series.stream().filter(s -> s.area().equals(AreaSelector.REGION)).findFirst().orElseThrow().points();
        TileFigures figures = TileFigures.of(references(regionPoints), baseline, target);
        return new IndicatorPage(indicator.code(), indicator.nameNl(), indicator.nameEn(), indicator.unit().name(),
                indicator.level().name(), Theme.of(indicator.code()).name(), granularity.name().toLowerCase(Locale.ROOT),
                from.toString(), to.toString(), series, baseline, target, figures,
                comparison(indicator, granularity, comparisonPeriod, all, loaded));
    }

    /**
     * The default end of an indicator page: the last complete year, or a later period of the current
     * year once it has figures (just approved figures show at once instead of as "missing").
     */
    private Period latestWithData(IndicatorDefinition indicator, Granularity granularity, List<Municipality> all) {
        Period lastYear = Periods.as(granularity, periodRange.lastCompleteYear(), false);
        Period current = periodRange.lastCompleteYear().next();
        List<Period> thisYear = granularity == Granularity.YEAR ? List.of(current) : current.quartersOfYear();
        LoadedValues loaded = seriesService.load(List.of(indicator), thisYear);
        List<Point> points = seriesService.seriesOf(indicator, AreaSelector.region(), granularity, thisYear, all, loaded).points();
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).value() != null) {
                return Period.parse(points.get(i).period());
            }
        }
        return lastYear;
    }

    /** All indicators of one municipality against its baseline and the region, and how complete its figures are. */
    @Transactional
    public DashboardViews.MunicipalityPage municipality(String cbsCode, String periodText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeDashboards"));
        Period to = periodRange.parseOr("period", periodText, periodRange.lastCompleteYear()).yearPeriod();
        List<Municipality> all = municipalities.all();
        String code = cbsCode == null ? "" : cbsCode.trim().toUpperCase(Locale.ROOT);
        Municipality municipality = all.stream().filter(m -> m.cbsCode().value().equals(code) && !m.memberships().isEmpty())
                .findFirst().orElseThrow(() -> new UnknownResourceException("cbsCode", Message.of("municipality.neverMember", Message.shorten(cbsCode))));
        AreaSelector own = new AreaSelector(AreaSelector.Kind.MUNICIPALITY, code);
        List<Period> years = Period.range(to.yearsEarlier(TREND_YEARS - 1), to);
        List<DashboardViews.MunicipalityIndicator> rows = new ArrayList<>();
        int reported = 0;
        List<IndicatorDefinition> catalogue = indicators.all();
        LoadedValues loaded = seriesService.load(catalogue, years);
        for (IndicatorDefinition indicator : catalogue) {
            if (indicator.entryLevel() != EntryLevel.MUNICIPALITY) {
                continue;
            }
            List<Point> trend = seriesService.seriesOf(indicator, own, Granularity.YEAR, years, all, loaded).points();
            Point region = seriesService.seriesOf(indicator, AreaSelector.region(), Granularity.YEAR, List.of(to), all, loaded)
                    .points().get(0);
            if (!trend.get(trend.size() - 1).missing()) {
                reported++;
            }
            TileFigures figures = TileFigures.of(references(trend), baseline(indicator, own), target(indicator, own, to.year()));
            rows.add(new DashboardViews.MunicipalityIndicator(indicator.code(), indicator.nameNl(), indicator.nameEn(),
                    indicator.unit().name(), indicator.level().name(), Theme.of(indicator.code()).name(), figures,
                    region.value(), trend));
        }
        return new DashboardViews.MunicipalityPage(code, municipality.name(), subregionOf(municipality, to), to.toString(),
                new DashboardViews.MunicipalityCompleteness(to.toString(), reported, rows.size()), rows);
    }

    /**
     * Every member municipality's value in one period. No population figure is in the catalogue yet,
     * so values per 1,000 inhabitants are not offered (perThousandAvailable false) rather than guessed.
     */
    private Comparison comparison(IndicatorDefinition indicator, Granularity granularity, Period period, List<Municipality> all,
                                  LoadedValues loaded) {
        List<ComparisonRow> rows = new ArrayList<>();
        if (indicator.entryLevel() == EntryLevel.MUNICIPALITY) {
            for (Municipality m : AreaSelector.region().membersDuring(all, period.start(), period.end())) {
                Point point = seriesService.seriesOf(indicator, new AreaSelector(AreaSelector.Kind.MUNICIPALITY,
                        m.cbsCode().value()), granularity, List.of(period), all, loaded).points().get(0);
                rows.add(new ComparisonRow(m.cbsCode().value(), m.name(), subregionOf(m, period), point.value(),
                        point.missing(), null));
            }
        }
        return new Comparison(period.toString(), false, rows);
    }


    private List<AreaSelector> areas(String text, IndicatorDefinition indicator, List<String> subregions, List<Municipality> all) {
        List<AreaSelector> areas = new ArrayList<>();
        if (text == null || text.isBlank()) {
            areas.add(AreaSelector.region());
            if (indicator.entryLevel() == EntryLevel.MUNICIPALITY) {
                subregions.forEach(s -> areas.add(new AreaSelector(AreaSelector.Kind.SUBREGION, s)));
            }
            return areas;
        }
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            AreaSelector area;
            try {
                area = AreaSelector.parse(part, subregions);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("areas", e);
            }
            if (area.kind() == AreaSelector.Kind.MUNICIPALITY && all.stream().noneMatch(m -> m.cbsCode().value().equals(area.name()))) {
                throw InvalidInputException.of("areas", "area.notMunicipality", area.name());
            }
            if (indicator.entryLevel() == EntryLevel.REGION && area.kind() != AreaSelector.Kind.REGION) {
                throw InvalidInputException.of("areas", "area.regionOnly", indicator.code());
            }
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        if (areas.isEmpty() || areas.size() > MAX_AREAS) {
            throw InvalidInputException.of("areas", "areas.count", MAX_AREAS);
        }
        return areas;
    }

    static List<Reference> references(List<Point> points) {
        return points.stream().map(p -> new Reference(p.period(), p.value())).toList();
    }

    Reference baseline(IndicatorDefinition indicator, AreaSelector area) {
        String code = area.kind() == AreaSelector.Kind.REGION ? IndicatorValue.REGION_AREA : area.name();
        return references.baseline(indicator.id(), code).orElse(null);
    }

    Target target(IndicatorDefinition indicator, AreaSelector area, int year) {
        return ReferenceRepository.targetFor(references.targets(indicator.id(), area.kind().name(),
                area.kind() == AreaSelector.Kind.REGION ? null : area.name()), year).orElse(null);
    }

    static List<String> subregions(List<Municipality> all) {
        return all.stream().flatMap(m -> m.memberships().stream()).map(ms -> ms.subregion().name()).distinct().sorted().toList();
    }

    static String subregionOf(Municipality m, Period period) {
        return m.memberships().stream().filter(ms -> ms.overlaps(period.start(), period.end()))
                .reduce((a, b) -> b).map(ms -> ms.subregion().name()).orElse("");
    }

    private static String label(AreaSelector area, List<Municipality> all) {
        if (area.kind() != AreaSelector.Kind.MUNICIPALITY) {
            return area.name();
        }
        return all.stream().filter(m -> m.cbsCode().value().equals(area.name())).map(Municipality::name).findFirst().orElse(area.name());
    }

    static int levelOrder(String level) {
        return switch (level) {
            case "OUTPUT" -> 0;
            case "COLLABORATION" -> 1;
            default -> 2;
        };
    }
}
