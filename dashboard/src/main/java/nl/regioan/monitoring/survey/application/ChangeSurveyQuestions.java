package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.shared.api.Message;

/** The coordinator replaces a survey's sections and questions, until the first municipality answers. */
@ApplicationScoped
public class ChangeSurveyQuestions {

    @Inject
    SurveyRepository repository;

    @Inject
    Surveys surveys;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public SurveyViews.SurveyView change(int year, long expectedVersion, SurveyRequests.SurveyQuestionsRequest request) {
        policy.require(policy.canBuildSurveys(currentActor.require()), Message.of("access.refused.buildSurveys"));
        Survey survey = surveys.require(year);
        Surveys.requireVersion(survey, expectedVersion);
        int before = survey.questions().size();
        survey.replaceQuestions(request == null ? null : request.sections(), repository.hasResponses(survey.id()),
                clock.instant());
        repository.flush();
        audit.record("SURVEY_QUESTIONS_CHANGED", "survey", year, Json.object("questions", before),
                Json.object("sections", survey.sections().size(), "questions", survey.questions().size()));
        return SurveyViews.SurveyView.of(survey, surveys.today());
    }
}
