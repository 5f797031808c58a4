package nl.regioan.question.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioan.shared.persistence.SnapshotVersion;

/** One saved state of an answer: its text as JSON ({@link QuestionSnapshot#answerToJson}); never changed afterwards. */
@Entity
@Table(name = "question_answer_version")
public class AnswerVersion extends SnapshotVersion {

    @Column(name = "answer_id")
    private long answerId;

    protected AnswerVersion() {
    }

    public AnswerVersion(long answerId, int number, String snapshot, Instant savedAt, String savedBy, String note) {
        super(number, snapshot, savedAt, savedBy, note);
        this.answerId = answerId;
    }

    public long answerId() {
        return answerId;
    }
}
