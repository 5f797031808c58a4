package nl.regioan.dashboard.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.dashboard.application.DashboardService;
import nl.regioan.dashboard.application.DashboardViews;
import nl.regioan.dashboard.application.MunicipalityKnowledgeService;
import nl.regioan.dashboard.domain.KnowledgeLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/dashboard/overview?period=, GET /api/v1/dashboard/municipalities/{cbsCode}?period=,
 * GET /api/v1/dashboard/municipalities/{cbsCode}/knowledge (its recent published knowledge-base items) and GET /api/v1/dashboard/indicators/{code}?areas=&from=&to=&granularity=&period=.
 * Every account of the region may see the dashboards (AccessPolicy.canViewDashboards).
 */
@Tag(name = "Dashboards")
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @Inject
    MunicipalityKnowledgeService knowledge;

    @Operation(operationId = "getDashboardOverview", summary = "The dashboard tiles of a period")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("overview")
    public DashboardViews.Overview overview(@QueryParam("period") String period) {
        return dashboards.overview(period);
    }

    @Operation(operationId = "getDashboardIndicator", summary = "One indicator's trend and comparison")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("indicators/{code}")
    public DashboardViews.IndicatorPage indicator(@PathParam("code") String code, @QueryParam("areas") String areas,
                                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                                  @QueryParam("granularity") String granularity,
                                                  @QueryParam("period") String period) {
        return dashboards.indicator(code, areas, from, to, granularity, period);
    }

    @Operation(operationId = "getDashboardMunicipality", summary = "One municipality's figures")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("municipalities/{cbsCode}")
    public DashboardViews.MunicipalityPage municipality(@PathParam("cbsCode") String cbsCode,
                                                        @QueryParam("period") String period) {
        return dashboards.municipality(cbsCode, period);
    }

    @Operation(operationId = "listMunicipalityKnowledge", summary = "Knowledge items about one municipality")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("municipalities/{cbsCode}/knowledge")
    public java.util.List<KnowledgeLinks.KnowledgeLink> municipalityKnowledge(@PathParam("cbsCode") String cbsCode) {
        return knowledge.recent(cbsCode);
    }
}
