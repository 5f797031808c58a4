package nl.regioan.monitoring.survey.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;
import nl.regioan.monitoring.survey.domain.Survey;
import nl.regioan.monitoring.survey.domain.SurveyRepository;
import nl.regioan.monitoring.survey.domain.SurveyResponse;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Survey> all() {
        return entityManager.createQuery("select s from Survey s order by s.year desc", Survey.class).getResultList();
    }

    @Override
    public Optional<Survey> byYear(int year) {
        return entityManager.createQuery("select s from Survey s where s.year = :year", Survey.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public void add(Survey survey) {
        entityManager.persist(survey);
    }

    @Override
    public List<SurveyResponse> responses(long surveyId) {
        return entityManager.createQuery("select r from SurveyResponse r where r.surveyId = :survey order by r.id",
                SurveyResponse.class).setParameter("survey", surveyId).getResultList();
    }

    @Override
    public Optional<SurveyResponse> response(long surveyId, long municipalityId) {
        return entityManager.createQuery("select r from SurveyResponse r where r.surveyId = :survey"
                        + " and r.municipalityId = :municipality", SurveyResponse.class)
                .setParameter("survey", surveyId).setParameter("municipality", municipalityId)
                .getResultStream().findFirst();
    }

    @Override
    public boolean hasResponses(long surveyId) {
        return entityManager.createQuery("select count(r) from SurveyResponse r where r.surveyId = :survey", Long.class)
                .setParameter("survey", surveyId).getSingleResult() > 0;
    }

    @Override
    public void add(SurveyResponse response) {
        try {
            entityManager.persist(response);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (violatesUniqueKey(e)) {
                // Two first saves of one municipality at once: the other one was stored first. As
                // for any save that lost a race, the caller answers 409 and the user reloads.
                throw new OptimisticLockException("a response of this municipality was stored meanwhile", e);
            }
            throw e;
        }
    }

    private static boolean violatesUniqueKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
