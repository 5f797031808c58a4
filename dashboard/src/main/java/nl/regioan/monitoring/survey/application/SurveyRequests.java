package nl.regioan.monitoring.survey.application;

import java.util.List;
import nl.regioan.monitoring.survey.domain.Answer;
import nl.regioan.monitoring.survey.domain.SurveyOutline;

/** What the survey API takes. Dates are YYYY-MM-DD texts, so a wrong one is refused naming its field. */
public final class SurveyRequests {

    private SurveyRequests() {
    }

    /**
     * A new survey for {@code year}: its sections, or {@code copyFromYear} to take that year's sections and
     * questions (so results compare year on year).
     */
    public record NewSurveyRequest(Integer year, String title, String deadline, Boolean anonymous, Integer copyFromYear,
                               List<SurveyOutline.Section> sections) {
    }

    public record SurveySettingsRequest(String title, String deadline, Boolean anonymous) {
    }

    public record SurveyQuestionsRequest(List<SurveyOutline.Section> sections) {
    }

    public record SurveyAnswersRequest(List<Answer> answers) {
    }
}
