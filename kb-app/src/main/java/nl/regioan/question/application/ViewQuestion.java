package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.AnswerVersion;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.question.domain.QuestionVersion;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;

/**
 * Reads one question with its answers and their history. A question the reader may not see is
 * answered as not found, so its existence is not revealed (as for knowledge items); its answers are
 * read with it.
 */
@ApplicationScoped
public class ViewQuestion {

    static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    QuestionRepository questions;

    @Inject
    AccessPolicy policy;

    @Inject
    Clock clock;

    public Question read(Actor actor, long id) {
        return questions.find(id).filter(question -> policy.canRead(actor, question.access()))
                .orElseThrow(() -> new UnknownResourceException("id", Message.of("question.notFound", id)));
    }

    /** An answer of a question the reader may see; an answer of another question is not found either. */
    public Answer answer(Actor actor, long questionId, long answerId) {
        read(actor, questionId);
        return questions.findAnswer(answerId).filter(answer -> answer.questionId() == questionId)
                .orElseThrow(() -> new UnknownResourceException("answerId",
                        Message.of("question.answer.notFound", questionId, answerId)));
    }

    public List<Answer> answers(Question question) {
        return questions.answersOf(question.id());
    }

    /** Which of these answers the reader voted useful. */
    public List<Long> votedBy(Actor actor, List<Answer> answers) {
        return questions.votedBy(actor.accountId(), answers.stream().map(Answer::id).toList());
    }

    public List<QuestionVersion> history(Actor actor, long id) {
        read(actor, id);
        return questions.versions(id);
    }

    public List<AnswerVersion> answerHistory(Actor actor, long questionId, long answerId) {
        answer(actor, questionId, answerId);
        return questions.answerVersions(answerId);
    }

    public List<String> actions(Actor actor, Question question) {
        return policy.questionActions(actor, question.access());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(REGION_ZONE));
    }

    static LocalDate dayOf(java.time.Instant instant) {
        return instant.atZone(REGION_ZONE).toLocalDate();
    }
}
