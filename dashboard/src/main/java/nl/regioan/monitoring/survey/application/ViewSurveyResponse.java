package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.Message;

/** One municipality's response (or an empty one before the first save), for its data stewards. */
@ApplicationScoped
public class ViewSurveyResponse {

    @Inject
    SurveyRepository repository;

    @Inject
    Surveys surveys;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public SurveyViews.ResponseView view(int year, String cbsCode) {
        Actor actor = currentActor.require();
        Municipality municipality = surveys.municipality(cbsCode);
        Survey survey = surveys.require(year);
        policy.require(policy.canReadSurveyResponseOf(actor, municipality.id(), survey.anonymous()),
                Message.of("access.refused.readSurveyResponse", municipality.name()));
        return SurveyViews.ResponseView.of(survey, municipality.cbsCode().value(), municipality.name(),
                repository.response(survey.id(), municipality.id()).orElse(null), surveys.today());
    }
}
