package nl.regioan.monitoring.value.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.period.domain.Period;

/** Stores values, their history and baselines. */
public interface ValueRepository {

    Optional<IndicatorValue> findById(long id);

    /** The values of one area (CBS code or REGION) in the given periods, any indicator. */
    List<IndicatorValue> ofArea(String areaCode, Collection<Period> periods);

    /** The values of the given indicators and periods for all areas. */
    List<IndicatorValue> ofIndicators(Collection<Long> indicatorIds, Collection<Period> periods);

    /**
     * Every submitted or approved, non-empty value of the given indicators in the given periods, all
     * areas, in one projection query (the batch aggregations read all indicators of a year at once).
     */
    List<CountedValue> countedValues(Collection<Long> indicatorIds, Collection<Period> periods);

    void add(IndicatorValue value);

    void addChange(ValueChange change);

    List<ValueChange> historyOf(IndicatorValue value);

    List<Baseline> baselinesOf(String areaCode);
}
