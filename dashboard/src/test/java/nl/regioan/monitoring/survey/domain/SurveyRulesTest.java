package nl.regioan.monitoring.survey.domain;

import static nl.regioan.monitoring.survey.domain.SurveyFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of answering and closing: answer types, required questions, one fixed response, the deadline. */
class SurveyRulesTest {

    private final Survey survey = SurveyFixture.survey(2025, true, 1);
    private final SurveyResponse arnhem = new SurveyResponse(survey, 202);

    private List<String> refusedFields(List<Answer> answers) {
        return assertThrows(InvalidInputException.class, () -> arnhem.saveDraft(survey, answers, "arnhem-steward", NOW))
                .errors().stream().map(FieldError::field).toList();
    }

    @Test
    void answersOfTheWrongTypeAreRefusedNamingTheField() {
        assertEquals(List.of("/answers/0/score", "/answers/1/score", "/answers/2/choice", "/answers/3/score",
                        "/answers/4/questionId"),
                refusedFields(List.of(
                        new Answer(1L, 6, null, null, null),            // the scale runs 1-5
                        new Answer(2L, 0, null, null, null),            // a rating 1-10
                        new Answer(3L, null, null, "Dagelijks", null),  // not an option
                        new Answer(4L, 7, null, null, null),            // an open question takes text
                        new Answer(99L, 3, null, null, null))));        // no such question
        assertEquals(List.of("/answers/0/dontKnow", "/answers/1/questionId"), refusedFields(List.of(
                new Answer(2L, null, true, null, null),                 // weet niet only on the scale
                new Answer(2L, 5, null, null, null))));                 // one answer per question
        assertTrue(arnhem.answers().isEmpty(), "nothing was kept");
    }

    @Test
    void anOpenAnswerLongerThanAParagraphIsRefused() {
        String hundredKilobytes = "Wij werken goed samen met de buurgemeenten. ".repeat(2400);
        assertEquals(List.of("/answers/0/text"), refusedFields(List.of(new Answer(4L, null, null, null, hundredKilobytes))));
    }

    @Test
    void aDraftKeepsItsAnswersAndIsChangedInPlace() {
        arnhem.saveDraft(survey, List.of(new Answer(1L, 4, null, null, null), new Answer(4L, null, null, null, "Meer overleg.")),
                "arnhem-steward", NOW);
        arnhem.saveDraft(survey, List.of(new Answer(1L, null, true, null, null), new Answer(2L, 8, null, null, null)),
                "arnhem-steward", NOW);
        assertEquals(2, arnhem.answers().size());
        assertTrue(arnhem.answerTo(1L).orElseThrow().dontKnow());
        assertEquals(8, arnhem.answerTo(2L).orElseThrow().score());
        assertTrue(arnhem.answerTo(4L).isEmpty(), "left out means unanswered");
    }

    @Test
    void submittingNeedsTheRequiredAnswersAndHappensOnce() {
        arnhem.saveDraft(survey, List.of(new Answer(1L, 4, null, null, null)), "arnhem-steward", NOW);
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> arnhem.submit(survey, "arnhem-steward", NOW));
        assertEquals(List.of("answers/2"), missing.errors().stream().map(FieldError::field).toList());
        arnhem.saveDraft(survey, List.of(new Answer(1L, 4, null, null, null), new Answer(2L, 7, null, null, null)),
                "arnhem-steward", NOW);
        arnhem.submit(survey, "arnhem-steward", NOW);
        assertTrue(arnhem.isSubmitted());
        assertEquals("survey.response.submitted", assertThrows(ConflictException.class,
                () -> arnhem.saveDraft(survey, List.of(), "arnhem-steward", NOW)).detail().key());
        assertEquals("survey.response.submitted", assertThrows(ConflictException.class,
                () -> arnhem.submit(survey, "arnhem-steward", NOW)).detail().key());
    }

    @Test
    void theSurveyTakesAnswersUpToItsDeadlineAndClosesOnlyAfterIt() {
        LocalDate deadline = survey.deadline();
        assertTrue(survey.acceptsResponsesOn(deadline));
        assertFalse(survey.acceptsResponsesOn(deadline.plusDays(1)));
        assertEquals("survey.close.beforeDeadline", assertThrows(ConflictException.class,
                () -> survey.close(deadline, "coordinator", NOW)).detail().key());
        survey.close(deadline.plusDays(1), "coordinator", NOW);
        assertTrue(survey.isClosed());
        assertFalse(survey.acceptsResponsesOn(deadline));
        assertEquals("survey.closed", assertThrows(ConflictException.class,
                () -> survey.change("Nieuw", deadline, true, false, NOW)).detail().key());
    }

    @Test
    void answeredQuestionsAndThePromiseOfAnonymityStay() {
        assertEquals("survey.questions.answered", assertThrows(ConflictException.class,
                () -> survey.replaceQuestions(survey.outline(), true, NOW)).detail().key());
        assertEquals("survey.anonymous.promised", assertThrows(ConflictException.class,
                () -> survey.change(survey.title(), survey.deadline(), false, true, NOW)).detail().key());
        survey.change(survey.title(), survey.deadline(), false, false, NOW);
        assertFalse(survey.anonymous());
    }

    @Test
    void aCopyAsksTheSameQuestions() {
        Survey next = new Survey(2026, "Samenwerkingsenquête 2026", LocalDate.of(2026, 12, 1), true, NOW);
        next.replaceQuestions(survey.outline(), false, NOW);
        assertEquals(survey.questions().size(), next.questions().size());
        for (int i = 0; i < next.questions().size(); i++) {
            assertTrue(next.questions().get(i).asksTheSameAs(survey.questions().get(i)));
            assertEquals(survey.questions().get(i).choices(), next.questions().get(i).choices());
        }
        assertFalse(next.questions().get(0).asksTheSameAs(next.questions().get(1)));
    }
}
