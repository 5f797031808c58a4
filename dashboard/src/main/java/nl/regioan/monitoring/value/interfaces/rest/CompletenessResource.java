package nl.regioan.monitoring.value.interfaces.rest;

import nl.regioan.monitoring.period.domain.PeriodRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.value.application.Completeness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per period, which member municipalities submitted, were approved, have not started, or are late. */
@Tag(name = "Monitoring")
@Path("monitoring/completeness")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.STEERING, Role.Names.COORDINATOR})
public class CompletenessResource {

    @Inject
    PeriodRange periodRange;

    @Inject
    Completeness completeness;

    @Operation(operationId = "getMonitoringCompleteness", summary = "Which municipalities have delivered, submitted and been approved for a period")
    @Extension(name = "x-roles", value = "steering,coordinator")
    @GET
    public Completeness.Overview overview(@QueryParam("period") String period) {
        return completeness.of(periodRange.parse("period", period));
    }
}
