package nl.regioan.question.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.kb.item.application.ItemInputs;
import nl.regioan.question.application.AcceptAnswer;
import nl.regioan.question.application.AnswerCommand;
import nl.regioan.question.application.AnswerQuestion;
import nl.regioan.question.application.AskQuestion;
import nl.regioan.question.application.AssignCommand;
import nl.regioan.question.application.AssignQuestion;
import nl.regioan.question.application.EditAnswer;
import nl.regioan.question.application.EditQuestion;
import nl.regioan.question.application.ListQuestions;
import nl.regioan.question.application.QuestionCommand;
import nl.regioan.question.application.ItemFromQuestionCommand;
import nl.regioan.question.application.QuestionInbox;
import nl.regioan.question.application.TurnQuestionIntoItem;
import nl.regioan.question.application.VersionConflictException;
import nl.regioan.question.application.ViewQuestion;
import nl.regioan.question.application.VoteForAnswer;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionFilter;
import nl.regioan.question.domain.QuestionSnapshot;
import nl.regioan.question.domain.QuestionStatus;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.interfaces.rest.IfMatch;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Questions to the region and their answers. Reading is open to every account and trimmed by the
 * access policy as for knowledge items (a question you may not see is 404, with its answers); any
 * account asks, answers, accepts (its own question) and votes; the expertise team and the
 * coordinator work the inbox and assign. Questions and answers answer an ETag (their version) and a
 * change needs it back in If-Match.
 */
