package nl.regioan.dashboard.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Port: the yearly collaboration survey's results as a chapter of the annual report. The survey
 * feature implements it as an {@code @ApplicationScoped} bean; without one the report has no survey
 * chapter ({@link #NONE}). The chapter is plain data: it is kept in a finalised report version as it
 * was, and the report page and PDF draw it without knowing the survey feature.
 */
@FunctionalInterface
public interface ReportSurveyChapter {

    /** The default: no survey results. */
    ReportSurveyChapter NONE = year -> Optional.empty();

    /**
     * The chapter for a year, or empty when that year had no survey (or none closed). Only results that
     * may be shown (the survey's own threshold and anonymity rules applied) belong in it.
     */
    Optional<SurveyChapter> chapterFor(int year);

    /**
     * @param title       the survey's title as the coordinator named it
     * @param invited     member municipalities asked to respond that year
     * @param responded   municipalities that submitted a response
     * @param anonymous   true when results are shown aggregated only
     * @param note        one sentence on how results are shown (e.g. the threshold of 5), may be null
     */
    @Schema(name = "ReportSurveyChapter")
    record SurveyChapter(int year, String title, int invited, int responded, boolean anonymous, String note,
                         List<Section> sections) {
    }

    @Schema(name = "ReportSurveySection")
    record Section(String title, List<QuestionResult> questions) {
    }

    /**
     * One question's results.
     *
     * @param kind           SCALE (five-point agreement), RATING (1-10), CHOICE or OPEN
     * @param answered       n: municipalities that answered it (not counting "weet niet / n.v.t.")
     * @param dontKnow       "weet niet / n.v.t." answers
     * @param shown          false when too few answered to show results; then only n is given
     * @param distribution   per answer option in scale order, its label and count (empty for OPEN and when not shown)
     * @param mean           for RATING (and SCALE as 1-5), null otherwise or when not shown
     * @param spread         standard deviation beside the mean, null when there is none
     * @param lastYearMean   the same question's mean a year earlier, null when not asked or not shown then
     * @param openAnswers    for OPEN, the answers as they may be shown (without names where anonymous)
     * @param perMunicipality each municipality's answer, only where the survey is "niet anoniem" (else empty)
     */
    @Schema(name = "ReportSurveyQuestion")
    record QuestionResult(String question, String kind, int answered, int dontKnow, boolean shown,
                          List<Share> distribution, BigDecimal mean, BigDecimal spread, BigDecimal lastYearMean,
                          List<String> openAnswers, List<NamedAnswer> perMunicipality) {
    }

    /** One answer option and how many chose it. */
    @Schema(name = "ReportSurveyShare")
    record Share(String label, int count) {
    }

    /** One municipality's answer as text (its name, not its code). */
    @Schema(name = "ReportSurveyAnswer")
    record NamedAnswer(String municipality, String answer) {
    }
}
