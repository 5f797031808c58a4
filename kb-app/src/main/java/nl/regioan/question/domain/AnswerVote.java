package nl.regioan.question.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One account found one answer useful; the primary key allows that once. */
@Entity
@Table(name = "question_answer_vote")
@IdClass(AnswerVote.Key.class)
public class AnswerVote {

    @Id
    @Column(name = "answer_id")
    private long answerId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "voted_at")
    private Instant votedAt;

    /** The composite key (answer, account). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long answerId;
        long accountId;

        public Key() {
        }

        public Key(long answerId, long accountId) {
            this.answerId = answerId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.answerId == answerId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(answerId) * 31 + Long.hashCode(accountId);
        }
    }

    protected AnswerVote() {
    }

    public AnswerVote(long answerId, long accountId, Instant votedAt) {
        this.answerId = answerId;
        this.accountId = accountId;
        this.votedAt = votedAt;
    }

    public long answerId() {
        return answerId;
    }

    public long accountId() {
        return accountId;
    }
}
