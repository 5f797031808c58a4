package nl.regioan.monitoring.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;

/** What the survey use cases share: finding a year's survey, today in the region, and the participants. */
@ApplicationScoped
public class Surveys {

    static final ZoneId TIME_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    SurveyRepository repository;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    Clock clock;

    public Survey require(int year) {
        return repository.byYear(year).orElseThrow(() -> new UnknownResourceException("year",
                Message.of("survey.unknown", year)));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TIME_ZONE));
    }

    /** The participating municipalities of a year: members of the region on at least one day of it. */
    public List<Municipality> participants(int year) {
        return municipalities.all().stream()
                .filter(m -> m.isMemberDuring(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .sorted(java.util.Comparator.comparing(Municipality::name)).toList();
    }

    /** The municipality of a CBS code in the path; an unknown code is 404 naming cbsCode. */
    public Municipality municipality(String cbsCode) {
        CbsCode code;
        try {
            code = CbsCode.of(cbsCode == null ? "" : cbsCode.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cbsCode", e);
        }
        return municipalities.findByCbsCode(code).orElseThrow(() -> new UnknownResourceException("cbsCode",
                Message.of("municipality.unknown", code.value())));
    }

    /** A response is for a municipality that took part in the survey's year. */
    public void requireParticipant(Survey survey, Municipality municipality) {
        if (!municipality.isMemberDuring(LocalDate.of(survey.year(), 1, 1), LocalDate.of(survey.year(), 12, 31))) {
            throw new InvalidInputException(java.util.List.of(new nl.regioan.shared.api.FieldError("cbsCode",
                    Message.of("survey.response.notAMember", municipality.name(), municipality.cbsCode().value(),
                            survey.year(), municipality.describeMemberships()))));
        }
    }

    /** The ETag a writer sent must be the survey's current version. */
    static void requireVersion(Survey survey, Long expected) {
        if (expected != null && expected != survey.version()) {
            throw new ChangedMeanwhileException(Message.of("survey.changedMeanwhile", survey.year()));
        }
    }

    /** The deadline lies in the survey's year or the next (a survey sent in December closes in January). */
    static LocalDate deadline(String text, int year) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("deadline", "survey.deadline.required");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("deadline", "survey.deadline.range", Message.shorten(text), year, year + 1);
        }
        if (date.getYear() != year && date.getYear() != year + 1) {
            throw InvalidInputException.of("deadline", "survey.deadline.range", date.toString(), year, year + 1);
        }
        return date;
    }

    /** A title is required and fits its column. */
    static String title(String text) {
        java.util.List<nl.regioan.shared.api.FieldError> errors = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("title", "survey.text.required");
        }
        nl.regioan.shared.text.UserText.problem(text, nl.regioan.monitoring.survey.domain.SurveyOutline.MAX_TITLE)
                .ifPresent(problem -> errors.add(new nl.regioan.shared.api.FieldError("title", problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return text;
    }

    /** If-Match named an older version: the resource answers 412 with what is stored now. */
    public static class ChangedMeanwhileException extends ConflictException {
        public ChangedMeanwhileException(Message detail) {
            super(detail);
        }
    }
}
