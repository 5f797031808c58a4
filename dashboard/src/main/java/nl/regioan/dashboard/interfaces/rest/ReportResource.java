package nl.regioan.dashboard.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.dashboard.application.AnnualReportViews;
import nl.regioan.dashboard.application.DevelopmentsService;
import nl.regioan.dashboard.application.ReportArchiveService;
import nl.regioan.dashboard.application.ReportService;
import nl.regioan.dashboard.application.ReportViews;

/**
 * The annual policy report: GET /api/v1/reports/{year} (its data), .../pdf (A4 PDF, ?lang=en for English),
 * .../developments (and PUT .../developments/{cbsCode}, coordinator), POST .../finalise (coordinator),
 * .../versions and .../versions/{n} (immutable finalised versions) and .../versions/{n}/pdf.
 * Reading is open to every account of the region.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReportResource {

    static final String PDF = "application/pdf";

    @Inject
    ReportService reports;

    @Inject
    ReportArchiveService archive;

    @Inject
    DevelopmentsService developments;

    @GET
    @Path("{year}")
    public ReportViews.Report report(@PathParam("year") String year) {
        return reports.report(year);
    }

    @GET
    @Path("{year}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("year") String year, @QueryParam("lang") String language) {
        return pdfResponse(archive.pdf(year, language), "jaarrapportage-" + year.trim() + ".pdf");
    }

    @GET
    @Path("{year}/developments")
    public List<AnnualReportViews.Developments> developments(@PathParam("year") String year) {
        return developments.developments(year);
    }

    @PUT
    @Path("{year}/developments/{cbsCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    public AnnualReportViews.Developments editDevelopments(@PathParam("year") String year, @PathParam("cbsCode") String cbsCode,
                                                          AnnualReportViews.DevelopmentsText body) {
        return developments.edit(year, cbsCode, body);
    }

    @POST
    @Path("{year}/finalise")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response finalise(@PathParam("year") String year) {
        AnnualReportViews.VersionSummary version = archive.finalise(year);
        return Response.status(Response.Status.CREATED).entity(version).build();
    }

    @GET
    @Path("{year}/versions")
    public List<AnnualReportViews.VersionSummary> versions(@PathParam("year") String year) {
        return archive.versions(year);
    }

    @GET
    @Path("{year}/versions/{version}")
    public JsonObject version(@PathParam("year") String year, @PathParam("version") String version) {
        return archive.version(year, version);
    }

    @GET
    @Path("{year}/versions/{version}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response versionPdf(@PathParam("year") String year, @PathParam("version") String version,
                               @QueryParam("lang") String language) {
        return pdfResponse(archive.pdfOfVersion(year, version, language),
                "jaarrapportage-" + year.trim() + "-versie-" + version.trim() + ".pdf");
    }

    private static Response pdfResponse(byte[] pdf, String fileName) {
        // The year and version were checked before the PDF was made, so the name holds digits and dashes only.
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
