package nl.regioan.monitoring.survey.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.survey.application.ListSurveyResponses;
import nl.regioan.monitoring.survey.application.SaveSurveyResponse;
import nl.regioan.monitoring.survey.application.SubmitSurveyResponse;
import nl.regioan.monitoring.survey.application.SurveyRequests;
import nl.regioan.monitoring.survey.application.SurveyViews;
import nl.regioan.monitoring.survey.application.Surveys;
import nl.regioan.monitoring.survey.application.ViewSurveyResponse;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The responses to a year's survey: the coordinator sees who has responded; a municipality's data
 * stewards save its one response as a draft (If-Match optional, 412 when stale) and submit it before the deadline.
 */
@Tag(name = "Survey")
@Path("surveys/{year}/responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResponseResource {

    /** 412: the response changed since the steward read it; {@code current} is what is stored now. */
    @Schema(name = "SurveyResponseConflictProblem")
    public record ConflictProblem(String type, String title, int status, String code, String detail,
                                  SurveyViews.ResponseView current) {
    }

    @Inject
    RequestLanguage language;

    @Inject
    PeriodRange periodRange;

    @Inject
    ListSurveyResponses listResponses;

    @Inject
    ViewSurveyResponse viewResponse;

    @Inject
    SaveSurveyResponse saveResponse;

    @Inject
    SubmitSurveyResponse submitResponse;

    @PathParam("year")
    String yearText;

    @Operation(operationId = "listSurveyResponses", summary = "Who has responded: every participating municipality and the state of its response")
    @Extension(name = "x-roles", value = "coordinator")
    @GET
    @RolesAllowed(Role.Names.COORDINATOR)
    public SurveyViews.ProgressView list() {
        return listResponses.list(SurveyParameters.year(periodRange, yearText));
    }

    @Operation(operationId = "getSurveyResponse", summary = "A municipality's response, with its ETag")
    @Extension(name = "x-roles", value = "data-steward,coordinator")
    @APIResponse(responseCode = "200", description = "The response (status NONE before the first save)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.ResponseView.class)))
    @GET
    @Path("{cbsCode}")
    @RolesAllowed({Role.Names.DATA_STEWARD, Role.Names.COORDINATOR})
    public Response read(@PathParam("cbsCode") String cbsCode) {
        SurveyViews.ResponseView view = viewResponse.view(SurveyParameters.year(periodRange, yearText), cbsCode);
        return SurveyParameters.tagged(Response.ok(), view.version(), view).build();
    }

    @Operation(operationId = "saveSurveyResponse", summary = "Saves the municipality's answers as a draft")
    @Extension(name = "x-roles", value = "data-steward")
    @APIResponse(responseCode = "200", description = "The saved response, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.ResponseView.class)))
    @APIResponse(responseCode = "409", description = "After the deadline, closed, or the response was submitted already",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved; the current response is in the answer",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON, schema = @Schema(ref = "SurveyResponseConflictProblem")))
    @PUT
    @Path("{cbsCode}")
    @RolesAllowed(Role.Names.DATA_STEWARD)
    public Response save(@PathParam("cbsCode") String cbsCode, @HeaderParam("If-Match") String ifMatch,
                         SurveyRequests.SurveyAnswersRequest request) {
        int year = SurveyParameters.year(periodRange, yearText);
        Long expected = SurveyParameters.version(ifMatch, false, year);
        return staleOr(year, cbsCode, () -> saveResponse.save(year, cbsCode, expected, request));
    }

    @Operation(operationId = "submitSurveyResponse", summary = "Submits the municipality's response; it cannot change afterwards")
    @Extension(name = "x-roles", value = "data-steward")
    @APIResponse(responseCode = "200", description = "The submitted response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.ResponseView.class)))
    @APIResponse(responseCode = "409", description = "After the deadline, closed, or the response was submitted already",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was submitted; the current response is in the answer",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON, schema = @Schema(ref = "SurveyResponseConflictProblem")))
    @POST
    @Path("{cbsCode}/submit")
    @RolesAllowed(Role.Names.DATA_STEWARD)
    public Response submit(@PathParam("cbsCode") String cbsCode, @HeaderParam("If-Match") String ifMatch) {
        int year = SurveyParameters.year(periodRange, yearText);
        Long expected = SurveyParameters.version(ifMatch, false, year);
        return staleOr(year, cbsCode, () -> submitResponse.submit(year, cbsCode, expected));
    }

    private Response staleOr(int year, String cbsCode, Supplier<SurveyViews.ResponseView> change) {
        try {
            SurveyViews.ResponseView view = change.get();
            return SurveyParameters.tagged(Response.ok(), view.version(), view).build();
        } catch (Surveys.ChangedMeanwhileException stale) {
            SurveyViews.ResponseView current = viewResponse.view(year, cbsCode);
            return SurveyParameters.tagged(Response.status(Response.Status.PRECONDITION_FAILED), current.version(),
                    new ConflictProblem("about:blank", "Precondition Failed", 412, stale.detail().key(),
                            language.text(stale.detail()), current)).type(SurveyParameters.PROBLEM_JSON).build();
        }
    }
}
