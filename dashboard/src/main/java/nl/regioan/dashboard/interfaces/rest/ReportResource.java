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
import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.dashboard.application.AnnualReportViews;
import nl.regioan.dashboard.application.DevelopmentsService;
import nl.regioan.dashboard.application.ReportArchiveService;
import nl.regioan.dashboard.application.ReportService;
import nl.regioan.dashboard.application.ReportViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The annual policy report: GET /api/v1/reports/{year} (its data), .../pdf (A4 PDF, ?lang=en for English),
 * .../developments (and PUT .../developments/{cbsCode}, coordinator), POST .../finalise (coordinator),
 * .../versions and .../versions/{n} (immutable finalised versions) and .../versions/{n}/pdf.
 * Reading is open to every account of the region.
 */
@Tag(name = "Dashboards")
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReportResource {

    static final String PDF = "application/pdf";

    /** The shape of an archived version as GET .../versions/{version} returns it: its summary and the frozen report. */
    @Schema(name = "ArchivedReportVersion")
    public record ArchivedVersion(int year, int version, Instant finalisedAt, String finalisedBy, String sha256, boolean intact,
                                  ReportViews.Report data) {
    }

    @Inject
    ReportService reports;

    @Inject
    ReportArchiveService archive;

    @Inject
    DevelopmentsService developments;

    @Operation(operationId = "getAnnualReport", summary = "The annual report's data as it stands now")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{year}")
    public ReportViews.Report report(@PathParam("year") String year) {
        return reports.report(year);
    }

    @Operation(operationId = "getAnnualReportPdf", summary = "The annual report as an accessible A4 PDF")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{year}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("year") String year, @QueryParam("lang") String language) {
        return pdfResponse(archive.pdf(year, language), "jaarrapportage-" + year.trim() + ".pdf");
    }

    @Operation(operationId = "listAnnualReportDevelopments", summary = "The municipalities' developments texts of a year")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{year}/developments")
    public List<AnnualReportViews.Developments> developments(@PathParam("year") String year) {
        return developments.developments(year);
    }

    @Operation(operationId = "editAnnualReportDevelopments", summary = "Edits one municipality's developments text of a year")
    @Extension(name = "x-roles", value = "coordinator")
    @PUT
    @Path("{year}/developments/{cbsCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    public AnnualReportViews.Developments editDevelopments(@PathParam("year") String year, @PathParam("cbsCode") String cbsCode,
                                                          AnnualReportViews.DevelopmentsText body) {
        return developments.edit(year, cbsCode, body);
    }

    @Operation(operationId = "finaliseAnnualReport", summary = "Finalises the report as a new immutable version")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "201",
            description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionSummary")))
    @POST
    @Path("{year}/finalise")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response finalise(@PathParam("year") String year) {
        AnnualReportViews.VersionSummary version = archive.finalise(year);
        return Response.status(Response.Status.CREATED).entity(version).build();
    }

    @Operation(operationId = "listAnnualReportVersions", summary = "The finalised versions of a year")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{year}/versions")
    public List<AnnualReportViews.VersionSummary> versions(@PathParam("year") String year) {
        return archive.versions(year);
    }

    @Operation(operationId = "getAnnualReportVersion", summary = "One finalised version with its data")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200",
            description = "The version and the report data it froze",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ArchivedReportVersion")))
    @GET
    @Path("{year}/versions/{version}")
    public JsonObject version(@PathParam("year") String year, @PathParam("version") String version) {
        return archive.version(year, version);
    }

    @Operation(operationId = "getAnnualReportVersionPdf", summary = "The PDF of one finalised version")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
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
