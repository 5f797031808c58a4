package nl.regioan.testsupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.regioan.monitoring.period.domain.Period;

/** Writes monitoring values straight into the test database, for fixtures the API would make slow to build. */
public final class MonitoringValues {

    private MonitoringValues() {
    }

    /** One municipality's value; an existing value for the same indicator, area and period is left as it is. */
    public static void insert(Connection db, String indicator, String cbsCode, String period, String value, String status)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT IGNORE INTO monitoring_value (indicator_id, municipality_id, area_code, period, period_start, value,
                    status, entered_by, created_at, updated_at)
                SELECT i.id, m.id, m.cbs_code, ?, ?, ?, ?, 'fixture', NOW(3), NOW(3)
                FROM indicator i, municipality m WHERE i.code = ? AND m.cbs_code = ?""")) {
            insert.setString(1, period);
            insert.setObject(2, Period.parse(period).start());
            insert.setBigDecimal(3, new BigDecimal(value));
            insert.setString(4, status);
            insert.setString(5, indicator);
            insert.setString(6, cbsCode);
            insert.executeUpdate();
        }
    }
}
