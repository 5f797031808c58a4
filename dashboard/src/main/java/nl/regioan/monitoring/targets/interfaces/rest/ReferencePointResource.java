package nl.regioan.monitoring.targets.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.targets.application.ReferencePoints;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET monitoring/baselines[?indicator=], PUT monitoring/baselines/{indicator}/{area};
 * GET monitoring/targets[?indicator=], PUT monitoring/targets/{indicator}/{area}/{year}.
 * area is "region", a subregion's name or a CBS code.
 */
@Tag(name = "Monitoring")
@Path("monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferencePointResource {

    @Inject
    ReferencePoints points;

    @Operation(operationId = "listMonitoringBaselines", summary = "The baselines, optionally of one indicator")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("baselines")
    @PermitAll
    public List<ReferencePoints.BaselineView> baselines(@QueryParam("indicator") String indicator) {
        return points.baselines(indicator);
    }

    @Operation(operationId = "setMonitoringBaseline", summary = "Sets an indicator's baseline for an area")
    @Extension(name = "x-roles", value = "coordinator")
    @PUT
    @Path("baselines/{indicator}/{area}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    public ReferencePoints.BaselineView setBaseline(@PathParam("indicator") String indicator, @PathParam("area") String area,
                                                    ReferencePoints.BaselineRequest request) {
        return points.setBaseline(indicator, area, request);
    }

    @Operation(operationId = "listMonitoringTargets", summary = "The targets, optionally of one indicator")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("targets")
    @PermitAll
    public List<ReferencePoints.TargetView> targets(@QueryParam("indicator") String indicator) {
        return points.targets(indicator);
    }

    @Operation(operationId = "setMonitoringTarget", summary = "Sets an indicator's target for an area and year")
    @Extension(name = "x-roles", value = "coordinator")
    @PUT
    @Path("targets/{indicator}/{area}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    public ReferencePoints.TargetView setTarget(@PathParam("indicator") String indicator, @PathParam("area") String area,
                                                @PathParam("year") String year, ReferencePoints.TargetRequest request) {
        return points.setTarget(indicator, area, year, request);
    }
}
