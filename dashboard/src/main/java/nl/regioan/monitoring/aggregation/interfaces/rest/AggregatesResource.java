package nl.regioan.monitoring.aggregation.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.monitoring.aggregation.application.AnnualAggregates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/monitoring/aggregates?year=2024&amp;area=region[&amp;per=1000]: every indicator's yearly figure for
 * one area; with per=1000 the counts per 1,000 inhabitants (their series say per: 1000).
 */
@Tag(name = "Monitoring")
@Path("monitoring/aggregates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AggregatesResource {

    @Inject
    AnnualAggregates aggregates;

    @Operation(operationId = "getMonitoringAggregates", summary = "Every indicator's year figure for one area")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public AnnualAggregates.Aggregates aggregates(@QueryParam("year") String year, @QueryParam("area") String area,
                                                  @QueryParam("per") String per) {
        return aggregates.of(year, area, per);
    }
}
