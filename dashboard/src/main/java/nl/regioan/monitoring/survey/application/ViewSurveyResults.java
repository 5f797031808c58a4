package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.survey.domain.QuestionResult;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyQuestion;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.monitoring.survey.domain.SurveyResponse;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.Message;

/**
 * The results of a year's survey from the submitted responses of its participants, each question
 * compared with the same question of the year before.
 */
@ApplicationScoped
public class ViewSurveyResults {

    @Inject
    SurveyRepository repository;

    @Inject
    Surveys surveys;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public SurveyViews.ResultsView results(int year) {
        policy.require(policy.canViewSurveyResults(currentActor.require()), Message.of("access.refused.seeSurveys"));
        return resultsOf(surveys.require(year));
    }

    /** The results of a survey that exists, if any (the annual report's chapter reads them this way). */
    @Transactional
    public Optional<SurveyViews.ResultsView> resultsIfAny(int year) {
        return repository.byYear(year).map(this::resultsOf);
    }

    private SurveyViews.ResultsView resultsOf(Survey survey) {
        Optional<Survey> previous = repository.byYear(survey.year() - 1);
        Map<Long, QuestionResult> previousResults = previous.map(p -> tally(p, Map.of()).stream()
                .collect(Collectors.toMap(QuestionResult::questionId, r -> r))).orElse(Map.of());
        List<QuestionResult> results = tally(survey, previous.map(p -> matches(survey, p, previousResults)).orElse(Map.of()));
        int respondents = submitted(survey).size();
        return new SurveyViews.ResultsView(survey.year(), survey.title(), survey.anonymous(), survey.isClosed(),
                surveys.participants(survey.year()).size(), respondents, QuestionResult.MIN_MUNICIPALITIES,
                previous.map(Survey::year).orElse(null), results);
    }

    /** This year's question id -> last year's result of the same question. */
    private static Map<Long, QuestionResult> matches(Survey survey, Survey previous, Map<Long, QuestionResult> previousResults) {
        Map<Long, QuestionResult> matches = new java.util.HashMap<>();
        for (SurveyQuestion question : survey.questions()) {
            previous.questions().stream().filter(p -> p.asksTheSameAs(question)).findFirst()
                    .map(p -> previousResults.get(p.id())).ifPresent(r -> matches.put(question.id(), r));
        }
        return matches;
    }

    private List<QuestionResult> tally(Survey survey, Map<Long, QuestionResult> lastYear) {
        List<Submitted> responses = submitted(survey);
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion question : survey.questions()) {
            List<QuestionResult.Respondent> respondents = responses.stream()
                    .flatMap(r -> r.response().answerTo(question.id()).stream()
                            .map(a -> new QuestionResult.Respondent(r.municipality(), a))).toList();
            results.add(QuestionResult.of(question, respondents, survey.anonymous(), survey.year() - 1,
                    lastYear.get(question.id())));
        }
        return results;
    }

    private record Submitted(String municipality, SurveyResponse response) {
    }

    /** Submitted responses of the year's participants (drafts never count). */
    private List<Submitted> submitted(Survey survey) {
        Map<Long, String> names = surveys.participants(survey.year()).stream()
                .collect(Collectors.toMap(Municipality::id, Municipality::name));
        return repository.responses(survey.id()).stream()
                .filter(r -> r.isSubmitted() && names.containsKey(r.municipalityId()))
                .map(r -> new Submitted(names.get(r.municipalityId()), r)).toList();
    }
}
