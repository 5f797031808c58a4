package nl.regioan.monitoring.survey.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioan.monitoring.survey.domain.Answer;
import nl.regioan.monitoring.survey.domain.QuestionKind;
import nl.regioan.monitoring.survey.domain.QuestionResult;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyQuestion;
import nl.regioan.monitoring.survey.domain.SurveyResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the survey API answers. */
public final class SurveyViews {

    private SurveyViews() {
    }

    /** A survey in the list. {@code open}: municipalities may answer today. */
    public record SurveySummary(int year, String title, LocalDate deadline, boolean anonymous, boolean open, boolean closed,
                                int questions) {

        static SurveySummary of(Survey survey, LocalDate today) {
            return new SurveySummary(survey.year(), survey.title(), survey.deadline(), survey.anonymous(),
                    survey.acceptsResponsesOn(today), survey.isClosed(), survey.questions().size());
        }
    }

    /** A question; labels for the agreement scale, options for a choice. */
    @Schema(name = "SurveyQuestionView")
    public record QuestionView(long id, String kind, String text, boolean required, List<String> labels, List<String> options) {

        static QuestionView of(SurveyQuestion q) {
            return new QuestionView(q.id(), q.kind().name(), q.text(), q.required(),
                    q.kind() == QuestionKind.AGREEMENT ? q.choices() : List.of(),
                    q.kind() == QuestionKind.CHOICE ? q.choices() : List.of());
        }
    }

    @Schema(name = "SurveySectionView")
    public record SectionView(String title, List<QuestionView> questions) {
    }

    /** A whole survey; {@code version} is its ETag. */
    public record SurveyView(int year, String title, LocalDate deadline, boolean anonymous, boolean open, boolean closed,
                             Instant closedAt, long version, List<SectionView> sections) {

        static SurveyView of(Survey survey, LocalDate today) {
            return new SurveyView(survey.year(), survey.title(), survey.deadline(), survey.anonymous(),
                    survey.acceptsResponsesOn(today), survey.isClosed(), survey.closedAt(), survey.version(),
                    survey.sections().stream().map(s -> new SectionView(s.title(),
                            s.questions().stream().map(QuestionView::of).toList())).toList());
        }
    }

    /** Who has responded: one line per participating municipality; status NONE, DRAFT or SUBMITTED. */
    public record ProgressView(int year, int members, int submitted, int drafts, List<ProgressLine> municipalities) {
    }

    public record ProgressLine(String cbsCode, String name, String status, Instant submittedAt) {
    }

    /** One municipality's response; {@code version} is its ETag (0 before the first save). */
    public record ResponseView(int year, String cbsCode, String municipality, String status, Instant savedAt, String savedBy,
                               Instant submittedAt, long version, boolean open, List<Answer> answers) {

        static ResponseView of(Survey survey, String cbsCode, String name, SurveyResponse response, LocalDate today) {
            if (response == null) {
                return new ResponseView(survey.year(), cbsCode, name, "NONE", null, null, null, 0,
                        survey.acceptsResponsesOn(today), List.of());
            }
            return new ResponseView(survey.year(), cbsCode, name, response.status().name(), response.savedAt(),
                    response.savedBy(), response.submittedAt(), response.version(), survey.acceptsResponsesOn(today),
                    inQuestionOrder(survey, response));
        }

        /** The answers as the form shows the questions, not in the order their rows were stored. */
        private static List<Answer> inQuestionOrder(Survey survey, SurveyResponse response) {
            return survey.questions().stream()
                    .flatMap(question -> response.answerTo(question.id()).stream())
                    .map(answer -> answer.asAnswer())
                    .toList();
        }
    }

    /**
     * The results of a year's survey: how many participating municipalities submitted, and per question
     * its result (see {@link QuestionResult}); {@code previousYear} is the survey compared with, if any.
     */
    public record ResultsView(int year, String title, boolean anonymous, boolean closed, int members, int respondents,
                              int minimumShown, Integer previousYear, List<QuestionResult> questions) {
    }
}
