package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.housing.domain.LocationFilter;
import nl.regioan.monitoring.suggestion.domain.SuggestedValue;
import nl.regioan.monitoring.suggestion.domain.SuggestedValues;

/**
 * The register's proposal for the quarterly monitoring (issue 18): "known housing locations"
 * (HUISV_LOCATIES) and "places in known locations" (HUISV_PLEKKEN) of a municipality are the
 * locations in use at the quarter's end and their beds. Made from the locations the asker may read,
 * so a suggestion never reveals a location kept from them.
 */
@ApplicationScoped
public class ProposeHousingFigures implements SuggestedValues {

    static final String LOCATIONS = "HUISV_LOCATIES";
    static final String PLACES = "HUISV_PLEKKEN";
    private static final String SOURCE = "suggestion.source.housingRegister";

    @Inject
    HousingLocationRepository locations;

    @Inject
    AccessPolicy policy;

    @Override
    public List<SuggestedValue> suggest(Actor actor, long municipalityId, LocalDate day) {
        List<HousingLocation> inUse = locations.all(new LocationFilter(municipalityId, null, null, null),
                policy.readableBy(actor)).stream().filter(location -> location.details().inUseOn(day)).toList();
        List<SuggestedValue.Basis> counted = inUse.stream().map(location -> new SuggestedValue.Basis(location.name(),
                BigDecimal.ONE, "housing/location.html?id=" + location.id())).toList();
        List<SuggestedValue.Basis> beds = inUse.stream().map(location -> new SuggestedValue.Basis(location.name(),
                bedsOf(location.details()), "housing/location.html?id=" + location.id())).toList();
        BigDecimal places = beds.stream().map(SuggestedValue.Basis::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(new SuggestedValue(LOCATIONS, BigDecimal.valueOf(inUse.size()), SOURCE, counted),
                new SuggestedValue(PLACES, places, SOURCE, beds));
    }

    /** A location in use always has its beds (LocationInputs requires them); older unknowns count as none. */
    private static BigDecimal bedsOf(LocationDetails details) {
        return details.beds() == null ? BigDecimal.ZERO : BigDecimal.valueOf(details.beds());
    }
}
