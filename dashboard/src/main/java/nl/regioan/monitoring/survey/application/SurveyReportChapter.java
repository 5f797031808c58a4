package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.regioan.dashboard.application.ReportSurveyChapter;
import nl.regioan.monitoring.survey.domain.QuestionKind;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.Messages;

/**
 * The survey chapter of the annual report: the results of the year's closed survey, as the results page
 * shows them (the threshold of five and anonymity applied), in the report's plain records. Dutch texts,
 * as the report is Dutch. (The survey's own QuestionResult is named in full: the port's nested record of that name
 * shadows an import here.)
 */
@ApplicationScoped
public class SurveyReportChapter implements ReportSurveyChapter {

    @Inject
    ViewSurveyResults results;

    @Override
    public Optional<SurveyChapter> chapterFor(int year) {
        return results.resultsIfAny(year).filter(SurveyViews.ResultsView::closed).map(SurveyReportChapter::chapter);
    }

    static SurveyChapter chapter(SurveyViews.ResultsView view) {
        Map<String, List<nl.regioan.monitoring.survey.domain.QuestionResult>> sections = new LinkedHashMap<>();
        view.questions().forEach(q -> sections.computeIfAbsent(q.section(), s -> new ArrayList<>()).add(q));
        String note = Messages.text(view.anonymous()
                ? Message.of("survey.report.anonymous", view.minimumShown())
                : Message.of("survey.report.named"), Messages.DUTCH);
        return new SurveyChapter(view.year(), view.title(), view.members(), view.respondents(), view.anonymous(), note,
                sections.entrySet().stream().map(e -> new Section(e.getKey(),
                        e.getValue().stream().map(SurveyReportChapter::question).toList())).toList());
    }

    private static ReportSurveyChapter.QuestionResult question(nl.regioan.monitoring.survey.domain.QuestionResult q) {
        List<String> labels = q.kind() == QuestionKind.RATING
                ? IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).toList() : q.labels();
        List<Share> distribution = IntStream.range(0, q.counts().size())
                .mapToObj(i -> new Share(labels.get(i), q.counts().get(i))).toList();
        BigDecimal lastYearMean = q.previous() == null || !q.previous().shown() || q.previous().mean() == null ? null
                : BigDecimal.valueOf(q.previous().mean());
        List<String> open = q.openAnswers().stream()
                .map(a -> a.municipality() == null ? a.text() : a.municipality() + ": " + a.text()).toList();
        List<NamedAnswer> named = q.kind() == QuestionKind.OPEN ? List.of() : q.perMunicipality().stream()
                .map(a -> new NamedAnswer(a.municipality(), answerText(q, a))).toList();
        return new ReportSurveyChapter.QuestionResult(q.text(), q.kind() == QuestionKind.AGREEMENT ? "SCALE" : q.kind().name(),
                q.n(), q.dontKnow(), q.shown(), distribution, decimal(q.mean()), decimal(q.spread()), lastYearMean, open, named);
    }

    private static String answerText(nl.regioan.monitoring.survey.domain.QuestionResult q,
                                     nl.regioan.monitoring.survey.domain.QuestionResult.NamedAnswer a) {
        if (a.dontKnow()) {
            return Messages.text(Message.of("survey.report.dontKnow"), Messages.DUTCH);
        }
        if (a.score() != null) {
            return q.kind() == QuestionKind.AGREEMENT ? q.labels().get(a.score() - 1) : a.score().toString();
        }
        return a.choice() == null ? "" : a.choice();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
