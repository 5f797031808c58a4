package nl.regioan.monitoring.value.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioan.account.domain.Role;
import nl.regioan.monitoring.value.application.EntryRequest;
import nl.regioan.monitoring.value.application.FormView;
import nl.regioan.monitoring.value.application.ValueEntryService;

/** The entry form of a municipality (or "region") for one period: read, save as draft, submit, approve, send back. */
@Path("monitoring/forms/{cbsCode}/{period}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormResource {

    /** The figures to save; {@code reason} is needed when the coordinator changes an approved value or a closed period. */
    public record DraftRequest(List<EntryRequest> values, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    @Inject
    ValueEntryService entry;

    @PathParam("cbsCode")
    String cbsCode;

    @PathParam("period")
    String period;

    @GET
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.STEERING, Role.Names.COORDINATOR})
    public FormView form() {
        return entry.form(cbsCode, period);
    }

    @PUT
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.COORDINATOR})
    public FormView saveDraft(DraftRequest request) {
        return entry.saveDraft(cbsCode, period, request == null ? null : request.values(),
                request == null ? null : request.reason());
    }

    @POST
    @Path("submit")
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.COORDINATOR})
    public FormView submit() {
        return entry.submit(cbsCode, period);
    }

    @POST
    @Path("approve")
    @RolesAllowed(Role.Names.COORDINATOR)
    public FormView approve() {
        return entry.approve(cbsCode, period);
    }

    @POST
    @Path("send-back")
    @RolesAllowed(Role.Names.COORDINATOR)
    public FormView sendBack(ReasonRequest request) {
        return entry.sendBack(cbsCode, period, request == null ? null : request.reason());
    }
}
