package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/** The coordinator changes a survey's title, deadline or anonymity (with the ETag it read). */
@ApplicationScoped
public class ChangeSurvey {

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
    public SurveyViews.SurveyView change(int year, long expectedVersion, SurveyRequests.SurveySettingsRequest request) {
        policy.require(policy.canBuildSurveys(currentActor.require()), Message.of("access.refused.buildSurveys"));
        Survey survey = surveys.require(year);
        Surveys.requireVersion(survey, expectedVersion);
        if (request == null) {
            throw InvalidInputException.of("title", "survey.text.required");
        }
        String title = Surveys.title(request.title());
        LocalDate deadline = Surveys.deadline(request.deadline(), year);
        if (request.anonymous() == null) {
            throw InvalidInputException.of("anonymous", "survey.anonymous.required");
        }
        String old = Json.object("title", survey.title(), "deadline", survey.deadline().toString(), "anonymous", survey.anonymous());
        survey.change(title, deadline, request.anonymous(), repository.hasResponses(survey.id()), clock.instant());
        repository.flush();
        audit.record("SURVEY_CHANGED", "survey", year, old, Json.object("title", survey.title(), "deadline",
                deadline.toString(), "anonymous", survey.anonymous()));
        return SurveyViews.SurveyView.of(survey, surveys.today());
    }
}
