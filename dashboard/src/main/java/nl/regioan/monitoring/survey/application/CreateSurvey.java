package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.monitoring.period.domain.PeriodRange;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyOutline;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/** The coordinator builds a year's survey, from its own sections or as a copy of another year's. */
@ApplicationScoped
public class CreateSurvey {

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

    @Inject
    PeriodRange periodRange;

    @Transactional
    public SurveyViews.SurveyView create(SurveyRequests.NewSurveyRequest request) {
        policy.require(policy.canBuildSurveys(currentActor.require()), Message.of("access.refused.buildSurveys"));
        if (request == null || request.year() == null) {
            throw InvalidInputException.of("year", "survey.year.required");
        }
        int year = periodRange.year("year", Integer.toString(request.year()));
        String title = Surveys.title(request.title());
        java.time.LocalDate deadline = Surveys.deadline(request.deadline(), year);
        if (request.anonymous() == null) {
            throw InvalidInputException.of("anonymous", "survey.anonymous.required");
        }
        List<SurveyOutline.Section> outline = outline(request);
        if (repository.byYear(year).isPresent()) {
            throw new ConflictException("year", Message.of("survey.year.taken", year));
        }
        Instant now = clock.instant();
        Survey survey = new Survey(year, title, deadline, request.anonymous(), now);
        survey.replaceQuestions(outline, false, now);
        repository.add(survey);
        repository.flush();
        audit.record("SURVEY_CREATED", "survey", year, null, Json.object("title", survey.title(), "deadline",
                deadline.toString(), "anonymous", survey.anonymous(), "questions", survey.questions().size(),
                "copiedFrom", request.copyFromYear()));
        return SurveyViews.SurveyView.of(survey, surveys.today());
    }

    /** The sections sent, or those of the year to copy; not both. */
    private List<SurveyOutline.Section> outline(SurveyRequests.NewSurveyRequest request) {
        if (request.copyFromYear() == null) {
            return request.sections();
        }
        if (request.sections() != null && !request.sections().isEmpty()) {
            throw new InvalidInputException(new FieldError("sections", Message.of("survey.copy.orSections")));
        }
        Survey source = repository.byYear(request.copyFromYear()).orElseThrow(() ->
                InvalidInputException.of("copyFromYear", "survey.copy.unknown", request.copyFromYear()));
        return source.outline();
    }
}
