package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.question.application.AnswerGiven;
import nl.regioan.question.application.QuestionAssigned;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.shared.api.Message;

/**
 * Tells the asker of a new answer and the expert of a question given to them, queued in the
 * transaction of the answer or the assignment (synchronous observers). Both may read the question
 * (the asker wrote it; an expert who may not is refused the assignment); the mail names the
 * question's title and who acted, never an answer's text.
 */
@ApplicationScoped
public class NotifyOfQuestions {

    @Inject
    MailOutbox outbox;

    @Inject
    QuestionRepository questions;

    @Inject
    AccountRepository accounts;

    void answered(@Observes AnswerGiven event) {
        if (event.askerAccountId() == event.answererAccountId()) {
            return; // one's own addition to one's own question is no news
        }
        questions.find(event.questionId()).ifPresent(question -> outbox.enqueue(event.askerAccountId(), MailKind.NEW_ANSWER,
                new MailContent(Message.of("mail.answer.subject", question.title()),
                        List.of(MailLine.of(Message.of("mail.answer.body", name(event.answererAccountId()), question.title()))),
                        "/questions/question.html?id=" + question.id())));
    }

    void assigned(@Observes QuestionAssigned event) {
        questions.find(event.questionId()).ifPresent(question -> outbox.enqueue(event.expertAccountId(),
                MailKind.QUESTION_ASSIGNED, new MailContent(Message.of("mail.assigned.subject", question.title()),
                        List.of(MailLine.of(Message.of("mail.assigned.body", name(event.assignedByAccountId()),
                                question.title()))), "/questions/question.html?id=" + question.id())));
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(a -> a.displayName()).orElse("?");
    }
}
