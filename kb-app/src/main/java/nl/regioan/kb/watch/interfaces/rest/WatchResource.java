package nl.regioan.kb.watch.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.kb.item.interfaces.rest.ItemViews;
import nl.regioan.kb.watch.application.Watching;
import nl.regioan.kb.watch.domain.Watch;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the logged-in person follows, and what changed there since their last visit. */
@Tag(name = "Knowledge base")
@Path("kb/watches")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchResource {

    @Inject
    Watching watching;

    @Inject
    ItemViews views;

    @Inject
    CurrentActor currentActor;

    /** Follow a theme (target = its code) or an item (target = its id). */
    public record Follow(String type, String target) {
    }

    /** A watch and the items changed since the last visit. */
    public record WatchView(long id, String type, String target, Instant lastSeenAt, List<ItemViews.ItemSummary> changed) {
    }

    @Operation(operationId = "listWatches", summary = "What the caller follows, with the items changed since the last visit")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public List<WatchView> mine() {
        return watching.changes(currentActor.require()).stream()
                .map(w -> view(w.watch(), w.changed().stream().map(views::summary).toList())).toList();
    }

    @Operation(operationId = "followTarget", summary = "Follows a theme or an item")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "201",
            description = "The new watch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WatchView")))
    @POST
    public Response follow(Follow body) {
        if (body == null) {
            throw InvalidInputException.of("type", "watch.type");
        }
        Actor actor = currentActor.require();
        return Response.status(Response.Status.CREATED).entity(view(watching.follow(actor, body.type(), body.target()),
                List.of())).build();
    }

    @Operation(operationId = "unfollowTarget", summary = "Stops following")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "204",
            description = "Stopped")
    @DELETE
    @Path("{id}")
    public Response unfollow(@PathParam("id") long id) {
        watching.unfollow(currentActor.require(), id);
        return Response.noContent().build();
    }

    /** Marks everything up to now as seen. */
    @Operation(operationId = "markWatchesSeen", summary = "Marks everything up to now as seen")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "204",
            description = "Marked")
    @POST
    @Path("seen")
    public Response seen() {
        watching.seen(currentActor.require());
        return Response.noContent().build();
    }

    private static WatchView view(Watch watch, List<ItemViews.ItemSummary> changed) {
        return new WatchView(watch.id(), watch.targetType().name(), watch.target(), watch.lastSeenAt(), changed);
    }
}
