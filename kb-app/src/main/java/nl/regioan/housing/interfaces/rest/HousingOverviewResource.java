package nl.regioan.housing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.housing.application.SummariseRegister;
import nl.regioan.housing.domain.RegisterOverview;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinator's overview of the register: per municipality and kind, beds, and how many locations meet each norm. */
@Tag(name = "Housing")
@Path("housing/overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HousingOverviewResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SummariseRegister summarise;

    @Inject
    LocationViews views;

    @Inject
    RequestLanguage language;

    /** The overview; {@code inUse} counts the locations in use today. */
    @Schema(name = "HousingOverview")
    public record OverviewView(int locations, int beds, List<GroupView> groups, List<NormTallyView> norms) {
    }

    /** Locations of one municipality and kind. */
    @Schema(name = "HousingOverviewGroup")
    public record GroupView(String municipality, String municipalityName, String kind, int locations, int beds,
                            int inUse) {
    }

    /** How many locations meet, fail and leave unknown one norm. */
    @Schema(name = "HousingNormTally")
    public record NormTallyView(String norm, String name, int met, int notMet, int unknown) {
    }

    @Operation(operationId = "getHousingOverview", summary = "Locations and beds per municipality and kind, and how many meet each norm")
    @Extension(name = "x-roles", value = "coordinator,steering,editor")
    @GET
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.STEERING, Role.Names.EDITOR})
    public OverviewView overview() {
        RegisterOverview overview = summarise.overview(currentActor.require());
        return new OverviewView(overview.locations(), overview.beds(), overview.groups().stream().map(g -> {
            Municipality m = views.municipality(g.municipalityId());
            return new GroupView(m == null ? null : m.cbsCode().value(), m == null ? null : m.name(), g.kind().name(),
                    g.locations(), g.beds(), g.inUse());
        }).toList(), overview.norms().stream().map(n -> new NormTallyView(n.norm().name(),
                language.text(Message.of("housing.normName." + n.norm().name())), n.met(), n.notMet(), n.unknown()))
                .toList());
    }
}
