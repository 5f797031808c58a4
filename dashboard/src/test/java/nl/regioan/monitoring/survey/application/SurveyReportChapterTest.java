package nl.regioan.monitoring.survey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.regioan.dashboard.application.ReportSurveyChapter;
import nl.regioan.monitoring.survey.domain.QuestionKind;
import nl.regioan.monitoring.survey.domain.QuestionResult;
import org.junit.jupiter.api.Test;

/** The report's survey chapter carries the results as the results page shows them: held back below five. */
class SurveyReportChapterTest {

    private static final List<String> LABELS = List.of("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens");

    @Test
    void theChapterCarriesShownResultsWithLastYearAndHoldsBackTheRest() {
        QuestionResult scale = new QuestionResult(1L, "Samenwerking", "De samenwerking helpt.", QuestionKind.AGREEMENT, true,
                LABELS, 5, 1, true, List.of(0, 1, 1, 2, 1), 3.6, 1.1, 2, 5, 60.0, List.of(), List.of(),
                new QuestionResult.Comparison(2025, 5, true, List.of(1, 1, 1, 1, 1), 3.0, 40.0, 20.0));
        QuestionResult rating = new QuestionResult(2L, "Samenwerking", "Welk cijfer?", QuestionKind.RATING, true, List.of(),
                6, 0, true, List.of(0, 0, 0, 0, 1, 1, 3, 1, 0, 0), 7.0, 1.4, 5, 8, null, List.of(), List.of(), null);
        QuestionResult open = new QuestionResult(3L, "Kennisbank", "Wat kan beter?", QuestionKind.OPEN, false, List.of(),
                3, 0, false, List.of(), null, null, null, null, null, List.of(), List.of(), null);
        SurveyViews.ResultsView view = new SurveyViews.ResultsView(2026, "Samenwerkingsenquête 2026", true, true, 17, 6, 5,
                2025, List.of(scale, rating, open));

        ReportSurveyChapter.SurveyChapter chapter = SurveyReportChapter.chapter(view);
        assertEquals(17, chapter.invited());
        assertEquals(6, chapter.responded());
        assertTrue(chapter.note().contains("5"), chapter.note());
        assertEquals(List.of("Samenwerking", "Kennisbank"), chapter.sections().stream().map(ReportSurveyChapter.Section::title).toList());
        ReportSurveyChapter.QuestionResult first = chapter.sections().get(0).questions().get(0);
        assertEquals("SCALE", first.kind());
        assertEquals(new ReportSurveyChapter.Share("Eens", 2), first.distribution().get(3));
        assertEquals(new BigDecimal("3.0"), first.lastYearMean());
        ReportSurveyChapter.QuestionResult second = chapter.sections().get(0).questions().get(1);
        assertEquals("7", second.distribution().get(6).label());
        assertNull(second.lastYearMean());
        ReportSurveyChapter.QuestionResult held = chapter.sections().get(1).questions().get(0);
        assertFalse(held.shown());
        assertEquals(3, held.answered());
        assertTrue(held.openAnswers().isEmpty());
    }
}
