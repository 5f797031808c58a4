package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.Area;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

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

    /**
     * Values are kept only for periods in which the municipality belonged to the region (at least one
     * day of the period): a value for another period would be accepted and then shown nowhere.
     */
    public void requireMemberDuring(KnownArea area, Period period) {
        if (area.isRegion()) {
            return;
        }
        Municipality municipality = municipalities.findByCbsCode(CbsCode.of(area.code())).orElseThrow();
        if (!municipality.isMemberDuring(period.start(), period.end())) {
            Message reason = Message.of("value.notAMember", municipality.name(), area.code(), period.toString(),
                    municipality.describeMemberships());
            throw new InvalidInputException(List.of(new FieldError("cbsCode", reason), new FieldError("period", reason)));
        }
    }
}
