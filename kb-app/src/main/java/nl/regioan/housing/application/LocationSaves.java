package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.Json;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.HousingNorms;
import nl.regioan.housing.domain.LocationSnapshot;
import nl.regioan.housing.domain.LocationVersion;
import nl.regioan.housing.domain.NormOutcome;

/**
 * What every save of a location does inside its transaction: the version row, the audit entry (with
 * how many norms the location meets), and a flush so a concurrent save fails here, not at commit.
 */
@ApplicationScoped
class LocationSaves {

    @Inject
    HousingLocationRepository locations;

    @Inject
    AuditTrail audit;

    @Inject
    ViewLocation view;

    @Inject
    Clock clock;

    void saved(Actor actor, HousingLocation location, String action, String oldValue) {
        // The location's UPDATE ... WHERE version = ? goes first: a concurrent save then fails on the
        // version (OptimisticLockException), not on the version row's unique key.
        locations.flush();
        locations.addVersion(new LocationVersion(location.id(), location.revision(),
                LocationSnapshot.toJson(location.details()), clock.instant(), actor.username(), action));
        long met = HousingNorms.check(location.details(), view.today()).stream()
                .filter(result -> result.outcome() == NormOutcome.MET).count();
        audit.record("housing.location." + action, "housing_location", location.id(), oldValue,
                Json.object("name", location.name(), "status", location.status().name(),
                        "revision", location.revision(), "normsMet", met));
        locations.flush();
    }
}
