package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.AnswerVote;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.Message;

/**
 * A reader of the question finds an answer useful: once per account (a second vote is 409; the
 * table's key also refuses two at the same moment), never for their own answer (403).
 */
@ApplicationScoped
public class VoteForAnswer {

    @Inject
    ViewQuestion view;

    @Inject
    AccessPolicy policy;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public Answer vote(Actor actor, long questionId, long answerId) {
        Answer answer = view.answer(actor, questionId, answerId);
        policy.require(policy.canVoteFor(actor, answer.authorAccountId()), Message.of("access.refused.voteOwnAnswer"));
        if (questions.hasVoted(answerId, actor.accountId())) {
            throw new ConflictException("answerId", Message.of("answer.vote.twice"));
        }
        questions.addVote(new AnswerVote(answerId, actor.accountId(), clock.instant()));
        questions.flush(); // a vote at the same moment fails here on the key, before the count changes
        answer.votedUseful();
        saves.voted(actor, answer);
        return answer;
    }
}
