package nl.regioan.question.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An answer to a question, in Markdown; every edit is a version, and readers may vote it useful once. */
@Entity
@Table(name = "question_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id")
    private long questionId;

    private String body;

    @Column(name = "author_account_id")
    private long authorAccountId;

    /** The writer's municipality when they answered; null for regional staff (the expertise team). */
    @Column(name = "author_municipality_id")
    private Long authorMunicipalityId;

    @Column(name = "useful_votes")
    private int usefulVotes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    private int revision;

    @Version
    private long version;

    protected Answer() {
    }

    public Answer(long questionId, String body, long authorAccountId, Long authorMunicipalityId, Instant now) {
        this.questionId = questionId;
        this.authorAccountId = authorAccountId;
        this.authorMunicipalityId = authorMunicipalityId;
        this.createdAt = now;
        change(body, now);
    }

    public void change(String newBody, Instant now) {
        body = newBody;
        updatedAt = now;
        revision++;
    }

    /** Counted here so lists sort by usefulness without a join; the vote rows say who voted. */
    public void votedUseful() {
        usefulVotes++;
    }

    public Long id() {
        return id;
    }

    public long questionId() {
        return questionId;
    }

    public String body() {
        return body;
    }

    public long authorAccountId() {
        return authorAccountId;
    }

    public Long authorMunicipalityId() {
        return authorMunicipalityId;
    }

    public int usefulVotes() {
        return usefulVotes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int revision() {
        return revision;
    }

    public long version() {
        return version;
    }
}
