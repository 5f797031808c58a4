package nl.regioan.db.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the region's reference data from the CSV files in {@code /reference}: the municipalities
 * with their subregion and dated membership, and the indicator catalogue. Later changes are made
 * through the application; this runs once.
 */
public class V2__LoadReferenceData extends BaseJavaMigration {

    /** Indicators that only exist for the region as a whole (the CSV has no column for it). */
    private static final Set<String> REGION_ONLY_INDICATORS = Set.of("BRP_REGIO");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        loadMunicipalities(connection);
        loadIndicators(connection);
    }

    private void loadMunicipalities(Connection connection) throws IOException, SQLException {
        Map<String, Long> subregionIds = new HashMap<>();
        try (PreparedStatement subregion = connection.prepareStatement(
                     "INSERT INTO subregion (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement municipality = connection.prepareStatement(
                     "INSERT INTO municipality (cbs_code, name, province) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement membership = connection.prepareStatement(
                     "INSERT INTO region_membership (municipality_id, subregion_id, valid_from, valid_to) VALUES (?, ?, ?, ?)")) {
            for (CSVRecord row : read("/reference/municipalities.csv")) {
                String subregionName = row.get("subregion");
                Long subregionId = subregionIds.get(subregionName);
                if (subregionId == null) {
                    subregion.setString(1, subregionName);
                    subregionId = insert(subregion);
                    subregionIds.put(subregionName, subregionId);
                }
                municipality.setString(1, row.get("cbs_code"));
                municipality.setString(2, row.get("name"));
                municipality.setString(3, row.get("province"));
                long municipalityId = insert(municipality);

                membership.setLong(1, municipalityId);
                membership.setLong(2, subregionId);
                membership.setDate(3, Date.valueOf(LocalDate.parse(row.get("member_from"))));
                String memberTo = row.get("member_to");
                membership.setDate(4, memberTo.isBlank() ? null : Date.valueOf(LocalDate.parse(memberTo)));
                membership.executeUpdate();
            }
        }
    }

    private void loadIndicators(Connection connection) throws IOException, SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO indicator (code, name_nl, name_en, unit, period_type, time_aggregation,
                                       area_aggregation, level, entry_level, min_value, max_value)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord row : read("/reference/indicators.csv")) {
                String code = row.get("code");
                insert.setString(1, code);
                insert.setString(2, row.get("name_nl"));
                insert.setString(3, row.get("name_en"));
                insert.setString(4, constant(row.get("unit")));
                insert.setString(5, constant(row.get("period")));
                insert.setString(6, constant(row.get("time_aggregation")));
                insert.setString(7, constant(row.get("area_aggregation")));
                insert.setString(8, constant(row.get("level")));
                insert.setString(9, REGION_ONLY_INDICATORS.contains(code) ? "REGION" : "MUNICIPALITY");
                insert.setBigDecimal(10, decimal(row.get("min")));
                insert.setBigDecimal(11, decimal(row.get("max")));
                insert.executeUpdate();
            }
        }
    }

    private static List<CSVRecord> read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(
                V2__LoadReferenceData.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static long insert(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** "EUR_million" becomes EUR_MILLION, "weighted_mean" WEIGHTED_MEAN: the enum names in Java. */
    private static String constant(String csvValue) {
        return csvValue.trim().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }
}
