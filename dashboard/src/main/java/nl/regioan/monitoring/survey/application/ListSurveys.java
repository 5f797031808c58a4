package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.shared.api.Message;

/** Every year's survey, newest first. */
@ApplicationScoped
public class ListSurveys {

    @Inject
    SurveyRepository repository;

    @Inject
    Surveys surveys;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public List<SurveyViews.SurveySummary> list() {
        policy.require(policy.canViewSurveyResults(currentActor.require()), Message.of("access.refused.seeSurveys"));
        LocalDate today = surveys.today();
        return repository.all().stream().map(s -> SurveyViews.SurveySummary.of(s, today)).toList();
    }
}
