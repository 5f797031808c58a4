package nl.regioan.dashboard.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.dashboard.application.ReportService;
import nl.regioan.dashboard.application.ReportViews;

/** GET /api/v1/reports/{year}: the data of the annual policy report, readable by every account of the region. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("{year}")
    public ReportViews.Report report(@PathParam("year") String year) {
        return reports.report(year);
    }
}
