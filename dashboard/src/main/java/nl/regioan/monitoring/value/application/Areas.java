package nl.regioan.monitoring.value.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.InvalidInputException;

/** Reads the area and period of a request ("GM0202" or "region"; "2024-Q3" or "2024") with clear errors. */
@ApplicationScoped
public class Areas {

    public static final String REGION_WORD = "region";

    @Inject
    MunicipalityRepository municipalities;

    public Area resolve(String field, String text) {
        if (REGION_WORD.equalsIgnoreCase(text == null ? "" : text.trim())) {
            return new Area(null, IndicatorValue.REGION_AREA, "Regio Arnhem-Nijmegen");
        }
        CbsCode code;
        try {
            code = CbsCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage() + ", or 'region'");
        }
        return municipalities.findByCbsCode(code)
                .map(m -> new Area(m.id(), m.cbsCode().value(), m.name()))
                .orElseThrow(() -> new NotFoundException("No municipality with CBS code " + code + " is known here."));
    }

    public static Period period(String field, String text) {
        try {
            return PeriodRange.now().parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
