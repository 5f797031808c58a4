package nl.regioan.monitoring.value.interfaces.rest;

import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import nl.regioan.shared.api.Message;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.application.ApproveForm;
import nl.regioan.monitoring.value.application.EntryRequest;
import nl.regioan.monitoring.value.application.FormView;
import nl.regioan.monitoring.value.application.SaveDraft;
import nl.regioan.monitoring.value.application.SendBackForm;
import nl.regioan.monitoring.value.application.SubmitForm;
import nl.regioan.monitoring.value.application.ViewEntryForm;
import nl.regioan.monitoring.value.domain.Area;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The entry form of a municipality (or "region") for one period: read, save as draft, submit, approve, send back. */
@Tag(name = "Monitoring")
@Path("monitoring/forms/{cbsCode}/{period}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormResource {

    @Inject
    PeriodRange periodRange;

    /** The figures to save; {@code reason} is needed when the coordinator changes an approved value or a closed period. */
    @Schema(name = "DraftRequest")
    public record DraftRequest(List<EntryRequest> values, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    /** 412: the form changed since the writer loaded it; {@code current} is what is stored now. */
    @Schema(name = "FormConflictProblem")
    public record ConflictProblem(String type, String title, int status, String code, String detail, FormView current) {
    }

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    RequestLanguage language;

    @Inject
    ViewEntryForm viewForm;

    @Inject
    SaveDraft saveDraft;

    @Inject
    SubmitForm submitForm;

    @Inject
    ApproveForm approveForm;

    @Inject
    SendBackForm sendBackForm;

    @PathParam("cbsCode")
    String cbsCode;

    @PathParam("period")
    String period;

    private Area area() {
        return EntryParameters.area("cbsCode", cbsCode);
    }

    private Period period() {
        return periodRange.parse("period", period);
    }

    @Operation(operationId = "getMonitoringForm", summary = "The entry form of one area for one period, with its ETag")
    @Extension(name = "x-roles", value = "data-steward,steering,coordinator")
    @APIResponse(responseCode = "200", description = "The form",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FormView")))
    @GET
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.STEERING, Role.Names.COORDINATOR})
    public Response form() {
        return withETag(viewForm.view(area(), period()));
    }

    /** If-Match (the form's ETag) is optional for bulk clients; when sent and stale the save is refused with 412. */
    @Operation(operationId = "saveMonitoringFormDraft", summary = "Saves the form's figures as a draft")
    @Extension(name = "x-roles", value = "data-steward,coordinator")
    @APIResponse(responseCode = "200", description = "The saved form, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FormView")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved; the current form is in the answer",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "FormConflictProblem")))
    @PUT
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.COORDINATOR})
    public Response saveDraft(@HeaderParam("If-Match") String ifMatch,
                              // by reference: the scanner would otherwise describe the JsonObject parameter
                              @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                      schema = @Schema(ref = "DraftRequest")))
                              JsonObject body) {
        // read by hand: a field left out keeps what is stored, an explicit null clears it
        DraftBody.Draft request = DraftBody.read(body);
        return staleAgainst(ifMatch).orElseGet(() -> withETag(saveDraft.save(area(), period(), request.values(),
                request.reason())));
    }

    @Operation(operationId = "submitMonitoringForm", summary = "Submits the form's figures for approval")
    @Extension(name = "x-roles", value = "data-steward,coordinator")
    @APIResponse(responseCode = "200", description = "The submitted form, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FormView")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was submitted; the current form is in the answer",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "FormConflictProblem")))
    @POST
    @Path("submit")
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.COORDINATOR})
    public Response submit(@HeaderParam("If-Match") String ifMatch) {
        return staleAgainst(ifMatch).orElseGet(() -> withETag(submitForm.submit(area(), period())));
    }

    private Optional<Response> staleAgainst(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        FormView current = viewForm.view(area(), period());
        if (current.matches(ifMatch)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.PRECONDITION_FAILED).type(PROBLEM_JSON)
                .tag(new EntityTag(current.etag()))
                .entity(new ConflictProblem("about:blank", "Precondition Failed", 412, "form.conflict",
                        language.text(Message.of("form.conflict", current.areaName(), current.period())), current))
                .build());
    }

    private static Response withETag(FormView view) {
        return Response.ok(view).tag(new EntityTag(view.etag())).build();
    }

    @Operation(operationId = "approveMonitoringForm", summary = "Approves the submitted figures of the form")
    @Extension(name = "x-roles", value = "coordinator")
    @POST
    @Path("approve")
    @RolesAllowed(Role.Names.COORDINATOR)
    public FormView approve() {
        return approveForm.approve(area(), period());
    }

    @Operation(operationId = "sendBackMonitoringForm", summary = "Sends the submitted figures back to the municipality, with a reason")
    @Extension(name = "x-roles", value = "coordinator")
    @POST
    @Path("send-back")
    @RolesAllowed(Role.Names.COORDINATOR)
    public FormView sendBack(ReasonRequest request) {
        return sendBackForm.sendBack(area(), period(), request == null ? null : request.reason());
    }
}
