package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;

/** Who may enter figures for an area: its own data steward, the region's stewards, the coordinator. */
@ApplicationScoped
public class EntryRights {

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    /** The current actor, when allowed to enter figures for {@code area}; refused otherwise. */
    public Actor requireEntry(KnownArea area) {
        Actor actor = currentActor.require();
        policy.require(area.isRegion() ? policy.canEnterRegionValues(actor)
                : policy.canEnterValuesFor(actor, area.municipalityId()), "enter figures for " + area.name());
        return actor;
    }
}
