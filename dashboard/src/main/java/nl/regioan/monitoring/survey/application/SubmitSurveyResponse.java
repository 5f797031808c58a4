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

/** A data steward submits the municipality's saved draft before the deadline; after that it is fixed. */
@ApplicationScoped
public class SubmitSurveyResponse {

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
    public SurveyViews.ResponseView submit(int year, String cbsCode, Long expectedVersion) {
        Actor actor = currentActor.require();
        Municipality municipality = surveys.municipality(cbsCode);
        policy.require(policy.canRespondToSurveyFor(actor, municipality.id()),
                Message.of("access.refused.respondSurvey", municipality.name()));
        Survey survey = surveys.require(year);
        SurveyResponse response = RespondingRules.openResponse(repository, surveys, survey, municipality, expectedVersion);
        if (response.id() == null) {
            throw InvalidInputException.of("answers", "survey.submit.nothingSaved", year);
        }
        response.submit(survey, actor.username(), clock.instant());
        repository.flush();
        audit.record("SURVEY_RESPONSE_SUBMITTED", "survey_response", year + "/" + municipality.cbsCode().value(), null,
                Json.object("answers", response.answers().size()));
        return SurveyViews.ResponseView.of(survey, municipality.cbsCode().value(), municipality.name(), response,
                surveys.today());
    }
}
