package nl.regioan.dashboard.application;

import java.math.BigDecimal;
import java.util.List;
import nl.regioan.monitoring.catalogue.domain.DefinitionBreak;
import nl.regioan.dashboard.domain.Reference;
import nl.regioan.dashboard.domain.Target;
import nl.regioan.dashboard.domain.TileFigures;
import nl.regioan.monitoring.aggregation.application.SeriesService.Point;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the dashboard endpoints answer (records, written as JSON by the REST layer). */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** One indicator's tile: its figures for the region and a small trend line. */
    public record Tile(String indicator, String nameNl, String nameEn, String unit, String level, String theme,
                       String granularity, TileFigures figures, int reported, int expected, List<Point> trend,
                       List<DefinitionBreak> breaks) {
    }

    public record TileGroup(String level, String theme, List<Tile> tiles) {
    }

    @Schema(name = "DashboardOverview")

    public record Overview(String period, List<TileGroup> groups) {
    }

    /** A trend line of one area: the region, a subregion or a municipality. */
    public record AreaSeries(String area, String label, List<Point> points, List<DefinitionBreak> breaks) {
    }

    /** One municipality's value in the comparison of one period; perThousand only where a population figure exists. */
    public record ComparisonRow(String cbsCode, String name, String subregion, BigDecimal value, boolean missing,
                                BigDecimal perThousand) {
    }

    public record Comparison(String period, boolean perThousandAvailable, List<ComparisonRow> rows) {
    }

    public record IndicatorPage(String indicator, String nameNl, String nameEn, String unit, String level, String theme,
                                String granularity, String from, String to, List<AreaSeries> series, Reference baseline,
                                Target target, TileFigures figures, Comparison comparison) {
    }

    /** One indicator of a municipality against its own baseline and against the region in the same period. */
    /**
     * @param source       where the latest figure came from when CBS published it (null for figures the municipality entered)
     * @param perThousand  the count per 1,000 inhabitants beside its peers and the region; null for shares, scores and amounts
     */
    public record MunicipalityIndicator(String indicator, String nameNl, String nameEn, String unit, String level,
                                        String theme, TileFigures figures, BigDecimal regionValue, List<Point> trend,
                                        nl.regioan.monitoring.value.application.FormView.Source source,
                                        PerThousandComparison perThousand) {
    }

    /** One figure per 1,000 inhabitants; missing when a count or a population of 1 January is missing. */
    public record PeerFigure(String cbsCode, BigDecimal value, boolean missing) {
    }

    /** The municipality's count per 1,000 inhabitants, its peers' (in the order of {@code peers}) and the region's. */
    public record PerThousandComparison(BigDecimal value, boolean missing, List<PeerFigure> peers, BigDecimal region,
                                        boolean regionMissing) {
    }

    /** A municipality of similar size, with its population of 1 January of the page's year. */
    public record Peer(String cbsCode, String name, BigDecimal population) {
    }

    /** How many of the municipality's indicators have a complete value for the period. */
    public record MunicipalityCompleteness(String period, int reported, int expected) {
    }

    /**
     * @param population the population of 1 January of the page's year; null when it is missing (then there are no peers)
     * @param peers      the nearest four members by population, nearest first
     */
    public record MunicipalityPage(String cbsCode, String name, String subregion, String period,
                                   MunicipalityCompleteness completeness, List<MunicipalityIndicator> indicators,
                                   BigDecimal population, List<Peer> peers) {
    }
}
