package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.shared.api.Message;

/** One year's survey with its sections and questions. */
@ApplicationScoped
public class ViewSurvey {

    @Inject
    Surveys surveys;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public SurveyViews.SurveyView view(int year) {
        policy.require(policy.canViewSurveyResults(currentActor.require()), Message.of("access.refused.seeSurveys"));
        return SurveyViews.SurveyView.of(surveys.require(year), surveys.today());
    }
}
