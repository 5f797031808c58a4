package nl.regioan.question.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioan.shared.persistence.SnapshotVersion;

/** One saved state of a question: a full snapshot (JSON, see {@link QuestionSnapshot}); never changed afterwards. */
@Entity
@Table(name = "question_version")
public class QuestionVersion extends SnapshotVersion {

    @Column(name = "question_id")
    private long questionId;

    protected QuestionVersion() {
    }

    public QuestionVersion(long questionId, int number, String snapshot, Instant savedAt, String savedBy, String note) {
        super(number, snapshot, savedAt, savedBy, note);
        this.questionId = questionId;
    }

    public long questionId() {
        return questionId;
    }
}
