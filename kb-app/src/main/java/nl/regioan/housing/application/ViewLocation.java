package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.HousingNorms;
import nl.regioan.housing.domain.LocationVersion;
import nl.regioan.housing.domain.NormResult;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;

/**
 * Reads one location with its norm check, and its history. A location the reader may not see is
 * answered as not found, so its existence is not revealed (as for knowledge items).
 */
@ApplicationScoped
public class ViewLocation {

    static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    HousingLocationRepository locations;

    @Inject
    AccessPolicy policy;

    @Inject
    Clock clock;

    public HousingLocation read(Actor actor, long id) {
        return locations.find(id).filter(location -> policy.canRead(actor, location.access()))
                .orElseThrow(() -> new UnknownResourceException("id", Message.of("housing.location.notFound", id)));
    }

    /** For changes: not readable is 404, readable but not the actor's to change is 403. */
    public HousingLocation editable(Actor actor, long id) {
        HousingLocation location = read(actor, id);
        policy.require(policy.canEditLocation(actor, location.access()), Message.of("access.refused.changeLocation"));
        return location;
    }

    public List<LocationVersion> history(Actor actor, long id) {
        read(actor, id);
        return locations.versions(id);
    }

    /** The norm check as of today (an SNF certificate expires while the record stays the same). */
    public List<NormResult> norms(HousingLocation location) {
        return HousingNorms.check(location.details(), today());
    }

    public List<String> actions(Actor actor, HousingLocation location) {
        return policy.locationActions(actor, location.access());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(REGION_ZONE));
    }
}
