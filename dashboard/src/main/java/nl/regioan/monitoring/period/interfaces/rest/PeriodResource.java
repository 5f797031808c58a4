package nl.regioan.monitoring.period.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.period.application.PeriodDeadlines;
import nl.regioan.monitoring.period.domain.PeriodDeadline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinator sets the deadline of a period. */
@Tag(name = "Monitoring")
@Path("monitoring/periods/{period}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.COORDINATOR)
public class PeriodResource {

    public record DeadlineRequest(LocalDate deadline) {
    }

    public record PeriodView(String period, LocalDate deadline) {
    }

    @Inject
    PeriodDeadlines deadlines;

    @Operation(operationId = "setMonitoringPeriodDeadline", summary = "Sets the delivery deadline of a period")
    @Extension(name = "x-roles", value = "coordinator")
    @PUT
    public PeriodView setDeadline(@PathParam("period") String period, DeadlineRequest request) {
        PeriodDeadline saved = deadlines.set(period, request == null ? null : request.deadline());
        return new PeriodView(saved.period().toString(), saved.deadline());
    }
}