@Tag(name = "Questions")
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    ListQuestions list;

    @Inject
    ViewQuestion view;

    @Inject
    AskQuestion ask;

    @Inject
    EditQuestion edit;

    @Inject
    AnswerQuestion answer;

    @Inject
    EditAnswer editAnswer;

    @Inject
    AcceptAnswer accept;

    @Inject
    VoteForAnswer vote;

    @Inject
    AssignQuestion assign;

    @Inject
    QuestionInbox inbox;

    @Inject
    TurnQuestionIntoItem turnIntoItem;

    @Inject
    QuestionViews views;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    RequestLanguage language;

    /** A saved version of a question: who saved it, when, why, and the content as it was. */
    @Schema(name = "QuestionVersion")
    public record VersionView(int number, Instant savedAt, String savedBy, String note, String title, String body,
                              String visibility, List<String> themes, List<String> blocks) {
    }

    /** A saved version of an answer. */
    @Schema(name = "QuestionAnswerVersion")
    public record AnswerVersionView(int number, Instant savedAt, String savedBy, String note, String body) {
    }

    /** 412: the version saved meanwhile, so the writer can compare and save again. */
    @Schema(name = "QuestionConflictProblem")
    public record ConflictProblem(String type, String title, int status, String code, String detail,
                                  long currentVersion) {
    }

    @Operation(operationId = "listQuestions", summary = "A page of the questions the caller may read, newest first")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @PermitAll
    public QuestionViews.QuestionPage list(
            @Parameter(description = "OPEN or ANSWERED") @QueryParam("status") String status,
            @Parameter(description = "A theme code, 1 to 6") @QueryParam("theme") String theme,
            @Parameter(description = "CBS code of the asking municipality") @QueryParam("municipality") String municipality,
            @Parameter(description = "\"me\": only the caller's own questions") @QueryParam("asker") String asker,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Actor actor = currentActor.require();
        List<FieldError> errors = new ArrayList<>();
        QuestionStatus questionStatus = ItemInputs.enumOf(QuestionStatus.class, status, "status", false, errors);
        Long municipalityId = municipalityId(municipality, errors);
        Long askerId = null;
        if (asker != null && !asker.isBlank()) {
            if (!asker.strip().equals("me")) {
                errors.add(FieldError.of("asker", "item.owner.me"));
            }
            askerId = actor.accountId();
        }
        String themeCode = theme == null || theme.isBlank() ? null : theme.strip();
        if (themeCode != null && themeCode.length() > 10) {
            errors.add(FieldError.of("theme", "text.maxLength", 10));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ListQuestions.Page result = list.list(actor, new QuestionFilter(questionStatus, themeCode, municipalityId, askerId,
                null), page, size);
        return new QuestionViews.QuestionPage(result.page(), result.size(), result.total(), result.questions().stream()
                .map(q -> views.summary(q, result.answerCounts().getOrDefault(q.id(), 0L))).toList());
    }

    private Long municipalityId(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Long id = municipalities.findByCbsCode(CbsCode.of(code.strip())).map(m -> m.id()).orElse(null);
            if (id == null) {
                errors.add(FieldError.of("municipality", "municipality.unknown", Message.shorten(code)));
            }
            return id;
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("municipality", "housing.municipality.code"));
            return null;
        }
    }

    @Operation(operationId = "askQuestion", summary = "Asks a question for the caller's municipality (regional staff: for the region)")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "201", description = "The new question, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionView")))
    @POST
    @PermitAll
    public Response ask(QuestionCommand command) {
        Actor actor = currentActor.require();
        return withETag(Response.status(Response.Status.CREATED), actor, ask.ask(actor, command));
    }

    @Operation(operationId = "getQuestionInbox",
            summary = "The expertise team's inbox: open questions oldest first, age in working days, overdue after 5, who took them")
    @Extension(name = "x-roles", value = "expert,coordinator")
    @GET
    @Path("inbox")
    @RolesAllowed({Role.Names.EXPERT, Role.Names.COORDINATOR})
    public QuestionViews.InboxView inbox(@Parameter(description = "A theme code, 1 to 6") @QueryParam("theme") String theme) {
        String themeCode = theme == null || theme.isBlank() ? null : theme.strip();
        if (themeCode != null && themeCode.length() > 10) {
            throw InvalidInputException.of("theme", "text.maxLength", 10);
        }
        return views.inbox(inbox.of(currentActor.require(), themeCode));
    }

    @Operation(operationId = "getQuestion", summary = "One question with its answers, with its ETag")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The question",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionView")))
    @GET
    @Path("{id}")
    @PermitAll
    public Response read(@PathParam("id") long id) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, view.read(actor, id));
    }

    @Operation(operationId = "updateQuestion", summary = "Saves a new version of a question: the asker or an editor (needs If-Match)")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The saved question with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionView")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "QuestionConflictProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    @PUT
    @Path("{id}")
    @PermitAll
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, QuestionCommand command) {
        Actor actor = currentActor.require();
        if (ifMatch == null || ifMatch.isBlank()) {
            view.read(actor, id); // an unknown question is still 404
            return Problem.response(Response.Status.PRECONDITION_REQUIRED, Message.of("ifMatch.required.question", id),
                    List.of(FieldError.of("If-Match", "ifMatch.required.question", id)));
        }
        long expected = IfMatch.required(ifMatch);
        return saving(() -> withETag(Response.ok(), actor,
                edit.edit(actor, id, expected, command)),
                () -> view.read(actor, id).version(), "question.conflict");
    }

    @Operation(operationId = "listQuestionVersions", summary = "A question's saved versions, newest first")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{id}/versions")
    @PermitAll
    public List<VersionView> versions(@PathParam("id") long id) {
        return view.history(currentActor.require(), id).stream().map(v -> {
            var content = QuestionSnapshot.fromJson(v.snapshot());
            return new VersionView(v.number(), v.savedAt(), v.savedBy(), v.note(), content.title(), content.body(),
                    content.visibility().name(), content.themes(), content.blocks());
        }).toList();
    }

    @Operation(operationId = "answerQuestion", summary = "Answers an open question the caller may read")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "201", description = "The new answer, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionAnswerView")))
    @APIResponse(responseCode = "409", description = "The question has an accepted answer and takes no new ones",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @POST
    @Path("{id}/answers")
    @PermitAll
    public Response answer(@PathParam("id") long id, AnswerCommand command) {
        Actor actor = currentActor.require();
        Answer given = answer.answer(actor, id, command);
        return answerWithETag(Response.status(Response.Status.CREATED), actor, id, given);
    }

    @Operation(operationId = "updateQuestionAnswer", summary = "Saves a new version of an answer: its writer only (needs If-Match)")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The saved answer with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionAnswerView")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "QuestionConflictProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    @PUT
    @Path("{id}/answers/{answerId}")
    @PermitAll
    public Response updateAnswer(@PathParam("id") long id, @PathParam("answerId") long answerId,
                                 @HeaderParam("If-Match") String ifMatch, AnswerCommand command) {
        Actor actor = currentActor.require();
        if (ifMatch == null || ifMatch.isBlank()) {
            view.answer(actor, id, answerId);
            return Problem.response(Response.Status.PRECONDITION_REQUIRED, Message.of("ifMatch.required.answer", answerId),
                    List.of(FieldError.of("If-Match", "ifMatch.required.answer", answerId)));
        }
        long expected = IfMatch.required(ifMatch);
        return saving(() -> answerWithETag(Response.ok(), actor, id, editAnswer.edit(actor, id, answerId, expected, command)),
                () -> view.answer(actor, id, answerId).version(), "question.answer.conflict");
    }

    @Operation(operationId = "listQuestionAnswerVersions", summary = "An answer's saved versions, newest first")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("{id}/answers/{answerId}/versions")
    @PermitAll
    public List<AnswerVersionView> answerVersions(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        return view.answerHistory(currentActor.require(), id, answerId).stream()
                .map(v -> new AnswerVersionView(v.number(), v.savedAt(), v.savedBy(), v.note(),
                        QuestionSnapshot.answerFromJson(v.snapshot()))).toList();
    }

    @Operation(operationId = "acceptQuestionAnswer", summary = "The asker marks the answer that helped; the question is then answered")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The question with the accepted answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionView")))
    @POST
    @Path("{id}/answers/{answerId}/accept")
    @PermitAll
    public Response accept(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, accept.accept(actor, id, answerId));
    }

    @Operation(operationId = "voteQuestionAnswer", summary = "Votes an answer useful: once per account, not one's own")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The answer with its votes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionAnswerView")))
    @APIResponse(responseCode = "409", description = "The caller voted for this answer already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @POST
    @Path("{id}/answers/{answerId}/vote")
    @PermitAll
    public Response vote(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        Actor actor = currentActor.require();
        return answerWithETag(Response.ok(), actor, id, vote.vote(actor, id, answerId));
    }

    @Operation(operationId = "assignQuestion", summary = "Gives a question to an expert (an expert may take it)")
    @Extension(name = "x-roles", value = "expert,coordinator")
    @APIResponse(responseCode = "200", description = "The question with its expert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionView")))
    @POST
    @Path("{id}/assign")
    @RolesAllowed({Role.Names.EXPERT, Role.Names.COORDINATOR})
    public Response assign(@PathParam("id") long id, AssignCommand command) {
        Actor actor = currentActor.require();
        return withETag(Response.ok(), actor, assign.assign(actor, id, command));
    }

    @Operation(operationId = "turnQuestionIntoKnowledgeItem",
            summary = "Turns an answered question into a knowledge item (draft), crediting the asker and the answerer")
    @Extension(name = "x-roles", value = "editor")
    @APIResponse(responseCode = "201", description = "The question, with the id of the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionView")))
    @APIResponse(responseCode = "409", description = "The question has no accepted answer, or became an item already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @POST
    @Path("{id}/knowledge-item")
    @RolesAllowed(Role.Names.EDITOR)
    public Response turnIntoItem(@PathParam("id") long id, ItemFromQuestionCommand command) {
        Actor actor = currentActor.require();
        return withETag(Response.status(Response.Status.CREATED), actor, turnIntoItem.turn(actor, id, command));
    }

    /** Runs a save; a stale If-Match (or two saves at the same moment) becomes 412 with the current version. */
    private Response saving(Supplier<Response> save, Supplier<Long> currentVersion, String key) {
        try {
            return save.get();
        } catch (VersionConflictException | OptimisticLockException conflict) {
            long current = currentVersion.get();
            Message detail = Message.of(key, current);
            return Response.status(Response.Status.PRECONDITION_FAILED).type(Problem.MEDIA_TYPE)
                    .tag(new EntityTag(Long.toString(current)))
                    .entity(new ConflictProblem("about:blank", "Precondition Failed", 412, detail.key(),
                            language.text(detail), current)).build();
        }
    }

    private Response withETag(Response.ResponseBuilder builder, Actor actor, Question question) {
        return builder.tag(new EntityTag(Long.toString(question.version()))).entity(views.of(actor, question)).build();
    }

    private Response answerWithETag(Response.ResponseBuilder builder, Actor actor, long questionId, Answer given) {
        Question question = view.read(actor, questionId);
        boolean voted = !view.votedBy(actor, List.of(given)).isEmpty();
        return builder.tag(new EntityTag(Long.toString(given.version())))
                .entity(views.answer(actor, question, given, voted)).build();
    }
}
