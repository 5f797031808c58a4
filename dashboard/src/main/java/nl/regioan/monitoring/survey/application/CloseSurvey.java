package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.shared.api.Message;

/** After the deadline the coordinator closes the survey: no more answers, the results are final. */
@ApplicationScoped
public class CloseSurvey {

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
    public SurveyViews.SurveyView close(int year) {
        Actor actor = currentActor.require();
        policy.require(policy.canBuildSurveys(actor), Message.of("access.refused.buildSurveys"));
        Survey survey = surveys.require(year);
        survey.close(surveys.today(), actor.username(), clock.instant());
        long submitted = repository.responses(survey.id()).stream().filter(r -> r.isSubmitted()).count();
        audit.record("SURVEY_CLOSED", "survey", year, null, Json.object("submitted", submitted));
        repository.flush();
        return SurveyViews.SurveyView.of(survey, surveys.today());
    }
}
