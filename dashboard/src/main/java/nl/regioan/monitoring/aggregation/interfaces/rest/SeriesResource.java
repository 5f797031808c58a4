package nl.regioan.monitoring.aggregation.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.monitoring.aggregation.application.SeriesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/monitoring/series?indicator=&area=&from=&to=&granularity=quarter|year[&per=1000] */
@Tag(name = "Monitoring")
@Path("monitoring/series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SeriesResource {

    @Inject
    SeriesService series;

    @Operation(operationId = "getMonitoringSeries", summary = "One indicator's aggregated series for an area, per quarter or year")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public SeriesService.Series series(@QueryParam("indicator") String indicator, @QueryParam("area") String area,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("granularity") String granularity, @QueryParam("per") String per) {
        return series.series(indicator, area, from, to, granularity, per);
    }
}
