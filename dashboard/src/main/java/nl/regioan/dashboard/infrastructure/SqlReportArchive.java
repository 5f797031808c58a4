package nl.regioan.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.regioan.dashboard.domain.ArchivedReport;
import nl.regioan.dashboard.domain.ReportArchive;
import nl.regioan.dashboard.domain.ReportDigest;

/** The report archive in table report_version: INSERT and SELECT only, so a version cannot change once stored. */
@ApplicationScoped
public class SqlReportArchive implements ReportArchive {

    private static final String COLUMNS = "report_year, version_number, finalised_at, finalised_by, data, data_sha256";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public ArchivedReport add(int year, Instant finalisedAt, String finalisedBy, String data) {
        // FOR UPDATE locks the year's rows (and the gap after them), so two coordinators finalising at
        // once get versions n and n+1 instead of a duplicate.
        int last = ((Number) entityManager.createNativeQuery(
                        "SELECT COALESCE(MAX(version_number), 0) FROM report_version WHERE report_year = ? FOR UPDATE")
                .setParameter(1, year).getSingleResult()).intValue();
        ArchivedReport report = new ArchivedReport(year, last + 1, finalisedAt, finalisedBy, data, ReportDigest.sha256(data));
        entityManager.createNativeQuery("INSERT INTO report_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, year).setParameter(2, report.version()).setParameter(3, Timestamp.from(finalisedAt))
                .setParameter(4, finalisedBy).setParameter(5, data).setParameter(6, report.sha256())
                .executeUpdate();
        return report;
    }

    @Override
    public List<ArchivedReport> versions(int year) {
        return entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM report_version WHERE report_year = ?"
                        + " ORDER BY version_number")
                .setParameter(1, year).getResultList().stream().map(SqlReportArchive::toReport).toList();
    }

    @Override
    public Optional<ArchivedReport> version(int year, int version) {
        return entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM report_version WHERE report_year = ?"
                        + " AND version_number = ?")
                .setParameter(1, year).setParameter(2, version).getResultList().stream().findFirst()
                .map(SqlReportArchive::toReport);
    }

    private static ArchivedReport toReport(Object row) {
        Object[] c = (Object[]) row;
        return new ArchivedReport(((Number) c[0]).intValue(), ((Number) c[1]).intValue(), instant(c[2]), (String) c[3],
                (String) c[4], (String) c[5]);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return ((LocalDateTime) value).atZone(ZoneId.systemDefault()).toInstant();
    }
}
