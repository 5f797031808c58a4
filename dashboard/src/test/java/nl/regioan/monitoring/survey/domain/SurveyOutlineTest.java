package nl.regioan.monitoring.survey.domain;

import static nl.regioan.monitoring.survey.domain.SurveyFixture.AGREEMENT_LABELS;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class SurveyOutlineTest {

    private static List<String> fields(Runnable check) {
        return assertThrows(InvalidInputException.class, check::run).errors().stream().map(FieldError::field).toList();
    }

    private static List<String> codes(Runnable check) {
        return assertThrows(InvalidInputException.class, check::run).errors().stream().map(FieldError::code).toList();
    }

    @Test
    void aSurveyWithoutQuestionsIsRefused() {
        assertEquals(List.of("sections"), fields(() -> SurveyOutline.check(List.of())));
        assertEquals(List.of("/sections/0/questions"), fields(() -> SurveyOutline.check(List.of(
                new SurveyOutline.Section("Samenwerking", List.of())))));
    }

    @Test
    void aScaleWithoutItsFiveLabelsIsRefused() {
        SurveyOutline.Question noLabels = new SurveyOutline.Question("AGREEMENT", "De samenwerking loopt goed.", true,
                List.of(), List.of());
        SurveyOutline.Question fourLabels = new SurveyOutline.Question("AGREEMENT", "De samenwerking loopt goed.", true,
                AGREEMENT_LABELS.subList(0, 4), List.of());
        assertEquals(List.of("/sections/0/questions/0/labels", "/sections/0/questions/1/labels"),
                fields(() -> SurveyOutline.check(List.of(new SurveyOutline.Section("Samenwerking", List.of(noLabels, fourLabels))))));
    }

    @Test
    void aChoiceNeedsTwoDistinctOptionsAndOtherKindsNone() {
        assertEquals(List.of("survey.question.options", "survey.choice.twice", "survey.question.noChoices", "survey.question.kind"),
                codes(() -> SurveyOutline.check(List.of(new SurveyOutline.Section("Kennisbank", List.of(
                        SurveyFixture.choice("Hoe vaak?", "Wekelijks"),
                        SurveyFixture.choice("Hoe vaak?", "Wekelijks", "Wekelijks"),
                        new SurveyOutline.Question("RATING", "Cijfer?", true, List.of(), List.of("1", "2")),
                        new SurveyOutline.Question("SLIDER", "Schuif?", true, List.of(), List.of())))))));
    }

    @Test
    void textsAreRequiredAndWithinTheirColumns() {
        SurveyOutline.Question longText = SurveyFixture.open("x".repeat(SurveyOutline.MAX_QUESTION + 1));
        assertEquals(List.of("/sections/0/title", "/sections/0/questions/0/text"),
                fields(() -> SurveyOutline.check(List.of(new SurveyOutline.Section(" ", List.of(longText))))));
    }

    @Test
    void aWellFormedSurveyPasses() {
        assertDoesNotThrow(() -> SurveyFixture.survey(2025, true, 1));
        assertEquals(4, SurveyFixture.survey(2025, true, 1).questions().size());
    }
}
