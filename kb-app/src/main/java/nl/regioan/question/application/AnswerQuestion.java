package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.Message;

/**
 * A reader of a question answers it (colleagues of other municipalities, the expertise team). An
 * unreadable question is 404; one with an accepted answer takes no new answers (409).
 */
@ApplicationScoped
public class AnswerQuestion {

    @Inject
    ViewQuestion view;

    @Inject
    QuestionInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionSaves saves;

    @Inject
    Event<AnswerGiven> given;

    @Inject
    Clock clock;

    @Transactional
    public Answer answer(Actor actor, long questionId, AnswerCommand command) {
        Question question = view.read(actor, questionId);
        policy.require(policy.canAnswer(actor, question.access()), Message.of("access.refused.answer"));
        if (!question.isOpen()) {
            throw new ConflictException("id", Message.of("question.closed", questionId));
        }
        String body = inputs.answer(command);
        Answer answer = new Answer(questionId, body, actor.accountId(), actor.municipalityId(), clock.instant());
        questions.addAnswer(answer);
        questions.flush(); // the id is needed for the version row
        saves.answerSaved(actor, answer, "given", null);
        given.fire(new AnswerGiven(questionId, answer.id(), question.askerAccountId(), actor.accountId()));
        return answer;
    }
}
