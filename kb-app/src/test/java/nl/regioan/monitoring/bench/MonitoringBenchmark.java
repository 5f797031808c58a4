package nl.regioan.monitoring.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.TestAccounts;

/**
 * Not a test: a benchmark against a running application (started with the embedded launcher).
 * Adds 324 made-up member municipalities (342 in all), delivers 10 years of every municipal
 * indicator as CSV through the API, then compares the region's yearly aggregation of every
 * indicator through GET /api/v1/monitoring/series with one hand-written SQL query.
 *
 * <p>Run: see the monitoring section of the report (KB_DATA_DIR pointing at a throw-away directory).
 */
public final class MonitoringBenchmark {

    private static final int EXTRA_MUNICIPALITIES = 324;
    private static final int YEARS = Integer.getInteger("bench.years", 10);
    private static final int FIRST_YEAR = 2025 - YEARS;
    /** Municipalities per request: about 5,000 values, so one request stays well under the client's 30 s timeout. */
    private static final int CHUNK = 86;
    private static final int ROUNDS = 5;

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8090/");
        Path dataDir = Path.of(System.getProperty("bench.data", "/tmp/kb-bench-data"));
        System.setProperty("kb.test.db.url", System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3390/kb"));
        System.setProperty("kb.test.db.user", "kb");
        System.setProperty("kb.test.db.password", Files.readString(dataDir.resolve("embedded-db.password")).trim());

        addMunicipalities();
        Api api = Api.as(new URL(base), TestAccounts.create("bench-coordinator", null, "coordinator"));
        List<String[]> indicators = municipalIndicators();

        long rows = 0;
        long started = System.nanoTime();
        Random random = new Random(42);
        List<String> codes = cbsCodes();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
          for (int from = 0; from < codes.size(); from += CHUNK) {
            StringBuilder csv = new StringBuilder("indicator,cbs_code,period,value,comment\n");
            for (String code : codes.subList(from, Math.min(codes.size(), from + CHUNK))) {
                for (String[] indicator : indicators) {
                    boolean quarterly = indicator[1].equals("QUARTER");
                    for (int q = 1; q <= (quarterly ? 4 : 1); q++) {
                        String value = indicator[2].isEmpty() ? String.valueOf(random.nextInt(500))
                                : String.valueOf(1 + random.nextInt(Integer.parseInt(indicator[2])));
                        csv.append(indicator[0]).append(',').append(code).append(',')
                                .append(quarterly ? year + "-Q" + q : String.valueOf(year)).append(',').append(value).append(",\n");
                        rows++;
                    }
                }
            }
            byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
            long one = System.nanoTime();
            Api.Reply reply = api.send(HttpRequest.newBuilder(api.resolve("api/v1/monitoring/values.csv"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "text/csv"));
            if (reply.status() != 200) {
                throw new IllegalStateException("Import of " + year + " failed: " + reply.body().substring(0, Math.min(500, reply.body().length())));
            }
            System.out.printf("imported %d, municipalities %d-%d (%d bytes) in %.1f s%n", year, from + 1,
                    Math.min(codes.size(), from + CHUNK), body.length, (System.nanoTime() - one) / 1e9);
          }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("CSV import: %d values in %.1f s = %.0f values/s%n", rows, seconds, rows / seconds);

        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE monitoring_value SET status = 'APPROVED'");
        }

        int lastYear = FIRST_YEAR + YEARS - 1;
        double[] apiTimes = new double[ROUNDS];
        double[] singleTimes = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long all = System.nanoTime();
            for (String[] indicator : indicators) {
                long one = System.nanoTime();
                Api.Reply reply = api.get("api/v1/monitoring/series?indicator=" + indicator[0] + "&area=region&from="
                        + lastYear + "&to=" + lastYear + "&granularity=year");
                if (reply.status() != 200) {
                    throw new IllegalStateException(reply.toString());
                }
                if (indicator[0].equals("REG_RNI")) {
                    singleTimes[round] = (System.nanoTime() - one) / 1e6;
                    JsonObject point = reply.object().getJsonArray("points").getJsonObject(0);
                    if (round == 0) {
                        System.out.println("REG_RNI " + lastYear + " via API: " + point);
                    }
                }
            }
            apiTimes[round] = (System.nanoTime() - all) / 1e6;
        }
        double[] sqlTimes = new double[ROUNDS];
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(SQL)) {
            for (int round = 0; round < ROUNDS; round++) {
                long started2 = System.nanoTime();
                query.setString(1, lastYear + "-12-31");
                query.setString(2, lastYear + "-01-01");
                query.setString(3, lastYear + "-01-01");
                query.setString(4, lastYear + "-12-31");
                int count = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        if (round == 0 && result.getString(1).equals("REG_RNI")) {
                            System.out.println("REG_RNI " + lastYear + " via SQL: " + result.getBigDecimal(2) + " from " + result.getInt(3) + " areas");
                        }
                        count++;
                    }
                }
                sqlTimes[round] = (System.nanoTime() - started2) / 1e6;
                if (round == 0) {
                    System.out.println("SQL returned " + count + " indicators");
                }
            }
        }
        double viaApi = median(apiTimes);
        double sql = median(sqlTimes);
        System.out.printf("Region series of one indicator (REG_RNI, %d, year) via API: median %.0f ms%n", lastYear, median(singleTimes));
        System.out.printf("Yearly region aggregation of all %d municipal indicators: API (%d calls) median %.0f ms;"
                + " one SQL query median %.0f ms; API/SQL ratio %.1f%n", indicators.size(), indicators.size(), viaApi, sql, viaApi / sql);
    }

    /** Time rule per indicator, then the area rule (weighted means as plain means here), for the members of that year. */
    static final String SQL = """
            WITH per_area AS (
              SELECT v.indicator_id, v.area_code,
                CASE i.time_aggregation WHEN 'SUM' THEN SUM(v.value) WHEN 'MEAN' THEN AVG(v.value)
                  ELSE CAST(SUBSTRING_INDEX(GROUP_CONCAT(v.value ORDER BY v.period_start DESC), ',', 1) AS DECIMAL(19, 4))
                END AS year_value
              FROM monitoring_value v
              JOIN indicator i ON i.id = v.indicator_id
              JOIN municipality m ON m.cbs_code = v.area_code
              JOIN region_membership ms ON ms.municipality_id = m.id AND ms.valid_from <= ?
                AND (ms.valid_to IS NULL OR ms.valid_to >= ?)
              WHERE v.period_start BETWEEN ? AND ? AND v.status IN ('SUBMITTED', 'APPROVED')
              GROUP BY v.indicator_id, v.area_code, i.time_aggregation)
            SELECT i.code, CASE i.area_aggregation WHEN 'SUM' THEN SUM(p.year_value) ELSE AVG(p.year_value) END, COUNT(*)
            FROM per_area p JOIN indicator i ON i.id = p.indicator_id
            GROUP BY i.code, i.area_aggregation""";

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<String> cbsCodes() throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT DISTINCT m.cbs_code FROM municipality m JOIN region_membership ms ON ms.municipality_id = m.id
                     WHERE ms.valid_to IS NULL ORDER BY m.cbs_code""")) {
            while (result.next()) {
                codes.add(result.getString(1));
            }
        }
        return codes;
    }

    /** code, period type, max (for scores and shares) of every indicator entered per municipality. */
    private static List<String[]> municipalIndicators() throws Exception {
        List<String[]> list = new ArrayList<>();
        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT code, period_type, max_value FROM indicator WHERE entry_level = 'MUNICIPALITY' ORDER BY code")) {
            while (result.next()) {
                list.add(new String[] {result.getString(1), result.getString(2),
                        result.getBigDecimal(3) == null ? "" : String.valueOf(result.getBigDecimal(3).intValue())});
            }
        }
        return list;
    }

    private static void addMunicipalities() throws Exception {
        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate("INSERT IGNORE INTO subregion (name) VALUES ('Benchmark')");
            for (int i = 1; i <= EXTRA_MUNICIPALITIES; i++) {
                String code = String.format("GM%04d", 5000 + i);
                statement.executeUpdate("INSERT IGNORE INTO municipality (cbs_code, name, province) VALUES ('" + code
                        + "', 'Benchmark " + i + "', 'Nergens')");
                statement.executeUpdate("""
                        INSERT INTO region_membership (municipality_id, subregion_id, valid_from)
                        SELECT m.id, s.id, '2015-01-01' FROM municipality m, subregion s
                        WHERE m.cbs_code = '%s' AND s.name = 'Benchmark'
                          AND NOT EXISTS (SELECT 1 FROM region_membership x WHERE x.municipality_id = m.id)""".formatted(code));
            }
        } catch (Exception e) {
            throw new IOException("Could not add the benchmark municipalities: " + e.getMessage(), e);
        }
    }
}
