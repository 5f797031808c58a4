package nl.regioan.monitoring.value.interfaces.rest;

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

/** Per period, which member municipalities submitted, were approved, have not started, or are late. */
@Path("monitoring/completeness")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.STEERING, Role.Names.COORDINATOR})
public class CompletenessResource {

    @Inject
    Completeness completeness;

    @GET
    public Completeness.Overview overview(@QueryParam("period") String period) {
        return completeness.of(EntryParameters.period("period", period));
    }
}
