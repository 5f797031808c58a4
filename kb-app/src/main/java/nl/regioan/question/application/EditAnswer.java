package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.Json;
import nl.regioan.question.domain.Answer;
import nl.regioan.shared.api.Message;

/** Saves a new version of an answer: only its writer, who saw the current version (If-Match). */
@ApplicationScoped
public class EditAnswer {

    @Inject
    ViewQuestion view;

    @Inject
    QuestionInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    QuestionSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public Answer edit(Actor actor, long questionId, long answerId, long expectedVersion, AnswerCommand command) {
        Answer answer = view.answer(actor, questionId, answerId);
        policy.require(policy.canEditAnswer(actor, answer.authorAccountId()), Message.of("access.refused.editAnswer"));
        if (answer.version() != expectedVersion) {
            throw new VersionConflictException(Message.of("question.answer.conflict", answer.version()), answer.version());
        }
        String body = inputs.answer(command);
        String before = Json.object("revision", answer.revision());
        answer.change(body, clock.instant());
        saves.answerSaved(actor, answer, "edited", before);
        return answer;
    }
}
