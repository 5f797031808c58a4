package nl.regioan.monitoring.survey.interfaces.rest;

import jakarta.annotation.security.PermitAll;
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
import java.util.List;
import java.util.function.Supplier;
import nl.regioan.access.domain.Role;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.survey.application.ChangeSurvey;
import nl.regioan.monitoring.survey.application.ChangeSurveyQuestions;
import nl.regioan.monitoring.survey.application.CloseSurvey;
import nl.regioan.monitoring.survey.application.CreateSurvey;
import nl.regioan.monitoring.survey.application.ListSurveys;
import nl.regioan.monitoring.survey.application.SurveyRequests;
import nl.regioan.monitoring.survey.application.SurveyViews;
import nl.regioan.monitoring.survey.application.Surveys;
import nl.regioan.monitoring.survey.application.ViewSurvey;
import nl.regioan.monitoring.survey.application.ViewSurveyResults;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The yearly collaboration survey: the coordinator builds it (sections and questions), changes it with the
 * ETag it read (If-Match), and closes it after the deadline; every account reads surveys and their results.
 */
@Tag(name = "Survey")
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    /** 412: the survey changed since the writer read it; {@code current} is what is stored now. */
    @Schema(name = "SurveyConflictProblem")
    public record ConflictProblem(String type, String title, int status, String code, String detail,
                                  SurveyViews.SurveyView current) {
    }

    private static final String EVERYONE = "any-account";

    @Inject
    RequestLanguage language;

    @Inject
    PeriodRange periodRange;

    @Inject
    ListSurveys listSurveys;

    @Inject
    ViewSurvey viewSurvey;

    @Inject
    CreateSurvey createSurvey;

    @Inject
    ChangeSurvey changeSurvey;

    @Inject
    ChangeSurveyQuestions changeQuestions;

    @Inject
    CloseSurvey closeSurvey;

    @Inject
    ViewSurveyResults viewResults;

    @Operation(operationId = "listSurveys", summary = "Every year's collaboration survey, newest first")
    @Extension(name = "x-roles", value = EVERYONE)
    @GET
    @PermitAll
    public List<SurveyViews.SurveySummary> list() {
        return listSurveys.list();
    }

    @Operation(operationId = "createSurvey", summary = "Builds a year's survey from sections and questions, or as a copy of another year's")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "201", description = "The new survey, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    @APIResponse(responseCode = "409", description = "The year has a survey already",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON))
    @POST
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response create(SurveyRequests.NewSurveyRequest request) {
        SurveyViews.SurveyView view = createSurvey.create(request);
        return SurveyParameters.tagged(Response.status(Response.Status.CREATED), view.version(), view).build();
    }

    @Operation(operationId = "getSurvey", summary = "One year's survey with its sections and questions, and its ETag")
    @Extension(name = "x-roles", value = EVERYONE)
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    @GET
    @Path("{year}")
    @PermitAll
    public Response read(@PathParam("year") String year) {
        SurveyViews.SurveyView view = viewSurvey.view(SurveyParameters.year(periodRange, year));
        return SurveyParameters.tagged(Response.ok(), view.version(), view).build();
    }

    @Operation(operationId = "changeSurvey", summary = "Changes a survey's title, deadline or anonymity (needs If-Match)")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "200", description = "The changed survey, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    @APIResponse(responseCode = "409", description = "The survey is closed, or answers were given under the promise of anonymity",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved; the current survey is in the answer",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON, schema = @Schema(ref = "SurveyConflictProblem")))
    @PUT
    @Path("{year}")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response change(@PathParam("year") String yearText, @HeaderParam("If-Match") String ifMatch,
                           SurveyRequests.SurveySettingsRequest request) {
        int year = SurveyParameters.year(periodRange, yearText);
        long expected = SurveyParameters.version(ifMatch, true, year);
        return staleOr(year, () -> changeSurvey.change(year, expected, request));
    }

    @Operation(operationId = "changeSurveyQuestions", summary = "Replaces a survey's sections and questions, until the first answer (needs If-Match)")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "200", description = "The survey with its new questions and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    @APIResponse(responseCode = "409", description = "The survey is closed or a municipality has answered already",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved; the current survey is in the answer",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON, schema = @Schema(ref = "SurveyConflictProblem")))
    @PUT
    @Path("{year}/questions")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response changeQuestions(@PathParam("year") String yearText, @HeaderParam("If-Match") String ifMatch,
                                    SurveyRequests.SurveyQuestionsRequest request) {
        int year = SurveyParameters.year(periodRange, yearText);
        long expected = SurveyParameters.version(ifMatch, true, year);
        return staleOr(year, () -> changeQuestions.change(year, expected, request));
    }

    @Operation(operationId = "closeSurvey", summary = "Closes a survey after its deadline: no more answers")
    @Extension(name = "x-roles", value = "coordinator")
    @APIResponse(responseCode = "200", description = "The closed survey, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    @APIResponse(responseCode = "409", description = "The deadline has not passed, or the survey is closed already",
            content = @Content(mediaType = SurveyParameters.PROBLEM_JSON))
    @POST
    @Path("{year}/close")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response close(@PathParam("year") String year) {
        SurveyViews.SurveyView view = closeSurvey.close(SurveyParameters.year(periodRange, year));
        return SurveyParameters.tagged(Response.ok(), view.version(), view).build();
    }

    @Operation(operationId = "getSurveyResults", summary = "A survey's results per question, aggregated, compared with last year's")
    @Extension(name = "x-roles", value = EVERYONE)
    @GET
    @Path("{year}/results")
    @PermitAll
    public SurveyViews.ResultsView results(@PathParam("year") String year) {
        return viewResults.results(SurveyParameters.year(periodRange, year));
    }

    /** The change, or 412 with the current survey when If-Match named an older version. */
    private Response staleOr(int year, Supplier<SurveyViews.SurveyView> change) {
        try {
            SurveyViews.SurveyView view = change.get();
            return SurveyParameters.tagged(Response.ok(), view.version(), view).build();
        } catch (Surveys.ChangedMeanwhileException stale) {
            SurveyViews.SurveyView current = viewSurvey.view(year);
            return SurveyParameters.tagged(Response.status(Response.Status.PRECONDITION_FAILED), current.version(),
                    new ConflictProblem("about:blank", "Precondition Failed", 412, stale.detail().key(),
                            language.text(stale.detail()), current)).type(SurveyParameters.PROBLEM_JSON).build();
        }
    }
}
