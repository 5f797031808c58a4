package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/** Adds a location to the register: checked input, the writer's municipality, version 1 and the audit log, in one transaction. */
@ApplicationScoped
public class RegisterLocation {

    @Inject
    LocationInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    HousingLocationRepository locations;

    @Inject
    LocationSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public HousingLocation register(Actor actor, LocationCommand command) {
        LocationInputs.Checked checked = inputs.check(actor, command);
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        LocationDetails details = checked.details();
        policy.require(policy.canWriteLocationFor(actor, details.municipalityId()),
                Message.of("access.refused.locationForMunicipality"));
        HousingLocation location = new HousingLocation(details, actor.accountId(), clock.instant());
        locations.add(location);
        locations.flush(); // the id is needed for the version row
        saves.saved(actor, location, "created", null);
        return location;
    }
}
