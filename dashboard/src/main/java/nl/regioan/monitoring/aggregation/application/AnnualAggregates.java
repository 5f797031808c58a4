package nl.regioan.monitoring.aggregation.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;
import nl.regioan.monitoring.aggregation.application.SeriesService.Granularity;
import nl.regioan.monitoring.aggregation.application.SeriesService.Series;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Every indicator's figure for one year and one area (the region, a subregion or a municipality),
 * computed from one batch read of the year's values by the same rules as a single series.
 * Indicators entered for the region as a whole only appear for area=region.
 */
@ApplicationScoped
public class AnnualAggregates {

    @Inject
    PeriodRange periodRange;


    /** One series of one point (the year) per indicator. */
    public record Aggregates(String period, String area, List<Series> indicators) {
    }

    @Inject
    SeriesService series;

    @Inject
    IndicatorRepository indicators;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public Aggregates of(String yearText, String areaText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeDashboards"));
        Period year = year(yearText);
        List<Municipality> all = municipalities.all();
        AreaSelector area = SeriesService.area(areaText == null || areaText.isBlank() ? AreaSelector.REGION : areaText, all);
        List<IndicatorDefinition> wanted = indicators.all().stream()
                .filter(i -> area.kind() == AreaSelector.Kind.REGION || i.entryLevel() == EntryLevel.MUNICIPALITY).toList();
        List<Period> periods = List.of(year);
        LoadedValues loaded = series.load(wanted, periods);
        List<Series> figures = wanted.stream()
                .map(i -> series.seriesOf(i, area, Granularity.YEAR, periods, all, loaded)).toList();
        return new Aggregates(year.toString(), area.name(), figures);
    }

    private Period year(String text) {
        String trimmed = text == null ? "" : text.trim();
        int year = periodRange.year("year", trimmed);
        int latest = periodRange.currentYear() + 1;
        if (year > latest) {
            throw InvalidInputException.of("year", "period.year.tooFarAhead", trimmed, periodRange.firstYear(), latest);
        }
        return Period.ofYear(year);
    }
}
