package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.region.domain.MunicipalityRepository;

/** Looks up the municipality an entry request names; an unknown CBS code is not found. */
@ApplicationScoped
public class KnownAreas {

    @Inject
    MunicipalityRepository municipalities;

    public KnownArea find(Area area) {
        if (area.isRegion()) {
            return KnownArea.region();
        }
        return municipalities.findByCbsCode(area.municipality())
                .map(m -> new KnownArea(m.id(), m.cbsCode().value(), m.name()))
                .orElseThrow(() -> new NotFoundException("No municipality with CBS code " + area.municipality()
                        + " is known here."));
    }
}
