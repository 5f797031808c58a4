package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionFilter;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.question.domain.WorkingDays;
import nl.regioan.shared.api.Message;

/**
 * The expertise team's inbox: the open questions its reader may see, oldest first (optionally of one
 * theme), each with its age in working days, whether it waited too long without an answer
 * ({@link WorkingDays#overdue}) and who took it; and the experts a question can go to.
 */
@ApplicationScoped
public class QuestionInbox {

    /** The inbox shows this many open questions at most; older ones are still in the list of questions. */
    static final int MAX = 500;

    @Inject
    QuestionRepository questions;

    @Inject
    AccessPolicy policy;

    @Inject
    AccountRepository accounts;

    @Inject
    ViewQuestion view;

    /** One open question in the inbox. */
    public record Entry(Question question, long answers, int workingDaysOpen, boolean overdue) {
    }

    /** An account a question can be assigned to. */
    public record Expert(long accountId, String username, String displayName) {
    }

    public record Inbox(List<Entry> entries, List<Expert> experts) {
    }

    public Inbox of(Actor actor, String theme) {
        policy.require(policy.canWorkTheQuestionInbox(actor), Message.of("access.refused.questionInbox"));
        List<Question> open = questions.oldestFirst(QuestionFilter.open().withTheme(theme), policy.readableBy(actor), MAX);
        Map<Long, Long> counts = questions.answerCounts(open.stream().map(Question::id).toList());
        LocalDate today = view.today();
        List<Entry> entries = open.stream().map(question -> {
            long answers = counts.getOrDefault(question.id(), 0L);
            LocalDate asked = ViewQuestion.dayOf(question.createdAt());
            return new Entry(question, answers, WorkingDays.between(asked, today),
                    WorkingDays.overdue(asked, today, (int) answers));
        }).toList();
        return new Inbox(entries, experts());
    }

    /** The enabled accounts of the expertise team, by name. */
    public List<Expert> experts() {
        return accounts.all().stream().filter(a -> a.enabled() && a.hasRole(Role.EXPERT))
                .map(a -> new Expert(a.id(), a.username(), a.displayName()))
                .sorted(Comparator.comparing(Expert::displayName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
