package nl.regioan.housing.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.application.LocationCommand;
import nl.regioan.housing.application.ViewLocation;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.housing.domain.NormOutcome;
import nl.regioan.housing.domain.NormResult;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Builds the JSON records of locations, with the norm check in the reader's language. */
@RequestScoped
public class LocationViews {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ViewLocation view;

    @Inject
    RequestLanguage language;

    private Map<Long, Municipality> byId;

    /**
     * A location with its norm check. {@code details} has the shape a PUT takes back; {@code actions}
     * is what the reader may do with it (["edit"] or nothing), so pages draw only those controls.
     */
    @Schema(name = "HousingLocationView")
    public record LocationView(long id, LocationCommand details, String municipalityName, Integer residents,
                               List<NormView> norms, NormCounts normCounts, Instant createdAt, Instant updatedAt,
                               int revision, long version, List<String> actions) {
    }

    /** One norm's answer: MET, NOT_MET or UNKNOWN, with the failing figures or what is missing. */
    @Schema(name = "HousingNormView")
    public record NormView(String norm, String name, String outcome, List<String> findings) {
    }

    /** How many norms are met, not met and unknown. */
    @Schema(name = "HousingNormCounts")
    public record NormCounts(int met, int notMet, int unknown) {
    }

    /** One page of the register. */
    @Schema(name = "HousingLocationPage")
    public record LocationPage(int page, int size, int total, List<LocationView> locations) {
    }

    public LocationView of(Actor actor, HousingLocation location) {
        LocationDetails details = location.details();
        Municipality municipality = municipality(details.municipalityId());
        List<NormResult> results = view.norms(location);
        return new LocationView(location.id(), command(details), municipality == null ? null : municipality.name(),
                details.residents(), results.stream().map(this::norm).toList(), counts(results), location.createdAt(),
                location.updatedAt(), location.revision(), location.version(), view.actions(actor, location));
    }

    /** The details in the shape of a command, so a page can send them back changed. */
    public LocationCommand command(LocationDetails d) {
        Municipality municipality = municipality(d.municipalityId());
        return new LocationCommand(d.name(), d.address(), municipality == null ? null : municipality.cbsCode().value(),
                d.kind().name(), d.status().name(), text(d.permitAppliedOn()), text(d.permittedOn()),
                text(d.inUseFrom()), text(d.closedOn()), d.operator(), d.beds(),
                d.rooms().stream().map(r -> new LocationCommand.RoomCommand(r.area(), r.occupants(), r.couple())).toList(),
                d.averageRoomArea(), d.averageOccupants(), d.usableLivingArea(), d.snfCertified(),
                text(d.snfCertifiedOn()), text(d.snfExpiresOn()), d.manager() == null ? null : d.manager().name(),
                d.separateRentalContract(), d.minorsHoused(), d.sleepingPlaceSharedPerDay(), d.shortStays(),
                d.nightRegister(), List.copyOf(d.houseRulesLanguages()), List.copyOf(d.residentLanguages()),
                d.contactPerson(), d.linkedItemIds(), d.visibility().name());
    }

    private NormView norm(NormResult result) {
        return new NormView(result.norm().name(), language.text(Message.of("housing.normName." + result.norm().name())),
                result.outcome().name(), result.findings().stream().map(language::text).toList());
    }

    static NormCounts counts(List<NormResult> results) {
        return new NormCounts(count(results, NormOutcome.MET), count(results, NormOutcome.NOT_MET),
                count(results, NormOutcome.UNKNOWN));
    }

    private static int count(List<NormResult> results, NormOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    Municipality municipality(long id) {
        if (byId == null) {
            byId = new HashMap<>();
            municipalities.all().forEach(m -> byId.put(m.id(), m));
        }
        return byId.get(id);
    }
}
