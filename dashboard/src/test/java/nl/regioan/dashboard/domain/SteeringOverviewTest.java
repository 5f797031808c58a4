package nl.regioan.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.regioan.dashboard.domain.SteeringOverview.Level;
import nl.regioan.dashboard.domain.SteeringOverview.Status;
import nl.regioan.indicator.domain.IndicatorLevel;
import org.junit.jupiter.api.Test;

class SteeringOverviewTest {

    @Test
    void indicatorsAreSortedPerLevelByVerdictInTheirOwnOrder() {
        SteeringOverview overview = SteeringOverview.of(List.of(
                new Status("BANEN", IndicatorLevel.IMPACT, true),
                new Status("GEHUISVEST", IndicatorLevel.OUTPUT, false),
                new Status("AANDEEL_MKB", IndicatorLevel.IMPACT, null),
                new Status("WERKLOOSHEID", IndicatorLevel.IMPACT, true),
                new Status("PLEKKEN", IndicatorLevel.OUTPUT, true)));
        assertEquals(List.of(IndicatorLevel.OUTPUT, IndicatorLevel.COLLABORATION, IndicatorLevel.IMPACT),
                overview.levels().stream().map(Level::level).toList());
        Level output = overview.levels().get(0);
        assertEquals(List.of("PLEKKEN"), output.onTrack());
        assertEquals(List.of("GEHUISVEST"), output.offTrack());
        assertEquals(List.of(), output.unknown());
        Level impact = overview.levels().get(2);
        assertEquals(List.of("BANEN", "WERKLOOSHEID"), impact.onTrack());
        assertEquals(List.of("AANDEEL_MKB"), impact.unknown());
        assertEquals(3, impact.count());
    }

    @Test
    void aLevelWithoutIndicatorsIsStillThereAndEmpty() {
        Level collaboration = SteeringOverview.of(List.of()).levels().get(1);
        assertEquals(IndicatorLevel.COLLABORATION, collaboration.level());
        assertEquals(0, collaboration.count());
    }
}
