package nl.regioan.dashboard.domain;

import java.util.List;
import java.util.Optional;

/** Baselines and targets as the monitoring feature stores them. */
public interface ReferenceRepository {

    /** The baseline of an indicator for an area: a CBS code, a subregion's name, or REGION. */
    Optional<Reference> baseline(long indicatorId, String areaCode);

    /** The targets of an indicator for the region (areaName null), a subregion or a municipality. */
    List<Target> targets(long indicatorId, String areaLevel, String areaName);

    /** How many values of these periods were submitted but not yet approved. */
    long unapprovedValues(List<String> periods);

    /** The target that applies in {@code year}: the first one due in or after it, else the latest one. */
    static Optional<Target> targetFor(List<Target> targets, int year) {
        return targets.stream().filter(t -> t.year() >= year).min(java.util.Comparator.comparingInt(Target::year))
                .or(() -> targets.stream().max(java.util.Comparator.comparingInt(Target::year)));
    }
}
