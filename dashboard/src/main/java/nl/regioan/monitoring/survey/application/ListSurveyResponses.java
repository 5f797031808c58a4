package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.monitoring.survey.domain.SurveyResponse;
import nl.regioan.shared.api.Message;

/** Who has responded: every participating municipality with the state of its response (never its answers). */
@ApplicationScoped
public class ListSurveyResponses {

    @Inject
    SurveyRepository repository;

    @Inject
    Surveys surveys;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public SurveyViews.ProgressView list(int year) {
        policy.require(policy.canBuildSurveys(currentActor.require()), Message.of("access.refused.surveyProgress"));
        Survey survey = surveys.require(year);
        Map<Long, SurveyResponse> responses = repository.responses(survey.id()).stream()
                .collect(Collectors.toMap(SurveyResponse::municipalityId, Function.identity()));
        List<SurveyViews.ProgressLine> lines = surveys.participants(year).stream().map(m -> {
            SurveyResponse response = responses.get(m.id());
            return new SurveyViews.ProgressLine(m.cbsCode().value(), m.name(),
                    response == null ? "NONE" : response.status().name(), response == null ? null : response.submittedAt());
        }).toList();
        int submitted = (int) lines.stream().filter(l -> l.status().equals("SUBMITTED")).count();
        int drafts = (int) lines.stream().filter(l -> l.status().equals("DRAFT")).count();
        return new SurveyViews.ProgressView(year, lines.size(), submitted, drafts, lines);
    }
}
