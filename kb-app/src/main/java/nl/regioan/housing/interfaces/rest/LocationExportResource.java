package nl.regioan.housing.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.housing.application.ListLocations;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.LocationDetails;
import nl.regioan.housing.domain.Norm;
import nl.regioan.housing.domain.NormResult;
import nl.regioan.housing.application.ViewLocation;
import nl.regioan.monitoring.importexport.application.SafeCsv;
import nl.regioan.region.domain.Municipality;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register as CSV, with the list's filters and trimming, written by the injection-safe
 * {@link SafeCsv} (a name starting with = is written as text), one column per norm.
 */
@Tag(name = "Housing")
@Path("housing/export")
@RequestScoped
public class LocationExportResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    ListLocations list;

    @Inject
    ViewLocation view;

    @Inject
    LocationViews views;

    @Inject
    LocationResource resource;

    @Operation(operationId = "exportHousingLocations", summary = "The housing locations the caller may read, as CSV with their norm check")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV, one row per location",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @GET
    @PermitAll
    @Produces("text/csv")
    public Response export(@QueryParam("municipality") String municipality, @QueryParam("kind") String kind,
                           @QueryParam("status") String status, @QueryParam("q") String query) {
        Actor actor = currentActor.require();
        List<String> header = new ArrayList<>(List.of("id", "name", "address", "cbs_code", "municipality", "kind",
                "status", "in_use_from", "closed_on", "operator", "beds", "residents", "usable_living_area_m2",
                "snf_certified", "snf_expires_on", "contact_person", "visibility"));
        for (Norm norm : Norm.values()) {
            header.add("norm_" + norm.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<List<?>> rows = new ArrayList<>();
        for (HousingLocation location : list.all(actor, resource.filter(municipality, kind, status, query))) {
            LocationDetails d = location.details();
            Municipality m = views.municipality(d.municipalityId());
            List<Object> row = new ArrayList<>(List.of(location.id(), d.name()));
            row.add(d.address());
            row.add(m == null ? null : m.cbsCode().value());
            row.add(m == null ? null : m.name());
            row.add(d.kind().name());
            row.add(d.status().name());
            row.add(text(d.inUseFrom()));
            row.add(text(d.closedOn()));
            row.add(d.operator());
            row.add(d.beds());
            row.add(d.residents());
            row.add(d.usableLivingArea());
            row.add(text(d.snfCertified()));
            row.add(text(d.snfExpiresOn()));
            row.add(d.contactPerson());
            row.add(d.visibility().name());
            for (NormResult result : view.norms(location)) {
                row.add(result.outcome().name());
            }
            rows.add(row);
        }
        return Response.ok(SafeCsv.write(header, rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"huisvestingslocaties.csv\"").build();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
