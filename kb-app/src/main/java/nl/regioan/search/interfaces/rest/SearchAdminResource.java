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

/** Administrators rebuild the search index from the database and follow its progress. */
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
    public record RebuildStarted(boolean started, IndexStatus status) {
    }

    @GET
    @Path("status")
    public IndexStatus status() {
        return maintenance.status(currentActor.require());
    }

    /** 202: the rebuild runs in the background; search answers from the current index until the swap. */
    @POST
    @Path("rebuild")
    public Response rebuild() {
        boolean started = maintenance.rebuild(currentActor.require());
        return Response.accepted(new RebuildStarted(started, maintenance.status(currentActor.require()))).build();
    }
}
