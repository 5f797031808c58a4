package nl.regioan.dashboard.application;

import nl.regioan.shared.api.UnknownResourceException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.dashboard.application.ReportViews.Completeness;
import nl.regioan.dashboard.application.ReportViews.Figure;
import nl.regioan.dashboard.application.ReportViews.Gap;
import nl.regioan.dashboard.application.ReportViews.Member;
import nl.regioan.dashboard.application.ReportViews.Report;
import nl.regioan.dashboard.application.ReportViews.ReportIndicator;
import nl.regioan.dashboard.application.ReportViews.SteeringLevel;
import nl.regioan.dashboard.application.ReportViews.ThemeSection;
import nl.regioan.dashboard.domain.AxisTicks;
import nl.regioan.dashboard.domain.Reference;
import nl.regioan.dashboard.domain.ReferenceRepository;
import nl.regioan.dashboard.domain.SteeringOverview;
import nl.regioan.dashboard.domain.Target;
import nl.regioan.dashboard.domain.Theme;
import nl.regioan.dashboard.domain.TileFigures;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.monitoring.aggregation.application.LoadedValues;
import nl.regioan.monitoring.aggregation.application.SeriesService;
import nl.regioan.monitoring.aggregation.application.SeriesService.Granularity;
import nl.regioan.monitoring.aggregation.application.SeriesService.Point;
import nl.regioan.monitoring.aggregation.application.SeriesService.Series;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;

