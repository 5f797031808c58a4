package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueChange;
import nl.regioan.monitoring.value.domain.ValueRepository;

/** The history of one value, oldest first; a value the reader may not see is not found. */
@ApplicationScoped
public class ReadValueHistory {

    @Inject
    ValueRepository values;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public List<ValueChange> of(long valueId) {
        IndicatorValue value = values.findById(valueId)
                .orElseThrow(() -> new NotFoundException("No value with id " + valueId + "."));
        if (!policy.canViewValueDetailsOf(currentActor.require(), value.municipalityId())) {
            throw new NotFoundException("No value with id " + valueId + ".");
        }
        return values.historyOf(value);
    }
}
