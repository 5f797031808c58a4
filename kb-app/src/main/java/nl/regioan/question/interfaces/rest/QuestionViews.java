package nl.regioan.question.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.kb.item.domain.Markdown;
import nl.regioan.question.application.QuestionInbox;
import nl.regioan.question.application.ViewQuestion;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.Question;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Builds the JSON records of questions and answers: Markdown rendered sanitized as for items, people by name. */
@RequestScoped
public class QuestionViews {

    @Inject
    ViewQuestion view;

    @Inject
    AccountRepository accounts;

    @Inject
    MunicipalityRepository municipalities;

    private final Map<Long, Account> accountsById = new HashMap<>();
    private Map<Long, Municipality> municipalitiesById;

    /** A person as others see them: name and municipality (null for regional staff). */
    @Schema(name = "QuestionPerson")
    public record Person(String username, String displayName, String municipality, String municipalityName) {
    }

    /**
     * A question with its answers. {@code bodyHtml} is the Markdown rendered and sanitized;
     * {@code actions} is what the reader may do (edit, answer, accept, assign, makeItem).
     */
    @Schema(name = "QuestionView")
    public record QuestionView(long id, String title, String body, String bodyHtml, String visibility,
                               List<String> themes, List<String> blocks, String municipality, String municipalityName,
                               String status, Person asker, Instant askedAt, Instant updatedAt, Long acceptedAnswerId,
                               Person assignedExpert, Instant assignedAt, Long knowledgeItemId, int revision,
                               long version, List<AnswerView> answers, List<String> actions) {
    }

    /** An answer; {@code actions} holds edit (its writer) and vote (others who have not voted yet). */
    @Schema(name = "QuestionAnswerView")
    public record AnswerView(long id, String body, String bodyHtml, Person author, int usefulVotes, boolean votedByMe,
                             boolean accepted, Instant createdAt, Instant updatedAt, int revision, long version,
                             List<String> actions) {
    }

    /** A question in a list. */
    @Schema(name = "QuestionSummary")
    public record QuestionSummary(long id, String title, String status, String visibility, List<String> themes,
                                  String municipality, String municipalityName, Instant askedAt, long answers,
                                  Person assignedExpert, Long knowledgeItemId) {
    }

    @Schema(name = "QuestionPage")
    public record QuestionPage(int page, int size, int total, List<QuestionSummary> questions) {
    }

    /** An open question in the expertise team's inbox; {@code overdue}: 5 working days or more without an answer. */
    @Schema(name = "QuestionInboxEntry")
    public record InboxEntry(QuestionSummary question, int workingDaysOpen, boolean overdue) {
    }

    @Schema(name = "QuestionInbox")
    public record InboxView(List<InboxEntry> questions, List<Person> experts) {
    }

    public QuestionView of(Actor actor, Question question) {
        List<Answer> answers = view.answers(question);
        List<Long> voted = view.votedBy(actor, answers);
        List<String> questionActions = view.actions(actor, question);
        List<AnswerView> answerViews = answers.stream().map(answer -> answer(actor, question, answer,
                voted.contains(answer.id()))).toList();
        Municipality owner = municipality(question.municipalityId());
        return new QuestionView(question.id(), question.title(), question.body(), Markdown.toSafeHtml(question.body()),
                question.visibility().name(), question.themes(), question.blocks(),
                owner == null ? null : owner.cbsCode().value(), owner == null ? null : owner.name(),
                question.status().name(), person(question.askerAccountId()), question.createdAt(), question.updatedAt(),
                question.acceptedAnswerId(), person(question.assignedExpertAccountId()), question.assignedAt(),
                question.knowledgeItemId(), question.revision(), question.version(), answerViews, questionActions);
    }

    public AnswerView answer(Actor actor, Question question, Answer answer, boolean votedByMe) {
        List<String> actions = new java.util.ArrayList<>();
        if (answer.authorAccountId() == actor.accountId()) {
            actions.add("edit");
        } else if (!votedByMe) {
            actions.add("vote");
        }
        return new AnswerView(answer.id(), answer.body(), Markdown.toSafeHtml(answer.body()),
                person(answer.authorAccountId()), answer.usefulVotes(), votedByMe,
                answer.id().equals(question.acceptedAnswerId()), answer.createdAt(), answer.updatedAt(),
                answer.revision(), answer.version(), List.copyOf(actions));
    }

    public QuestionSummary summary(Question question, long answers) {
        Municipality owner = municipality(question.municipalityId());
        return new QuestionSummary(question.id(), question.title(), question.status().name(), question.visibility().name(),
                question.themes(), owner == null ? null : owner.cbsCode().value(), owner == null ? null : owner.name(),
                question.createdAt(), answers, person(question.assignedExpertAccountId()), question.knowledgeItemId());
    }

    public InboxView inbox(QuestionInbox.Inbox inbox) {
        return new InboxView(inbox.entries().stream().map(entry -> new InboxEntry(
                summary(entry.question(), entry.answers()), entry.workingDaysOpen(), entry.overdue())).toList(),
                inbox.experts().stream().map(expert -> person(expert.accountId())).toList());
    }

    private Person person(Long accountId) {
        if (accountId == null) {
            return null;
        }
        Account account = accountsById.computeIfAbsent(accountId, id -> accounts.findById(id).orElse(null));
        if (account == null) {
            return null;
        }
        Municipality municipality = account.municipality().orElse(null);
        return new Person(account.username(), account.displayName(),
                municipality == null ? null : municipality.cbsCode().value(), municipality == null ? null : municipality.name());
    }

    private Municipality municipality(Long id) {
        if (id == null) {
            return null;
        }
        if (municipalitiesById == null) {
            municipalitiesById = new HashMap<>();
            municipalities.all().forEach(m -> municipalitiesById.put(m.id(), m));
        }
        return municipalitiesById.get(id);
    }
}
