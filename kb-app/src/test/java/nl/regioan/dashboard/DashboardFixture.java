package nl.regioan.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.regioan.testsupport.TestAccounts;

/**
 * A known data set for the dashboard tests, written by JDBC: yearly BANEN (jobs; count, last value
 * of the year, summed over municipalities) for 2024 and 2025, a region baseline and a target. No
 * other test enters BANEN. Idempotent: it replaces its own rows.
 *
 * <pre>
 *                 2024 (18 members)      2025 (17 members: Montferland left on 2024-12-31)
 * Arnhem sub      100+10+20+1+30+40=201  110+10+20+1+30+40=211
 * Liemers         5+15+10+25+45=100      5+15+10+25=55   (Montferland's 50 does not count)
 * Rijk v Nijmegen 150+20+25+15+10+30=250 150+20+25+15+10+30+5=255 (Mook: none in 2024, 5 submitted in 2025)
 * Region          551 (17 of 18)         521 (17 of 17)
 * Baseline region 500 (2021); target region 2030 at least 600.
 * </pre>
 */
public final class DashboardFixture {

    static final String INDICATOR = "BANEN";

    private DashboardFixture() {
    }

    static Map<String, Integer> values2024() {
        Map<String, Integer> v = new LinkedHashMap<>();
        v.put("GM0202", 100);
        v.put("GM0274", 10);
        v.put("GM0275", 20);
        v.put("GM0277", 1);
        v.put("GM1705", 30);
        v.put("GM1734", 40);
        v.put("GM0221", 5);
        v.put("GM0226", 15);
        v.put("GM0293", 10);
        v.put("GM0299", 25);
        v.put("GM1955", 45);
        v.put("GM0268", 150);
        v.put("GM1945", 20);
        v.put("GM0209", 25);
        v.put("GM0225", 15);
        v.put("GM0252", 10);
        v.put("GM0296", 30);
        return v;
    }

    static Map<String, Integer> values2025() {
        Map<String, Integer> v = values2024();
        v.put("GM0202", 110);
        v.put("GM1955", 50);
        return v;
    }

    public static synchronized void load() {
        try (Connection db = TestAccounts.connect()) {
            long indicatorId;
            try (PreparedStatement find = db.prepareStatement("SELECT id FROM indicator WHERE code = ?")) {
                find.setString(1, INDICATOR);
                var result = find.executeQuery();
                result.next();
                indicatorId = result.getLong(1);
            }
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM monitoring_value_history WHERE value_id IN"
                    + " (SELECT id FROM monitoring_value WHERE indicator_id = ?)")) {
                delete.setLong(1, indicatorId);
                delete.executeUpdate();
            }
            for (String table : new String[] {"monitoring_value", "monitoring_baseline", "monitoring_target"}) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE indicator_id = ?")) {
                    delete.setLong(1, indicatorId);
                    delete.executeUpdate();
                }
            }
            values2024().forEach((area, value) -> insert(db, indicatorId, area, 2024, value, "APPROVED"));
            values2025().forEach((area, value) -> insert(db, indicatorId, area, 2025, value, "APPROVED"));
            insert(db, indicatorId, "GM0944", 2025, 5, "SUBMITTED");
            try (PreparedStatement baseline = db.prepareStatement("INSERT INTO monitoring_baseline (indicator_id, area_code, value,"
                    + " reference_period) VALUES (?, 'REGION', 500, '2021')")) {
                baseline.setLong(1, indicatorId);
                baseline.executeUpdate();
            }
            try (PreparedStatement target = db.prepareStatement("INSERT INTO monitoring_target (indicator_id, area_level, area_name,"
                    + " target_year, direction, target_value) VALUES (?, 'REGION', NULL, 2030, 'AT_LEAST', 600)")) {
                target.setLong(1, indicatorId);
                target.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the dashboard data set: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection db, long indicatorId, String area, int year, int value, String status) {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO monitoring_value (indicator_id, municipality_id, area_code, period, period_start, value, status,
                                              entered_by, created_at, updated_at)
                VALUES (?, (SELECT id FROM municipality WHERE cbs_code = ?), ?, ?, ?, ?, ?, 'dash-fixture',
                        CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))""")) {
            insert.setLong(1, indicatorId);
            insert.setString(2, area);
            insert.setString(3, area);
            insert.setString(4, Integer.toString(year));
            insert.setObject(5, java.time.LocalDate.of(year, 1, 1));
            insert.setInt(6, value);
            insert.setString(7, status);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
