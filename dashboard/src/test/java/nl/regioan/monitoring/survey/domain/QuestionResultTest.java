package nl.regioan.monitoring.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregation of one question: n, "weet niet", the distribution, the threshold of five, year on year. */
class QuestionResultTest {

    private static final List<String> GEMEENTEN = List.of("Arnhem", "Nijmegen", "Duiven", "Zevenaar", "Wijchen",
            "Renkum", "Rheden");

    private final Survey survey2025 = SurveyFixture.survey(2025, true, 1);
    private final SurveyQuestion scale = survey2025.questions().get(0);
    private final SurveyQuestion rating = survey2025.questions().get(1);
    private final SurveyQuestion choice = survey2025.questions().get(2);
    private final SurveyQuestion open = survey2025.questions().get(3);

    /** One respondent per answer, municipalities in order. */
    private static List<QuestionResult.Respondent> answers(SurveyQuestion question, Answer... answers) {
        List<QuestionResult.Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            respondents.add(new QuestionResult.Respondent(GEMEENTEN.get(i), SurveyAnswer.of(question.id(), answers[i])));
        }
        return respondents;
    }

    private static Answer score(int score) {
        return new Answer(null, score, null, null, null);
    }

    private static Answer dontKnow() {
        return new Answer(null, null, true, null, null);
    }

    @Test
    void theScaleCountsEachPointAndWeetNietApart() {
        QuestionResult result = QuestionResult.of(scale, answers(scale, score(5), score(4), score(4), score(2), score(3),
                dontKnow()), true, null, null);
        assertEquals(5, result.n());
        assertEquals(1, result.dontKnow());
        assertTrue(result.shown());
        assertEquals(List.of(0, 1, 1, 2, 1), result.counts());
        assertEquals(60.0, result.agreeShare()); // 3 of 5 agree
        assertEquals(3.6, result.mean());
        assertEquals(SurveyFixture.AGREEMENT_LABELS, result.labels());
    }

    @Test
    void anAnonymousQuestionAnsweredByFewerThanFiveIsNotShown() {
        QuestionResult result = QuestionResult.of(scale, answers(scale, score(5), score(4), score(1), score(2), dontKnow(),
                dontKnow()), true, null, null);
        assertEquals(4, result.n());
        assertEquals(2, result.dontKnow());
        assertFalse(result.shown(), "\"weet niet\" does not count towards the five");
        assertTrue(result.counts().isEmpty());
        assertNull(result.mean());
        assertNull(result.agreeShare());
    }

    @Test
    void nietAnoniemShowsEveryQuestionWithItsMunicipalities() {
        QuestionResult result = QuestionResult.of(open, answers(open, new Answer(null, null, null, null, "Meer overleg"),
                new Answer(null, null, null, null, "Betere kennisbank")), false, null, null);
        assertTrue(result.shown());
        assertEquals(2, result.n());
        assertEquals(List.of(new QuestionResult.OpenAnswer("Nijmegen", "Betere kennisbank"),
                new QuestionResult.OpenAnswer("Arnhem", "Meer overleg")), result.openAnswers());
        assertEquals(List.of("Arnhem", "Nijmegen"), result.perMunicipality().stream()
                .map(QuestionResult.NamedAnswer::municipality).toList());
    }

    @Test
    void anonymousOpenAnswersCarryNoMunicipalityAndNoOrderOfAnswering() {
        QuestionResult result = QuestionResult.of(open, answers(open, new Answer(null, null, null, null, "Vaker overleg"),
                new Answer(null, null, null, null, "Actuelere kennisbank"), new Answer(null, null, null, null, "Minder vergaderen"),
                new Answer(null, null, null, null, "Duidelijke rolverdeling"), new Answer(null, null, null, null, "Goed zo")),
                true, null, null);
        assertEquals(List.of("Actuelere kennisbank", "Duidelijke rolverdeling", "Goed zo", "Minder vergaderen", "Vaker overleg"),
                result.openAnswers().stream().map(QuestionResult.OpenAnswer::text).toList());
        assertTrue(result.openAnswers().stream().allMatch(a -> a.municipality() == null));
        assertTrue(result.perMunicipality().isEmpty());
    }

    @Test
    void aRatingHasItsMeanAndSpread() {
        QuestionResult result = QuestionResult.of(rating, answers(rating, score(6), score(7), score(8), score(7), score(9),
                score(5)), true, null, null);
        assertEquals(6, result.n());
        assertEquals(7.0, result.mean());
        assertEquals(1.4, result.spread()); // sample standard deviation of 6,7,8,7,9,5 = 1.414
        assertEquals(5, result.lowest());
        assertEquals(9, result.highest());
        assertEquals(10, result.counts().size());
        assertEquals(2, result.counts().get(6)); // two sevens
    }

    @Test
    void aChoiceCountsEachOption() {
        Answer weekly = new Answer(null, null, null, "Wekelijks", null);
        Answer seldom = new Answer(null, null, null, "Zelden", null);
        QuestionResult result = QuestionResult.of(choice, answers(choice, weekly, weekly, seldom, weekly, seldom), true,
                null, null);
        assertEquals(List.of(3, 0, 2), result.counts());
    }

    @Test
    void theChangeAgainstLastYearIsInPointsOfTheShareAgreeingAndInMarks() {
        Survey survey2024 = SurveyFixture.survey(2024, true, 101);
        SurveyQuestion scale2024 = survey2024.questions().get(0);
        SurveyQuestion rating2024 = survey2024.questions().get(1);
        QuestionResult lastScale = QuestionResult.of(scale2024, answers(scale2024, score(4), score(2), score(2), score(3),
                score(5)), true, null, null); // 40 % agree
        QuestionResult thisScale = QuestionResult.of(scale, answers(scale, score(4), score(4), score(5), score(3), score(2)),
                true, 2024, lastScale); // 60 % agree
        assertEquals(2024, thisScale.previous().year());
        assertEquals(40.0, thisScale.previous().agreeShare());
        assertEquals(20.0, thisScale.previous().change());

        QuestionResult lastRating = QuestionResult.of(rating2024, answers(rating2024, score(6), score(6), score(7), score(6),
                score(5)), true, null, null); // mean 6.0
        QuestionResult thisRating = QuestionResult.of(rating, answers(rating, score(7), score(7), score(7), score(6), score(8)),
                true, 2024, lastRating); // mean 7.0
        assertEquals(1.0, thisRating.previous().change());
    }

    @Test
    void noChangeIsShownAgainstAYearThatWasNotShown() {
        Survey survey2024 = SurveyFixture.survey(2024, true, 101);
        SurveyQuestion scale2024 = survey2024.questions().get(0);
        QuestionResult hidden = QuestionResult.of(scale2024, answers(scale2024, score(4), score(2)), true, null, null);
        QuestionResult result = QuestionResult.of(scale, answers(scale, score(4), score(4), score(5), score(3), score(2)),
                true, 2024, hidden);
        assertFalse(result.previous().shown());
        assertEquals(2, result.previous().n());
        assertNull(result.previous().change());
        assertNull(result.previous().agreeShare());
    }
}
