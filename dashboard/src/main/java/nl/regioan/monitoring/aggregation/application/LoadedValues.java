package nl.regioan.monitoring.aggregation.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioan.monitoring.catalogue.domain.DefinitionBreak;
import nl.regioan.monitoring.catalogue.domain.DefinitionHistory;
import nl.regioan.monitoring.catalogue.domain.DefinitionVersion;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.CountedValue;

/**
 * The counted values (and the indicators' definition versions) read for one or many series at once, looked up by indicator, area and
 * period while the aggregation rules run. Built from one projection query, so computing every
 * indicator for every area costs one database round trip instead of one per indicator.
 */
public final class LoadedValues {

    private record Key(long indicatorId, String areaCode, String period) {
    }

    private final Map<Key, BigDecimal> values;
    private final Map<Long, List<DefinitionVersion>> definitions;

    private LoadedValues(Map<Key, BigDecimal> values, Map<Long, List<DefinitionVersion>> definitions) {
        this.values = values;
        this.definitions = definitions;
    }

    public static LoadedValues of(List<CountedValue> counted, List<DefinitionVersion> definitions) {
        Map<Key, BigDecimal> map = new HashMap<>(counted.size() * 2);
        for (CountedValue v : counted) {
            map.put(new Key(v.indicatorId(), v.areaCode(), v.period()), v.value());
        }
        return new LoadedValues(map, definitions.stream().collect(Collectors.groupingBy(DefinitionVersion::indicatorId)));
    }

    /** The definition changes inside the periods, so a series never mixes definitions without saying so. */
    List<DefinitionBreak> breaksWithin(long indicatorId, List<Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return DefinitionHistory.breaksWithin(definitions.getOrDefault(indicatorId, List.of()),
                periods.get(0).start(), periods.get(periods.size() - 1).end());
    }

    /** The value, or null when the area has not handed one in for that period. */
    BigDecimal get(long indicatorId, String areaCode, Period period) {
        return values.get(new Key(indicatorId, areaCode, period.toString()));
    }

    public int size() {
        return values.size();
    }
}
