package nl.regioan.housing.interfaces.rest;

import nl.regioan.shared.interfaces.rest.IfMatch;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.housing.application.ChangeLocation;
import nl.regioan.housing.application.ListLocations;
import nl.regioan.housing.application.LocationCommand;
import nl.regioan.housing.application.LocationConflictException;
import nl.regioan.housing.application.RegisterLocation;
import nl.regioan.housing.application.ViewLocation;
import nl.regioan.housing.domain.HousingKind;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.LocationFilter;
import nl.regioan.housing.domain.LocationSnapshot;
import nl.regioan.housing.domain.LocationStatus;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The housing-location register. Reading is open to every account and trimmed by the access policy
 * (a location you may not see is 404); registering and changing needs contributor (own
 * municipality), editor or coordinator. Every answer carries the norm check; GET answers an ETag
 * (the location's version) and PUT needs it back in If-Match.
 */
@Tag(name = "Housing")
@Path("housing/locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    ListLocations list;

    @Inject
    ViewLocation view;

    @Inject
    RegisterLocation register;

    @Inject
    ChangeLocation change;

    @Inject
    LocationViews views;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    RequestLanguage language;

    /** A saved version: who saved it, when, and the details as they were. */
    @Schema(name = "HousingLocationVersion")
    public record VersionView(int number, Instant savedAt, String savedBy, String note, LocationCommand details) {
    }

    /** 412: what the writer needs to see what changed. */
    @Schema(name = "HousingLocationConflictProblem")
    public record ConflictProblem(String type, String title, int status, String code, String detail, long currentVersion,
                                  LocationViews.LocationView current) {
    }

    @Operation(operationId = "listHousingLocations", summary = "A page of the housing locations the caller may read, with their norm check")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @PermitAll
    public LocationViews.LocationPage list(@QueryParam("municipality") String municipality,
                                           @QueryParam("kind") String kind, @QueryParam("status") String status,
                                           @QueryParam("q") String query,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("20") int size) {
        Actor actor = currentActor.require();
        LocationFilter filter = filter(municipality, kind, status, query);
        ListLocations.Page result = list.list(actor, filter, page, size);
        return new LocationViews.LocationPage(result.page(), result.size(), result.total(),
                result.locations().stream().map(location -> views.of(actor, location)).toList());
    }

    /** The list's filters from the query parameters; every wrong one is named. */
    LocationFilter filter(String municipality, String kind, String status, String query) {
        List<FieldError> errors = new ArrayList<>();
        Long municipalityId = null;
        if (municipality != null && !municipality.isBlank()) {
            try {
                municipalityId = municipalities.findByCbsCode(CbsCode.of(municipality.strip())).map(m -> m.id())
                        .orElse(null);
                if (municipalityId == null) {
                    errors.add(FieldError.of("municipality", "municipality.unknown", Message.shorten(municipality)));
                }
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("municipality", "housing.municipality.code"));
            }
        }
        HousingKind housingKind = enumOf(HousingKind.class, kind, "kind", errors);
        LocationStatus locationStatus = enumOf(LocationStatus.class, status, "status", errors);
        String name = query == null || query.isBlank() ? null : query.strip();
        if (name != null && name.length() > 200) {
            errors.add(FieldError.of("q", "text.tooLong", 200, name.length()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LocationFilter(municipalityId, housingKind, locationStatus, name);
    }

    @Operation(operationId = "createHousingLocation", summary = "Registers a housing location; the answer has its norm check")
    @Extension(name = "x-roles", value = "contributor,editor,coordinator")
    @APIResponse(responseCode = "201", description = "The new location with its norm check and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HousingLocationView")))
    @POST
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR, Role.Names.COORDINATOR})
    public Response create(LocationCommand command) {
        Actor actor = currentActor.require();
        return withETag(Response.status(Response.Status.CREATED), actor, register.register(actor, command));
    }

    @Operation(operationId = "getHousingLocation", summary = "One housing location with its norm check and ETag")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HousingLocationView")))
    @GET
    @Path("{id}")
    @PermitAll
    public Response read(@PathParam("id") long id) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, view.read(actor, id));
    }

    @Operation(operationId = "updateHousingLocation", summary = "Saves a new version of a housing location (needs If-Match)")
    @Extension(name = "x-roles", value = "contributor,editor,coordinator")
    @APIResponse(responseCode = "200", description = "The saved location with its norm check and new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HousingLocationView")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved; the current version is in the answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "HousingLocationConflictProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR, Role.Names.COORDINATOR})
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, LocationCommand command) {
        Actor actor = currentActor.require();
        if (ifMatch == null || ifMatch.isBlank()) {
            view.read(actor, id); // an unknown location is still 404
            return Problem.response(Response.Status.PRECONDITION_REQUIRED, Message.of("ifMatch.required.location", id),
                    List.of(FieldError.of("If-Match", "ifMatch.required.location", id)));
        }
        long expected = IfMatch.required(ifMatch);
        try {
            return withETag(Response.ok(), actor, change.change(actor, id, expected, command));
        } catch (LocationConflictException | OptimisticLockException conflict) {
            // OptimisticLockException: both saves passed the If-Match check at the same moment and the
            // database let one win; the loser gets the same answer as a stale If-Match.
            HousingLocation current = view.read(actor, id);
            Message detail = LocationConflictException.message(current.version());
            return Response.status(Response.Status.PRECONDITION_FAILED).type(Problem.MEDIA_TYPE)
                    .tag(new EntityTag(Long.toString(current.version())))
                    .entity(new ConflictProblem("about:blank", "Precondition Failed", 412, detail.key(),
                            language.text(detail), current.version(), views.of(actor, current))).build();
        }
    }

    @Operation(operationId = "listHousingLocationVersions", summary = "A housing location's saved versions, newest first")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{id}/versions")
    @PermitAll
    public List<VersionView> versions(@PathParam("id") long id) {
        return view.history(currentActor.require(), id).stream()
                .map(v -> new VersionView(v.number(), v.savedAt(), v.savedBy(), v.note(),
                        views.command(LocationSnapshot.fromJson(v.snapshot())))).toList();
    }

    private Response withETag(Response.ResponseBuilder builder, Actor actor, HousingLocation location) {
        return builder.tag(new EntityTag(Long.toString(location.version()))).entity(views.of(actor, location)).build();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code, String field, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "value.unknownOneOf", Message.shorten(code),
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
