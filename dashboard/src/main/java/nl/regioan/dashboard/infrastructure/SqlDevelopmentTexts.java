package nl.regioan.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.dashboard.domain.DevelopmentTexts;

/** Edited developments texts in table report_development_text, one row per year and municipality. */
@ApplicationScoped
public class SqlDevelopmentTexts implements DevelopmentTexts {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Map<String, String> ofYear(int year) {
        Map<String, String> texts = new LinkedHashMap<>();
        entityManager.createNativeQuery("SELECT cbs_code, text FROM report_development_text WHERE report_year = ?")
                .setParameter(1, year).getResultList()
                .forEach(row -> texts.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        return texts;
    }

    @Override
    public String save(int year, String cbsCode, String text, String by) {
        List<?> old = entityManager.createNativeQuery(
                        "SELECT text FROM report_development_text WHERE report_year = ? AND cbs_code = ? FOR UPDATE")
                .setParameter(1, year).setParameter(2, cbsCode).getResultList();
        Timestamp now = Timestamp.from(Instant.now());
        if (old.isEmpty()) {
            entityManager.createNativeQuery("INSERT INTO report_development_text (report_year, cbs_code, text, updated_at,"
                            + " updated_by) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, year).setParameter(2, cbsCode).setParameter(3, text).setParameter(4, now)
                    .setParameter(5, by).executeUpdate();
            return null;
        }
        entityManager.createNativeQuery("UPDATE report_development_text SET text = ?, updated_at = ?, updated_by = ?"
                        + " WHERE report_year = ? AND cbs_code = ?")
                .setParameter(1, text).setParameter(2, now).setParameter(3, by).setParameter(4, year)
                .setParameter(5, cbsCode).executeUpdate();
        return (String) old.get(0);
    }
}
