package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.Json;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.Question;
import nl.regioan.shared.api.Message;

/** The asker marks the answer that helped (another answer may replace it later); nobody else may (403). */
@ApplicationScoped
public class AcceptAnswer {

    @Inject
    ViewQuestion view;

    @Inject
    AccessPolicy policy;

    @Inject
    QuestionSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public Question accept(Actor actor, long questionId, long answerId) {
        Answer answer = view.answer(actor, questionId, answerId);
        Question question = view.read(actor, questionId);
        policy.require(policy.canAcceptAnswer(actor, question.access()), Message.of("access.refused.acceptAnswer"));
        String before = Json.object("status", question.status().name(), "acceptedAnswer", question.acceptedAnswerId());
        question.accept(answer.id(), clock.instant());
        saves.saved(actor, question, "accepted", before);
        return question;
    }
}
