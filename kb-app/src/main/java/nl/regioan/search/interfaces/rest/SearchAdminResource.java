package nl.regioan.search.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.search.application.IndexMaintenance;
import nl.regioan.search.domain.IndexStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators rebuild the search index from the database and follow its progress. */
@Tag(name = "Search")
@Path("admin/search")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @Inject
    IndexMaintenance maintenance;

    @Inject
    CurrentActor currentActor;

    /** What a rebuild request did: started now, or one was already running. */
    @Schema(name = "RebuildStarted")
    public record RebuildStarted(boolean started, IndexStatus status) {
    }

    @Operation(operationId = "getSearchIndexStatus", summary = "The search index's state")
    @Extension(name = "x-roles", value = "admin")
    @GET
    @Path("status")
    public IndexStatus status() {
        return maintenance.status(currentActor.require());
    }

    /** 202: the rebuild runs in the background; search answers from the current index until the swap. */
    @Operation(operationId = "rebuildSearchIndex", summary = "Starts a rebuild of the search index in the background")
    @Extension(name = "x-roles", value = "admin")
    @APIResponse(responseCode = "202",
            description = "Started, or one was already running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RebuildStarted")))
    @POST
    @Path("rebuild")
    public Response rebuild() {
        boolean started = maintenance.rebuild(currentActor.require());
        return Response.accepted(new RebuildStarted(started, maintenance.status(currentActor.require()))).build();
    }
}
