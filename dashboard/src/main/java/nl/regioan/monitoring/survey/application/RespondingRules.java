package nl.regioan.monitoring.survey.application;

import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.monitoring.survey.domain.SurveyResponse;
import nl.regioan.region.domain.Municipality;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.Message;

/** The one place for when a municipality may answer: a participant of the year, before the deadline, not yet submitted. */
final class RespondingRules {

    private RespondingRules() {
    }

    /** The municipality's response to change (a new one before the first save), or the refusal. */
    static SurveyResponse openResponse(SurveyRepository repository, Surveys surveys, Survey survey, Municipality municipality,
                                       Long expectedVersion) {
        surveys.requireParticipant(survey, municipality);
        if (!survey.acceptsResponsesOn(surveys.today())) {
            throw survey.isClosed() ? ConflictException.of("survey.closed", survey.year())
                    : ConflictException.of("survey.response.afterDeadline", survey.year(), survey.deadline().toString());
        }
        SurveyResponse response = repository.response(survey.id(), municipality.id()).orElse(null);
        if (response != null && response.isSubmitted()) {
            throw ConflictException.of("survey.response.submitted", survey.year());
        }
        long current = response == null ? 0 : response.version();
        if (expectedVersion != null && expectedVersion != current) {
            throw new Surveys.ChangedMeanwhileException(Message.of("survey.response.changedMeanwhile", municipality.name()));
        }
        return response == null ? new SurveyResponse(survey, municipality.id()) : response;
    }
}
