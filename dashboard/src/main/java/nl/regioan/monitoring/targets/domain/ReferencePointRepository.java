package nl.regioan.monitoring.targets.domain;

import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.value.domain.Baseline;

/** Stores the baselines and targets the coordinator sets. */
public interface ReferencePointRepository {

    /** Every baseline, or those of one indicator when indicatorId is not null. */
    List<Baseline> baselines(Long indicatorId);

    Optional<Baseline> baseline(long indicatorId, String areaCode);

    void add(Baseline baseline);

    /** Every target, or those of one indicator when indicatorId is not null. */
    List<Target> targets(Long indicatorId);

    Optional<Target> target(long indicatorId, Target.AreaLevel level, String areaName, int year);

    void add(Target target);
}
