package nl.regioan.kb.item.interfaces.rest;

import nl.regioan.shared.interfaces.rest.IfMatch;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import nl.regioan.shared.api.Message;
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
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.kb.item.application.EditConflictException;
import nl.regioan.kb.item.application.ItemCommand;
import nl.regioan.kb.item.application.ItemInputs;
import nl.regioan.kb.item.application.KnowledgeItems;
import nl.regioan.kb.item.domain.ItemFilter;
import nl.regioan.kb.item.domain.ItemKind;
import nl.regioan.kb.item.domain.ItemSnapshot;
import nl.regioan.kb.item.domain.ItemVersion;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.LineDiff;
import nl.regioan.kb.item.domain.ParticipationCase;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Knowledge-base items. Reading is open to every account and trimmed by the access policy (an item
 * you may not see is 404); writing needs the contributor or editor role and passes the policy too.
 * GET answers an ETag (the item's version); PUT needs it back in If-Match.
 */
@Tag(name = "Knowledge base")
@Path("kb/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    RequestLanguage language;

    @Inject
    KnowledgeItems items;

    @Inject
    ItemViews views;

    @Inject
    CurrentActor currentActor;

    @Inject
    MunicipalityRepository municipalities;

    /** A version in the history list. */
    @Schema(name = "KnowledgeItemVersion")
    public record VersionView(int number, Instant savedAt, String savedBy, String note) {
    }

    /** A version with its full content. */
    public record VersionDetail(int number, Instant savedAt, String savedBy, String note, String status,
                                ItemCommand content, List<String> lines) {
    }

    /** Two versions compared line by line: SAME, REMOVED or ADDED. */
    public record DiffView(int from, int to, List<DiffLine> lines) {
    }

    /** One line of a diff: SAME, REMOVED or ADDED (a resource record: the domain's names collide in the contract). */
    public record DiffLine(String change, String text) {

        static DiffLine of(LineDiff.Line line) {
            return new DiffLine(line.change().name(), line.text());
        }
    }

    /** 412: what the writer needs to see what changed. */
    @Schema(name = "ItemConflictProblem")
    public record ConflictProblem(String type, String title, int status, String code, String detail, long currentVersion,
                                  ItemViews.ItemView current) {
    }

    @Operation(operationId = "listKnowledgeItems", summary = "A page of the knowledge items the caller may read")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @PermitAll
    public ItemViews.ItemPage list(@QueryParam("kind") String kind, @QueryParam("theme") String theme,
                                   @QueryParam("block") String block, @QueryParam("municipality") String municipality,
                                   @QueryParam("status") String status, @QueryParam("owner") String owner,
                                   @QueryParam("stale") @DefaultValue("false") boolean stale,
                                   @QueryParam("outcome") String outcome, @QueryParam("method") String method,
                                   @QueryParam("phase") String phase, @QueryParam("housingKind") String housingKind,
                                   @QueryParam("participant") String participant,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        Actor actor = currentActor.require();
        List<FieldError> errors = new java.util.ArrayList<>();
        boolean region = "region".equalsIgnoreCase(municipality);
        Long municipalityId = region || municipality == null || municipality.isBlank() ? null
                : municipalityId(municipality, errors);
        Long ownerId = null;
        if (owner != null && !owner.isBlank()) {
            if (!owner.equals("me")) {
                errors.add(FieldError.of("owner", "item.owner.me"));
            }
            ownerId = actor.accountId();
        }
        ItemFilter filter = new ItemFilter(ItemInputs.enumOf(ItemKind.class, kind, "kind", false, errors),
                blankToNull(theme), blankToNull(block), municipalityId, region,
                ItemInputs.enumOf(ContentStatus.class, status, "status", false, errors), ownerId,
                ItemInputs.enumOf(ParticipationCase.Outcome.class, outcome, "outcome", false, errors),
                ItemInputs.enumOf(ParticipationCase.Method.class, method, "method", false, errors),
                ItemInputs.enumOf(ParticipationCase.Phase.class, phase, "phase", false, errors),
                ItemInputs.enumOf(ParticipationCase.HousingKind.class, housingKind, "housingKind", false, errors),
                ItemInputs.enumOf(ParticipationCase.Participant.class, participant, "participant", false, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        KnowledgeItems.Page result = items.list(actor, filter, stale, page, size);
        return new ItemViews.ItemPage(result.page(), result.size(), result.total(),
                result.items().stream().map(views::summary).toList());
    }

    @Operation(operationId = "createKnowledgeItem", summary = "Creates a knowledge item as a draft")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "201",
            description = "The new item, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemView")))
    @POST
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
    public Response create(ItemCommand command) {
        Actor actor = currentActor.require();
        KnowledgeItem item = items.create(actor, command);
        return withETag(Response.status(Response.Status.CREATED), actor, item);
    }

    @Operation(operationId = "getKnowledgeItem", summary = "One knowledge item, with its ETag")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200",
            description = "The item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemView")))
    @GET
    @Path("{id}")
    @PermitAll
    public Response read(@PathParam("id") long id) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, items.read(actor, id));
    }

    @Operation(operationId = "updateKnowledgeItem", summary = "Saves a new version of a knowledge item (needs If-Match)")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "200",
            description = "The saved item, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemView")))
    @APIResponse(responseCode = "412",
            description = "If-Match is stale: nothing was saved; the current version is in the answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "ItemConflictProblem")))
    @APIResponse(responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ItemCommand command) {
        Actor actor = currentActor.require();
        if (ifMatch == null || ifMatch.isBlank()) {
            items.read(actor, id); // an unknown item is still 404
            return Problem.response(Response.Status.PRECONDITION_REQUIRED, Message.of("ifMatch.required.item", id),
                    List.of(FieldError.of("If-Match", "ifMatch.required.item", id)));
        }
        long expected = IfMatch.required(ifMatch);
        try {
            return withETag(Response.ok(), actor, items.update(actor, id, expected, command));
        } catch (EditConflictException | OptimisticLockException conflict) {
            // OptimisticLockException: both saves passed the If-Match check at the same moment and
            // the database let one win; the loser gets the same answer as a stale If-Match.
            return conflict(actor, id);
        }
    }

    /** 412 with the version that was saved meanwhile, so the writer can see what changed. */
    private Response conflict(Actor actor, long id) {
        KnowledgeItem current = items.read(actor, id);
        Message detail = EditConflictException.message(current.version());
        return Response.status(Response.Status.PRECONDITION_FAILED).type(Problem.MEDIA_TYPE)
                .tag(new EntityTag(Long.toString(current.version())))
                .entity(new ConflictProblem("about:blank", "Precondition Failed", 412, detail.key(), language.text(detail),
                        current.version(), views.full(actor, current))).build();
    }

    @Operation(operationId = "publishKnowledgeItem", summary = "Publishes a knowledge item")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "200",
            description = "The published item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemView")))
    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
    public Response publish(@PathParam("id") long id) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, items.publish(actor, id));
    }

    @Operation(operationId = "retireKnowledgeItem", summary = "Retires a knowledge item")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "200",
            description = "The retired item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemView")))
    @POST
    @Path("{id}/retire")
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
    public Response retire(@PathParam("id") long id) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, items.retire(actor, id));
    }

    @Operation(operationId = "listKnowledgeItemVersions", summary = "A knowledge item's versions")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{id}/versions")
    @PermitAll
    public List<VersionView> versions(@PathParam("id") long id) {
        return items.versions(currentActor.require(), id).stream()
                .map(v -> new VersionView(v.number(), v.savedAt(), v.savedBy(), v.note())).toList();
    }

    @Operation(operationId = "getKnowledgeItemVersion", summary = "One version of a knowledge item")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{id}/versions/{n}")
    @PermitAll
    public VersionDetail version(@PathParam("id") long id, @PathParam("n") int number) {
        ItemVersion version = items.version(currentActor.require(), id, number);
        ItemSnapshot snapshot = ItemSnapshot.fromJson(version.snapshot());
        var c = snapshot.content();
        ItemCommand content = new ItemCommand(c.kind().name(), c.title(), c.summary(), c.body(), null,
                c.visibility().name(), c.themes(), c.blocks(), c.tags(),
                c.reviewBy() == null ? null : c.reviewBy().toString(), null);
        return new VersionDetail(version.number(), version.savedAt(), version.savedBy(), version.note(),
                snapshot.status().name(), content, snapshot.readableLines());
    }

    @Operation(operationId = "diffKnowledgeItemVersions", summary = "The line differences between two versions")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{id}/diff")
    @PermitAll
    public DiffView diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of("from", "item.diff.from"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", "item.diff.to"));
        }
        if (!errors.isEmpty()) {
            items.read(currentActor.require(), id);
            throw new InvalidInputException(errors);
        }
        KnowledgeItems.Diff diff = items.diff(currentActor.require(), id, from, to);
        return new DiffView(diff.from(), diff.to(),
                views.withMunicipalityCodes(diff.lines()).stream().map(DiffLine::of).toList());
    }

    @Operation(operationId = "restoreKnowledgeItemVersion", summary = "Restores an old version as a new version")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "200",
            description = "The item, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemView")))
    @POST
    @Path("{id}/restore/{n}")
    @RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
    public Response restore(@PathParam("id") long id, @PathParam("n") int number) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, items.restore(actor, id, number));
    }

    private Response withETag(Response.ResponseBuilder builder, Actor actor, KnowledgeItem item) {
        return builder.tag(new EntityTag(Long.toString(item.version()))).entity(views.full(actor, item)).build();
    }

    private Long municipalityId(String code, List<FieldError> errors) {
        try {
            return municipalities.findByCbsCode(CbsCode.of(code.strip())).map(m -> m.id()).orElseGet(() -> {
                errors.add(FieldError.of("municipality", "municipality.unknown", code));
                return null;
            });
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("municipality", "municipality.codeOrRegion"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