/**
 * The data of the annual policy report for one year: per theme and indicator the region and
 * subregion figures against baseline and target, every member municipality's value, and the
 * completeness of the year's data said plainly. Membership is dated: a municipality counts for a
 * year when it was a member on at least one day of it (2024: 18 municipalities, 2025: 17).
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportYears reportYears;

    @Inject
    SeriesService seriesService;

    @Inject
    IndicatorRepository indicators;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ReferenceRepository references;

    @Inject
    DashboardService dashboards;

    @Inject
    AccessPolicy policy;

    /** The survey feature's chapter when it provides one; without it the report has none. */
    @Inject
    Instance<ReportSurveyChapter> surveyChapters;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public Report report(String yearText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeReport"));
        int year = reportYears.parse(yearText);
        Period period = Period.ofYear(year);
        List<Municipality> all = municipalities.all();
        List<Municipality> members = AreaSelector.region().membersDuring(all, period.start(), period.end());
        if (members.isEmpty()) {
            throw new UnknownResourceException("year", Message.of("report.noMembers", year));
        }
        List<String> subregions = DashboardService.subregions(all).stream()
                .filter(s -> !new AreaSelector(AreaSelector.Kind.SUBREGION, s).membersDuring(all, period.start(), period.end()).isEmpty())
                .toList();
        List<Period> trendYears = Period.range(period.yearsEarlier(DashboardService.TREND_YEARS - 1), period);
        Map<Theme, List<ReportIndicator>> byTheme = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            byTheme.put(theme, new ArrayList<>());
        }
        int expected = 0;
        int reported = 0;
        List<Gap> gaps = new ArrayList<>();
        List<SteeringOverview.Status> statuses = new ArrayList<>();
        List<IndicatorDefinition> catalogue = indicators.all();
        LoadedValues loaded = seriesService.load(catalogue, trendYears);
        for (IndicatorDefinition indicator : catalogue) {
            Series trendSeries = seriesService.seriesOf(indicator, AreaSelector.region(), Granularity.YEAR, trendYears, all, loaded);
            List<Point> trend = trendSeries.points();
            Point regionPoint = trend.get(trend.size() - 1);
            Figure region = new Figure(AreaSelector.REGION, AreaSelector.REGION, regionPoint.value(), regionPoint.reported(),
                    regionPoint.expected(), regionPoint.missing());
            List<Figure> subregionFigures = new ArrayList<>();
            List<Figure> municipalityFigures = new ArrayList<>();
            if (indicator.entryLevel() == EntryLevel.MUNICIPALITY) {
                for (String s : subregions) {
                    subregionFigures.add(figure(indicator, new AreaSelector(AreaSelector.Kind.SUBREGION, s), s, period, all, loaded));
                }
                List<String> missing = new ArrayList<>();
                for (Municipality m : members) {
                    Figure f = figure(indicator, new AreaSelector(AreaSelector.Kind.MUNICIPALITY, m.cbsCode().value()),
                            m.name(), period, all, loaded);
                    municipalityFigures.add(f);
                    expected++;
                    if (f.missing()) {
                        missing.add(m.name());
                    } else {
                        reported++;
                    }
                }
                if (!missing.isEmpty()) {
                    gaps.add(new Gap(indicator.code(), missing));
                }
            } else {
                expected++;
                if (region.missing()) {
                    gaps.add(new Gap(indicator.code(), List.of(AreaSelector.REGION)));
                } else {
                    reported++;
                }
            }
            Reference baseline = dashboards.baseline(indicator, AreaSelector.region());
            Target target = dashboards.target(indicator, AreaSelector.region(), year);
            TileFigures figures = TileFigures.of(DashboardService.references(trend), baseline, target);
            List<BigDecimal> drawn = new ArrayList<>();
            trend.forEach(p -> drawn.add(p.value()));
            boolean hasValues = drawn.stream().anyMatch(Objects::nonNull) || subregionFigures.stream().anyMatch(f -> f.value() != null)
                    || municipalityFigures.stream().anyMatch(f -> f.value() != null);
            drawn.add(baseline == null ? null : baseline.value());
            drawn.add(target == null ? null : target.value());
            byTheme.get(Theme.of(indicator.code())).add(new ReportIndicator(indicator.code(), indicator.nameNl(),
                    indicator.nameEn(), indicator.unit().name(), indicator.level().name(), region, subregionFigures,
                    municipalityFigures, baseline, target, figures, trend, trendSeries.breaks(), hasValues, AxisTicks.of(drawn)));
            statuses.add(new SteeringOverview.Status(indicator.code(), indicator.level(), figures.onTrack()));
        }
        List<String> yearPeriods = new ArrayList<>(List.of(period.toString()));
        period.quartersOfYear().forEach(q -> yearPeriods.add(q.toString()));
        long unapproved = references.unapprovedValues(yearPeriods);
        boolean hasData = byTheme.values().stream().flatMap(List::stream)
                .anyMatch(i -> i.region().reported() > 0 || i.municipalities().stream().anyMatch(f -> f.reported() > 0));
        Message statement = Message.of("report.completeness", reported, expected, year, expected - reported, unapproved);
        List<Member> memberRows = members.stream().map(m -> new Member(m.cbsCode().value(), m.name(),
                DashboardService.subregionOf(m, period))).toList();
        List<ThemeSection> themes = byTheme.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new ThemeSection(e.getKey().name(), e.getValue())).toList();
        return new Report(year, members.size(), memberRows, hasData,
                hasData ? null : Message.of("report.noData", year),
                new Completeness(expected, reported, unapproved, statement, gaps), themes,
                SteeringOverview.of(statuses).levels().stream().map(l -> new SteeringLevel(l.level().name(), l.onTrack(),
                        l.offTrack(), l.unknown())).toList(),
                surveyChapter().chapterFor(year).orElse(null));
    }

    private ReportSurveyChapter surveyChapter() {
        return surveyChapters.isResolvable() ? surveyChapters.get() : ReportSurveyChapter.NONE;
    }

    private Figure figure(IndicatorDefinition indicator, AreaSelector area, String label, Period year, List<Municipality> all,
                          LoadedValues loaded) {
        Point p = seriesService.seriesOf(indicator, area, Granularity.YEAR, List.of(year), all, loaded).points().get(0);
        return new Figure(area.name(), label, p.value(), p.reported(), p.expected(), p.missing());
    }
}
