package nl.regioan.monitoring.survey.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/** The one response of a municipality to a year's survey: a draft until it is submitted, then fixed. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    public enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "municipality_id", nullable = false)
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("questionId")
    private List<SurveyAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected SurveyResponse() {
    }

    public SurveyResponse(Survey survey, long municipalityId) {
        this.surveyId = survey.id();
        this.municipalityId = municipalityId;
        this.status = Status.DRAFT;
    }

    /**
     * Saves the answers as the draft: each answer is checked against its question (the field named as
     * /answers/i/...), questions left out or empty are unanswered. All or nothing.
     */
    public void saveDraft(Survey survey, List<Answer> sent, String by, Instant now) {
        requireDraft(survey);
        List<FieldError> errors = new ArrayList<>();
        List<Answer> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            Answer answer = sent.get(i);
            String at = "/answers/" + i;
            if (answer == null || answer.questionId() == null) {
                errors.add(FieldError.of(at + "/questionId", "survey.answer.questionId"));
                continue;
            }
            Optional<SurveyQuestion> question = survey.question(answer.questionId());
            if (question.isEmpty()) {
                errors.add(FieldError.of(at + "/questionId", "survey.answer.unknownQuestion", answer.questionId(), survey.year()));
                continue;
            }
            if (!seen.add(answer.questionId())) {
                errors.add(FieldError.of(at + "/questionId", "survey.answer.twice", answer.questionId()));
                continue;
            }
            question.get().problemWith(answer, at).ifPresent(errors::add);
            if (!answer.isEmpty()) {
                kept.add(answer);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // in place per question, so the unique (response, question) never sees a delete and an insert at once
        answers.removeIf(a -> kept.stream().noneMatch(k -> k.questionId().equals(a.questionId())));
        for (Answer answer : kept) {
            Optional<SurveyAnswer> existing = answers.stream().filter(a -> a.questionId() == answer.questionId()).findFirst();
            if (existing.isPresent()) {
                existing.get().set(answer);
            } else {
                answers.add(new SurveyAnswer(this, answer));
            }
        }
        savedAt = now;
        savedBy = by;
    }

    /** Submits the draft: every required question must have an answer. */
    public void submit(Survey survey, String by, Instant now) {
        requireDraft(survey);
        List<FieldError> errors = new ArrayList<>();
        for (SurveyQuestion question : survey.questions()) {
            if (question.required() && answerTo(question.id()).isEmpty()) {
                errors.add(FieldError.of("answers/" + question.id(), "survey.answer.required", Message.shorten(question.text())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        status = Status.SUBMITTED;
        submittedAt = now;
        savedAt = now;
        savedBy = by;
    }

    private void requireDraft(Survey survey) {
        if (status == Status.SUBMITTED) {
            throw ConflictException.of("survey.response.submitted", survey.year());
        }
    }

    public Optional<SurveyAnswer> answerTo(Long questionId) {
        return answers.stream().filter(a -> a.questionId() == questionId).findFirst();
    }

    public Long id() {
        return id;
    }

    public Long surveyId() {
        return surveyId;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public Status status() {
        return status;
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<SurveyAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }

    public long version() {
        return version;
    }
}
