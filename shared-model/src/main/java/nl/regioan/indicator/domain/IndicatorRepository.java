package nl.regioan.indicator.domain;

import java.util.List;
import java.util.Optional;

/** Reads the indicator catalogue. */
public interface IndicatorRepository {

    /** All indicators, ordered by level and code. */
    List<IndicatorDefinition> all();

    Optional<IndicatorDefinition> findByCode(String code);
}
