package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.AnswerVersion;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionChanged;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.question.domain.QuestionSnapshot;
import nl.regioan.question.domain.QuestionVersion;

/**
 * What every save of a question or answer does inside its transaction: the version row, the audit
 * entry and {@link QuestionChanged} (the search index shows a question with its answers), with a flush
 * so a concurrent save fails here, not at commit. Audit entries hold no titles or texts: the audit
 * log's readers need not be readers of the question.
 */
@ApplicationScoped
class QuestionSaves {

    @Inject
    QuestionRepository questions;

    @Inject
    AuditTrail audit;

    @Inject
    Event<QuestionChanged> changed;

    @Inject
    Clock clock;

    void saved(Actor actor, Question question, String action, String oldValue) {
        // The question's UPDATE ... WHERE version = ? goes first: a concurrent save then fails on the
        // version (OptimisticLockException), not on the version row's unique key.
        questions.flush();
        questions.addVersion(new QuestionVersion(question.id(), question.revision(),
                QuestionSnapshot.toJson(question.content()), clock.instant(), actor.username(), action));
        audit.record("question." + action, "question", question.id(), oldValue,
                Json.object("status", question.status().name(), "visibility", question.visibility().name(),
                        "revision", question.revision(), "acceptedAnswer", question.acceptedAnswerId(),
                        "assignedExpert", question.assignedExpertAccountId(), "knowledgeItem", question.knowledgeItemId()));
        questions.flush();
        changed.fire(new QuestionChanged(question.id()));
    }

    void answerSaved(Actor actor, Answer answer, String action, String oldValue) {
        questions.flush();
        questions.addAnswerVersion(new AnswerVersion(answer.id(), answer.revision(),
                QuestionSnapshot.answerToJson(answer.body()), clock.instant(), actor.username(), action));
        audit.record("question.answer." + action, "question_answer", answer.id(), oldValue,
                Json.object("question", answer.questionId(), "revision", answer.revision(),
                        "usefulVotes", answer.usefulVotes()));
        questions.flush();
        changed.fire(new QuestionChanged(answer.questionId()));
    }

    /** A vote changes no text: no version, only the audit entry. */
    void voted(Actor actor, Answer answer) {
        audit.record("question.answer.voted", "question_answer", answer.id(), null,
                Json.object("question", answer.questionId(), "usefulVotes", answer.usefulVotes()));
        questions.flush();
    }
}
