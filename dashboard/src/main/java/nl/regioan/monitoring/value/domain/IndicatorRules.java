package nl.regioan.monitoring.value.domain;

import nl.regioan.indicator.domain.AreaAggregation;
import nl.regioan.indicator.domain.Bounds;
import nl.regioan.indicator.domain.EntryLevel;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.PeriodType;
import nl.regioan.indicator.domain.TimeAggregation;
import nl.regioan.indicator.domain.Unit;

/** What validation and aggregation need to know of a catalogue indicator. */
public record IndicatorRules(String code, Unit unit, PeriodType periodType, EntryLevel entryLevel, Bounds bounds,
                             TimeAggregation timeAggregation, AreaAggregation areaAggregation) {

    public static IndicatorRules of(IndicatorDefinition indicator) {
        return new IndicatorRules(indicator.code(), indicator.unit(), indicator.periodType(), indicator.entryLevel(),
                indicator.bounds(), indicator.timeAggregation(), indicator.areaAggregation());
    }
}
