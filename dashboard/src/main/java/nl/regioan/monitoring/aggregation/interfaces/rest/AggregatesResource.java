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

/** GET /api/v1/monitoring/aggregates?year=2024&amp;area=region: every indicator's yearly figure for one area. */
@Path("monitoring/aggregates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AggregatesResource {

    @Inject
    AnnualAggregates aggregates;

    @GET
    public AnnualAggregates.Aggregates aggregates(@QueryParam("year") String year, @QueryParam("area") String area) {
        return aggregates.of(year, area);
    }
}
