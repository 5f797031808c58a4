package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.audit.application.Json;
import nl.regioan.question.domain.Question;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * An expert takes a question, or an expert or the coordinator gives it to an expert: the account
 * must be an enabled expert who may read the question (else 400 naming {@code expert}).
 */
@ApplicationScoped
public class AssignQuestion {

    @Inject
    ViewQuestion view;

    @Inject
    AccessPolicy policy;

    @Inject
    AccountRepository accounts;

    @Inject
    QuestionSaves saves;

    @Inject
    Event<QuestionAssigned> assigned;

    @Inject
    Clock clock;

    @Transactional
    public Question assign(Actor actor, long questionId, AssignCommand command) {
        policy.require(policy.canWorkTheQuestionInbox(actor), Message.of("access.refused.questionInbox"));
        Question question = view.read(actor, questionId);
        String username = command == null || command.expert() == null ? "" : command.expert().strip();
        if (username.isEmpty()) {
            throw InvalidInputException.of("expert", "question.assign.expert.required");
        }
        Account account = accounts.findByUsername(username).filter(Account::enabled)
                .orElseThrow(() -> InvalidInputException.of("expert", "question.assign.notExpert", Message.shorten(username)));
        Actor expert = new Actor(account.id(), account.username(),
                account.municipality().map(m -> m.id()).orElse(null), account.roles());
        if (!policy.isExpert(expert)) {
            throw InvalidInputException.of("expert", "question.assign.notExpert", Message.shorten(username));
        }
        if (!policy.canRead(expert, question.access())) {
            throw InvalidInputException.of("expert", "question.assign.cannotRead", account.username());
        }
        String before = Json.object("assignedExpert", question.assignedExpertAccountId());
        question.assignTo(account.id(), clock.instant());
        saves.saved(actor, question, "assigned", before);
        assigned.fire(new QuestionAssigned(question.id(), account.id(), actor.accountId()));
        return question;
    }
}
