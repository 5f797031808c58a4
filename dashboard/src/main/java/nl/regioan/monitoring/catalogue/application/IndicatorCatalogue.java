package nl.regioan.monitoring.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Locale;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.indicator.domain.IndicatorRepository;

/** The one lookup of an indicator by the code a request names (any case, blanks around it ignored). */
@ApplicationScoped
public class IndicatorCatalogue {

    @Inject
    IndicatorRepository indicators;

    /** The indicator with this code; not found when the catalogue has none. */
    public IndicatorDefinition require(String code) {
        String normal = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return indicators.findByCode(normal).orElseThrow(() -> new NotFoundException("There is no indicator '" + code
                + "' in the catalogue; GET /api/v1/indicators lists the codes, such as WONEN_BIJ_WERK."));
    }
}
