package nl.regioan.monitoring.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioan.shared.text.UserText;

/** A municipality's answer to one question, stored as checked by {@link SurveyQuestion#problemWith}. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private SurveyResponse response;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    private Integer score;

    @Column(name = "dont_know", nullable = false)
    private boolean dontKnow;

    private String choice;

    @Column(name = "open_text")
    private String openText;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, Answer answer) {
        this.response = response;
        this.questionId = answer.questionId();
        set(answer);
    }

    void set(Answer answer) {
        this.dontKnow = Boolean.TRUE.equals(answer.dontKnow());
        this.score = dontKnow ? null : answer.score();
        this.choice = answer.choice() == null || answer.choice().isBlank() ? null : UserText.normalised(answer.choice().strip());
        this.openText = answer.text() == null || answer.text().isBlank() ? null : UserText.normalised(answer.text().strip());
    }

    /** For unit tests and the results: an answer of {@code questionId} as it would be stored. */
    public static SurveyAnswer of(long questionId, Answer answer) {
        SurveyAnswer stored = new SurveyAnswer();
        stored.questionId = questionId;
        stored.set(answer);
        return stored;
    }

    public long questionId() {
        return questionId;
    }

    public Integer score() {
        return score;
    }

    public boolean dontKnow() {
        return dontKnow;
    }

    public String choice() {
        return choice;
    }

    public String openText() {
        return openText;
    }

    public Answer asAnswer() {
        return new Answer(questionId, score, dontKnow ? Boolean.TRUE : null, choice, openText);
    }
}
