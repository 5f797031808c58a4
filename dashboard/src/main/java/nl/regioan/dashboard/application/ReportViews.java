package nl.regioan.dashboard.application;

import nl.regioan.shared.api.Message;
import java.math.BigDecimal;
import java.util.List;
import nl.regioan.monitoring.catalogue.domain.DefinitionBreak;
import nl.regioan.dashboard.domain.AxisTicks;
import nl.regioan.dashboard.domain.Reference;
import nl.regioan.dashboard.domain.Target;
import nl.regioan.dashboard.domain.TileFigures;
import nl.regioan.monitoring.aggregation.application.SeriesService.Point;

/** What the annual report endpoint answers. */
public final class ReportViews {

    private ReportViews() {
    }

    /** A figure with how many areas (or quarters) it rests on; incomplete when fewer reported than expected. */
    public record Figure(String area, String label, BigDecimal value, int reported, int expected, boolean missing) {
    }

    public record Member(String cbsCode, String name, String subregion) {
    }

    /**
     * One indicator in the report: region and subregions against baseline and target, and each municipality.
     *
     * @param hasValues false when no year of the trend and no area has a value: the report lists it instead of a chart and table
     * @param axis      the chart's value axis with round ticks
     */
    public record ReportIndicator(String indicator, String nameNl, String nameEn, String unit, String level,
                                  Figure region, List<Figure> subregions, List<Figure> municipalities,
                                  Reference baseline, Target target, TileFigures figures, List<Point> trend,
                                  List<DefinitionBreak> breaks, boolean hasValues, AxisTicks axis) {
    }

    /** One monitoring level on the steering group's page: indicator codes by on-track verdict. */
    public record SteeringLevel(String level, List<String> onTrack, List<String> offTrack, List<String> unknown) {
    }

    public record ThemeSection(String theme, List<ReportIndicator> indicators) {
    }

    /** Per indicator, which member municipalities have no value for the year (or not for every quarter). */
    public record Gap(String indicator, List<String> municipalities) {
    }

    /**
     * @param expectedValues every (indicator, municipality) pair the year should have, plus region-level indicators
     * @param reportedValues how many of those have a complete value
     * @param unapprovedValues values of the year's periods that were submitted but are not yet approved
     * @param statement      the same in one plain English sentence (the page words it in the reader's language)
     */
    public record Completeness(int expectedValues, int reportedValues, long unapprovedValues, Message statement,
                               List<Gap> gaps) {
    }

    /**
     * @param steering per level (output, collaboration, impact) what is on track, what is not and what is unknown
     * @param survey   the collaboration survey's results chapter, null when the year has none
     */
    public record Report(int year, int municipalityCount, List<Member> municipalities, boolean hasData, Message message,
                         Completeness completeness, List<ThemeSection> themes, List<SteeringLevel> steering,
                         ReportSurveyChapter.SurveyChapter survey) {
    }
}
