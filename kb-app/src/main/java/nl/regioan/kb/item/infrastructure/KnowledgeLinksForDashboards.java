package nl.regioan.kb.item.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentAccess;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.dashboard.domain.KnowledgeLinks;

/**
 * The dashboard module's {@link KnowledgeLinks} port, implemented by the knowledge base: reads published
 * items straight from its tables (read-only) and lets the access
 * policy decide which may be shown: to the annual report, or to the person reading a municipality page.
 */
@ApplicationScoped
public class KnowledgeLinksForDashboards implements KnowledgeLinks {

    /** More than any municipality publishes in a year; the page shows only the newest few. */
    private static final int MAX_ROWS = 500;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccessPolicy policy;

    @Override
    public List<KnowledgeLink> developmentsForReport(String cbsCode, int year) {
        List<?> rows = entityManager.createNativeQuery(SELECT
                        + " AND i.kind = ? AND i.published_at >= ? AND i.published_at < ? ORDER BY i.published_at, i.id")
                .setParameter(1, cbsCode).setParameter(2, DEVELOPMENT_UPDATE)
                .setParameter(3, Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                .setParameter(4, Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
                .setMaxResults(MAX_ROWS).getResultList();
        return links(rows, policy::mayAppearInAnnualReport, MAX_ROWS);
    }

    @Override
    public List<KnowledgeLink> recent(String cbsCode, Set<String> kinds, Actor reader, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.Query query = entityManager.createNativeQuery(SELECT + " AND i.kind IN ("
                        + String.join(",", kinds.stream().map(k -> "?").toList()) + ") ORDER BY i.published_at DESC, i.id DESC")
                .setParameter(1, cbsCode);
        int index = 2;
        for (String kind : kinds.stream().sorted().toList()) {
            query.setParameter(index++, kind);
        }
        return links(query.setMaxResults(MAX_ROWS).getResultList(), content -> policy.canRead(reader, content), limit);
    }

    private static final String SELECT = """
            SELECT i.id, i.kind, i.title, i.summary, i.published_at, i.visibility, i.status, i.owning_municipality_id,
                   i.owner_account_id
            FROM kb_item i JOIN municipality m ON m.id = i.owning_municipality_id
            WHERE m.cbs_code = ? AND i.status = 'PUBLISHED' AND i.published_at IS NOT NULL""";

    private static List<KnowledgeLink> links(List<?> rows, Predicate<ContentAccess> shown, int limit) {
        return rows.stream().map(row -> (Object[]) row)
                .filter(c -> shown.test(new ContentAccess(Visibility.valueOf((String) c[5]), ContentStatus.valueOf((String) c[6]),
                        ((Number) c[7]).longValue(), ((Number) c[8]).longValue())))
                .limit(limit)
                .map(c -> new KnowledgeLink(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                        "kb/item.html?id=" + c[0], date(c[4]).toString()))
                .toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime().toLocalDate() : ((LocalDateTime) value).toLocalDate();
    }
}
