package nl.regioan.monitoring.survey.domain;

import java.util.List;
import java.util.Optional;

/** Stores surveys and the municipalities' responses. */
public interface SurveyRepository {

    List<Survey> all();

    Optional<Survey> byYear(int year);

    void add(Survey survey);

    List<SurveyResponse> responses(long surveyId);

    Optional<SurveyResponse> response(long surveyId, long municipalityId);

    boolean hasResponses(long surveyId);

    /** Stores a municipality's first response now; when another one was stored first, an OptimisticLockException. */
    void add(SurveyResponse response);

    /** Writes pending changes now, so the version a view answers (the ETag) is the stored one. */
    void flush();
}
