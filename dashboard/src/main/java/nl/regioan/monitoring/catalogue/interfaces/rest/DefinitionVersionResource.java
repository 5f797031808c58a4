package nl.regioan.monitoring.catalogue.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.catalogue.application.DefinitionVersions;

/** GET/POST /api/v1/indicators/{code}/definitions: an indicator's definition versions; the coordinator adds one. */
@Path("indicators/{code}/definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionVersionResource {

    @Inject
    DefinitionVersions versions;

    @GET
    @PermitAll
    public List<DefinitionVersions.VersionView> list(@PathParam("code") String code) {
        return versions.of(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response change(@PathParam("code") String code, DefinitionVersions.ChangeRequest request) {
        return Response.status(Response.Status.CREATED).entity(versions.change(code, request)).build();
    }
}
