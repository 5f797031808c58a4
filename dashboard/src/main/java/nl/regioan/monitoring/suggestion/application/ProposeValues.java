package nl.regioan.monitoring.suggestion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.suggestion.domain.SuggestedValue;
import nl.regioan.monitoring.suggestion.domain.SuggestedValues;
import nl.regioan.monitoring.value.application.KnownArea;
import nl.regioan.monitoring.value.application.KnownAreas;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * The values proposed for a municipality's quarter by every {@link SuggestedValues} the application
 * has, as of the quarter's last day, for those who may see that municipality's figures.
 */
@ApplicationScoped
public class ProposeValues {

    @Inject
    KnownAreas areas;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    Instance<SuggestedValues> sources;

    @Transactional
    public List<SuggestedValue> propose(Area requested, Period period) {
        KnownArea area = areas.find(requested);
        Actor actor = currentActor.require();
        policy.require(policy.canViewValueDetailsOf(actor, area.municipalityId()),
                Message.of("access.refused.seeFigures", area.name()));
        if (area.isRegion()) {
            throw InvalidInputException.of("cbsCode", "suggestion.area.municipality");
        }
        if (!period.isQuarter()) {
            throw InvalidInputException.of("period", "suggestion.period.quarter");
        }
        List<SuggestedValue> values = new ArrayList<>();
        for (SuggestedValues source : sources) {
            values.addAll(source.suggest(actor, area.municipalityId(), period.end()));
        }
        return values;
    }
}
