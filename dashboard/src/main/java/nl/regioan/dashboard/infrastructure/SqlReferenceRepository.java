package nl.regioan.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.regioan.dashboard.domain.Direction;
import nl.regioan.dashboard.domain.Numbers;
import nl.regioan.dashboard.domain.Reference;
import nl.regioan.dashboard.domain.ReferenceRepository;
import nl.regioan.dashboard.domain.Target;

/** Reads the monitoring tables directly (read-only), so the dashboards need no entities of their own. */
@ApplicationScoped
public class SqlReferenceRepository implements ReferenceRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Reference> baseline(long indicatorId, String areaCode) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT reference_period, value FROM monitoring_baseline WHERE indicator_id = ? AND area_code = ?")
                .setParameter(1, indicatorId).setParameter(2, areaCode).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Reference((String) columns[0], Numbers.plain((BigDecimal) columns[1]));
        });
    }

    @Override
    public List<Target> targets(long indicatorId, String areaLevel, String areaName) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT target_year, direction, target_value FROM monitoring_target
                        WHERE indicator_id = ? AND area_level = ? AND COALESCE(area_name, '') = ?""")
                .setParameter(1, indicatorId).setParameter(2, areaLevel).setParameter(3, areaName == null ? "" : areaName)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new Target(((Number) columns[0]).intValue(), Direction.valueOf((String) columns[1]),
                    Numbers.plain((BigDecimal) columns[2]));
        }).toList();
    }

    @Override
    public long unapprovedValues(List<String> periods) {
        if (periods.isEmpty()) {
            return 0;
        }
        jakarta.persistence.Query query = entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM monitoring_value WHERE status = 'SUBMITTED' AND value IS NOT NULL AND period IN ("
                        + String.join(",", periods.stream().map(p -> "?").toList()) + ")");
        for (int i = 0; i < periods.size(); i++) {
            query.setParameter(i + 1, periods.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
