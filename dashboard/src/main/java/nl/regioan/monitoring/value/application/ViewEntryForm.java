package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Area;

/** Reads the entry form of one area and period, for those who may see that area's figures. */
@ApplicationScoped
public class ViewEntryForm {

    @Inject
    KnownAreas areas;

    @Inject
    EntryForms forms;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public FormView view(Area requested, Period period) {
        KnownArea area = areas.find(requested);
        policy.require(policy.canViewValueDetailsOf(currentActor.require(), area.municipalityId()),
                "see the figures of " + area.name());
        return forms.build(area, period);
    }
}
