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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET/POST /api/v1/indicators/{code}/definitions: an indicator's definition versions; the coordinator adds one. */
@Tag(name = "Monitoring")
@Path("indicators/{code}/definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionVersionResource {

    @Inject
    DefinitionVersions versions;

    @Operation(operationId = "listIndicatorDefinitions", summary = "The versions of an indicator's definition")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @PermitAll
    public List<DefinitionVersions.VersionView> list(@PathParam("code") String code) {
        return versions.of(code);
    }

    @Operation(operationId = "changeIndicatorDefinition", summary = "Adds a new version of an indicator's definition from a date on")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "201",
            description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndicatorDefinitionVersion")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response change(@PathParam("code") String code, DefinitionVersions.ChangeRequest request) {
        return Response.status(Response.Status.CREATED).entity(versions.change(code, request)).build();
    }
}
