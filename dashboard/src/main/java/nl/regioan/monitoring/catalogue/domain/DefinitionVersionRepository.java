package nl.regioan.monitoring.catalogue.domain;

import java.util.List;

/** Stores indicator definition versions. */
public interface DefinitionVersionRepository {

    /** Every version of every indicator: a small table, read whole so a batch of series needs one query. */
    List<DefinitionVersion> all();

    List<DefinitionVersion> of(long indicatorId);

    void add(DefinitionVersion version);
}
