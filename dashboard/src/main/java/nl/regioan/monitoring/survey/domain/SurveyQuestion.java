package nl.regioan.monitoring.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.text.UserText;

/** One question of a survey, of a {@link QuestionKind}, required or optional. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    /** Open answers are as long as monitoring comments: a paragraph, not a document. */
    public static final int MAX_OPEN_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private SurveySection section;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean required;

    /** The scale's labels or the choice's options, one per line; null for rating and open questions. */
    @Column(name = "choices")
    private String choices;

    protected SurveyQuestion() {
    }

    static SurveyQuestion of(SurveySection section, int position, SurveyOutline.Question outline) {
        SurveyQuestion question = new SurveyQuestion();
        question.section = section;
        question.position = position;
        question.kind = SurveyOutline.kindOf(outline.kind()).orElseThrow();
        question.text = UserText.normalised(outline.text().strip());
        question.required = Boolean.TRUE.equals(outline.required());
        List<String> list = question.kind == QuestionKind.AGREEMENT ? outline.labels()
                : question.kind == QuestionKind.CHOICE ? outline.options() : List.of();
        question.choices = list == null || list.isEmpty() ? null
                : String.join("\n", list.stream().map(c -> UserText.normalised(c.strip())).toList());
        return question;
    }

    /** What is wrong with this answer for this question (the field relative to the answer), or empty. */
    public Optional<FieldError> problemWith(Answer answer, String at) {
        boolean dontKnow = Boolean.TRUE.equals(answer.dontKnow());
        if (dontKnow && kind != QuestionKind.AGREEMENT) {
            return Optional.of(FieldError.of(at + "/dontKnow", "survey.answer.dontKnowOnlyScale"));
        }
        List<String> wrongFields = new ArrayList<>();
        if (answer.score() != null && !kind.isScored()) {
            wrongFields.add("score");
        }
        if (answer.choice() != null && kind != QuestionKind.CHOICE) {
            wrongFields.add("choice");
        }
        if (answer.text() != null && kind != QuestionKind.OPEN) {
            wrongFields.add("text");
        }
        if (!wrongFields.isEmpty()) {
            return Optional.of(FieldError.of(at + "/" + wrongFields.get(0), "survey.answer.wrongType." + kind.name()));
        }
        switch (kind) {
            case AGREEMENT, RATING -> {
                if (dontKnow && answer.score() != null) {
                    return Optional.of(FieldError.of(at + "/score", "survey.answer.scoreOrDontKnow"));
                }
                if (answer.score() != null && (answer.score() < kind.lowest() || answer.score() > kind.highest())) {
                    return Optional.of(FieldError.of(at + "/score", "survey.answer.score", kind.lowest(), kind.highest()));
                }
            }
            case CHOICE -> {
                if (answer.choice() != null && !choices().contains(UserText.normalised(answer.choice().strip()))) {
                    return Optional.of(FieldError.of(at + "/choice", "survey.answer.choice", Message.shorten(answer.choice()),
                            String.join(", ", choices())));
                }
            }
            case OPEN -> {
                if (answer.text() != null) {
                    Optional<Message> problem = UserText.problem(answer.text(), MAX_OPEN_ANSWER);
                    if (problem.isPresent()) {
                        return Optional.of(new FieldError(at + "/text", problem.get()));
                    }
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }

    /** Whether two questions of different years ask the same: same kind, same text (ignoring case and spaces). */
    public boolean asksTheSameAs(SurveyQuestion other) {
        return kind == other.kind && normal(text).equals(normal(other.text));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    SurveyOutline.Question outline() {
        return new SurveyOutline.Question(kind.name(), text, required,
                kind == QuestionKind.AGREEMENT ? choices() : List.of(), kind == QuestionKind.CHOICE ? choices() : List.of());
    }

    public Long id() {
        return id;
    }

    public QuestionKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public boolean required() {
        return required;
    }

    public String sectionTitle() {
        return section.title();
    }

    /** The labels or options; for a rating the marks 1-10 have no labels. */
    public List<String> choices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }
}
