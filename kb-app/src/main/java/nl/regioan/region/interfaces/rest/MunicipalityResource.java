package nl.regioan.region.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipalities that were members of the region on a date. */
@Tag(name = "Region")
@Path("municipalities")
@PermitAll
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    @Inject
    MunicipalityRepository municipalities;

    @Operation(operationId = "listMunicipalities", summary = "The member municipalities on a date")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public List<MunicipalityView> membersOn(
            @Parameter(description = "Reference date as YYYY-MM-DD; today when left out")
            @QueryParam("date") String date) {
        LocalDate referenceDate = parseDate(date);
        List<Municipality> members = municipalities.membersOn(referenceDate);
        if (members.isEmpty()) {
            throw InvalidInputException.of("date", "region.noMembersOn", referenceDate.toString(), "2021-01-01");
        }
        return members.stream().map(m -> MunicipalityView.on(m, referenceDate)).toList();
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("date", "date.notADate", abbreviate(date));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
