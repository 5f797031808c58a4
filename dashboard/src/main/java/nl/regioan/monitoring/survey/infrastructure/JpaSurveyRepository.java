package nl.regioan.monitoring.survey.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        entityManager.persist(response);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
