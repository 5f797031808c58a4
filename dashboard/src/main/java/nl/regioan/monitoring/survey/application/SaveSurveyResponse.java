package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.monitoring.survey.domain.SurveyResponse;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * A data steward saves the municipality's answers as a draft, until the deadline. The audit log records
 * that the response was saved and how many answers it holds, never the answers (the survey may be anonymous).
 */
@ApplicationScoped
public class SaveSurveyResponse {

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
    public SurveyViews.ResponseView save(int year, String cbsCode, Long expectedVersion,
                                         SurveyRequests.SurveyAnswersRequest request) {
        Actor actor = currentActor.require();
        Municipality municipality = surveys.municipality(cbsCode);
        policy.require(policy.canRespondToSurveyFor(actor, municipality.id()),
                Message.of("access.refused.respondSurvey", municipality.name()));
        Survey survey = surveys.require(year);
        SurveyResponse response = RespondingRules.openResponse(repository, surveys, survey, municipality, expectedVersion);
        if (request == null || request.answers() == null) {
            throw InvalidInputException.of("answers", "survey.answers.required");
        }
        response.saveDraft(survey, request.answers(), actor.username(), clock.instant());
        if (response.id() == null) {
            repository.add(response);
        }
        repository.flush();
        audit.record("SURVEY_RESPONSE_SAVED", "survey_response", year + "/" + municipality.cbsCode().value(), null,
                Json.object("answers", response.answers().size()));
        return SurveyViews.ResponseView.of(survey, municipality.cbsCode().value(), municipality.name(), response,
                surveys.today());
    }
}
