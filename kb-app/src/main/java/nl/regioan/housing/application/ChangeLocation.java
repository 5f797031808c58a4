package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.Json;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * Saves a new version of a location, when the writer saw the current one (If-Match) and may write
 * for both its old and its new municipality.
 */
@ApplicationScoped
public class ChangeLocation {

    @Inject
    ViewLocation view;

    @Inject
    LocationInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    LocationSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public HousingLocation change(Actor actor, long id, long expectedVersion, LocationCommand command) {
        HousingLocation location = view.editable(actor, id);
        if (location.version() != expectedVersion) {
            throw new LocationConflictException(id, location.version());
        }
        LocationInputs.Checked checked = inputs.check(actor, command, location.municipalityId());
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        LocationDetails details = checked.details();
        policy.require(policy.canWriteLocationFor(actor, details.municipalityId()),
                Message.of("access.refused.locationForMunicipality"));
        String before = Json.object("name", location.name(), "status", location.status().name(),
                "revision", location.revision());
        location.change(details, clock.instant());
        saves.saved(actor, location, "edited", before);
        return location;
    }
}
