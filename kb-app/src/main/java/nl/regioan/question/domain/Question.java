package nl.regioan.question.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.regioan.access.domain.ContentAccess;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;

/**
 * A question of a municipality (or of regional staff) to the region. Every save of its content goes
 * through {@link #change} and bumps the revision, the number of the version row stored next;
 * {@code @Version} guards concurrent saves (ETag/If-Match). It is read by the knowledge-base rule as
 * published content of the asker's municipality, written by the asker.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String body;

    /** The asker's municipality; null for a question of regional staff. */
    @Column(name = "municipality_id")
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status;

    @Column(name = "asker_account_id")
    private long askerAccountId;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "assigned_expert_account_id")
    private Long assignedExpertAccountId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "knowledge_item_id")
    private Long knowledgeItemId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_theme", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_block", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "block_code")
    private Set<String> blocks = new TreeSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    private int revision;

    @Version
    private long version;

    protected Question() {
    }

    public Question(QuestionContent content, long askerAccountId, Long municipalityId, Instant now) {
        this.askerAccountId = askerAccountId;
        this.municipalityId = municipalityId;
        this.status = QuestionStatus.OPEN;
        this.createdAt = now;
        change(content, now);
    }

    public void change(QuestionContent content, Instant now) {
        title = content.title();
        body = content.body();
        visibility = content.visibility();
        themes = new TreeSet<>(content.themes());
        blocks = new TreeSet<>(content.blocks());
        touched(now);
    }

    /** The asker marks the answer that helped; the question then takes no new answers. */
    public void accept(long answerId, Instant now) {
        acceptedAnswerId = answerId;
        status = QuestionStatus.ANSWERED;
        touched(now);
    }

    /** An expert takes the question (or is given it). */
    public void assignTo(long expertAccountId, Instant now) {
        assignedExpertAccountId = expertAccountId;
        assignedAt = now;
        touched(now);
    }

    /** The knowledge item the question became (once). */
    public void becameItem(long itemId, Instant now) {
        if (knowledgeItemId != null) {
            throw new IllegalStateException("question " + id + " is already item " + knowledgeItemId);
        }
        knowledgeItemId = itemId;
        touched(now);
    }

    private void touched(Instant now) {
        updatedAt = now;
        revision++;
    }

    public boolean isOpen() {
        return status == QuestionStatus.OPEN;
    }

    public QuestionContent content() {
        return new QuestionContent(title, body, visibility, List.copyOf(themes), List.copyOf(blocks));
    }

    /** What the access policy decides on: the item rule, as published content of the asker's municipality. */
    public ContentAccess access() {
        return new ContentAccess(visibility, ContentStatus.PUBLISHED, municipalityId, askerAccountId);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public Visibility visibility() {
        return visibility;
    }

    public QuestionStatus status() {
        return status;
    }

    public long askerAccountId() {
        return askerAccountId;
    }

    public Long acceptedAnswerId() {
        return acceptedAnswerId;
    }

    public Long assignedExpertAccountId() {
        return assignedExpertAccountId;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Long knowledgeItemId() {
        return knowledgeItemId;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public List<String> blocks() {
        return List.copyOf(blocks);
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
