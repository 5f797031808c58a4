package nl.regioan.monitoring.survey.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer as sent: {@code score} for an agreement scale (1-5) or rating (1-10), {@code dontKnow}
 * for "weet niet / n.v.t." on the scale, {@code choice} for a choice, {@code text} for an open question.
 */
@Schema(name = "SurveyAnswerInput")
public record Answer(Long questionId, Integer score, Boolean dontKnow, String choice, String text) {

    /** Nothing filled in: the same as leaving the question out. */
    public boolean isEmpty() {
        return score == null && !Boolean.TRUE.equals(dontKnow) && (choice == null || choice.isBlank())
                && (text == null || text.isBlank());
    }
}
