package nl.regioan.monitoring.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.TestAccounts;

/**
 * Not a test: a benchmark against a running application (started with the embedded launcher).
 * Adds 324 made-up member municipalities (342 in all), delivers 10 years of every municipal
 * indicator (40 quarters of the quarterly ones) as CSV through the API, approves everything, then
 * prints, each over {@value #ROUNDS} timed rounds after {@value #WARM_UP} warm-up rounds:
 * <ul>
 *   <li>the CSV import rate (values/s);</li>
 *   <li>p50/p99 of a region-level series of one indicator over 40 quarters (GET monitoring/series);</li>
 *   <li>p50/p99 of the yearly region aggregation of all indicators through the API
 *       (GET monitoring/aggregates?year=&amp;area=region, one batch read);</li>
 *   <li>p50/p99 of the same aggregation as one hand-written SQL query, and the API/SQL ratio of the p50s;</li>
 *   <li>for comparison, the old way: one GET monitoring/series per indicator (a few rounds).</li>
 * </ul>
 * The SQL takes weighted means as plain means (it has no weights), so it does a little less than the
 * API; sums, counts and reporting areas are compared and must agree.
 *
 * <p>Run, from the worktree root, with a throw-away data directory (not under /tmp) and ports that
 * nobody else uses. Terminal 1 (Ctrl-C stops the application; delete the directory afterwards):
 * <pre>
 *   mkdir -p /root/kb-bench-monitoring
 *   KB_DATA_DIR=/root/kb-bench-monitoring KB_PORT=8090 KB_EMBEDDED_DB_PORT=3390 KB_ADMIN_PASSWORD=BenchAdmin-2026x \
 *     mvn -B -o -Prun verify -pl kb-app -am
 * </pre>
 * (the first start needs network once, for exec-maven-plugin: drop {@code -o}). Terminal 2, once
 * "kb-app was successfully deployed" is logged:
 * <pre>
 *   mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/root/kb-bench-cp.txt \
 *     -Dmdep.includeScope=test -pl kb-app -am
 *   java -cp kb-app/target/test-classes:kb-app/target/classes:$(cat /root/kb-bench-cp.txt) \
 *     -Dbench.base=http://localhost:8090/ -Dbench.data=/root/kb-bench-monitoring \
 *     -Dbench.db.url=jdbc:mariadb://127.0.0.1:3390/kb nl.regioan.monitoring.bench.MonitoringBenchmark
 * </pre>
 * A second run on the same directory imports only municipalities that have no values yet, or
 * nothing with {@code -Dbench.import=false}.
 */
public final class MonitoringBenchmark {

    private static final int EXTRA_MUNICIPALITIES = 324;
    private static final int YEARS = Integer.getInteger("bench.years", 10);
    private static final int FIRST_YEAR = 2025 - YEARS;
    /** Municipalities per request: about 5,000 values, so one request stays well under the client's 30 s timeout. */
    private static final int CHUNK = 86;
    static final int ROUNDS = 100;
    static final int WARM_UP = 10;
    private static final int OLD_WAY_ROUNDS = 3;

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8090/");
        Path dataDir = Path.of(System.getProperty("bench.data", "/root/kb-bench-monitoring"));
        System.setProperty("kb.test.db.url", System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3390/kb"));
        System.setProperty("kb.test.db.user", "kb");
        System.setProperty("kb.test.db.password", Files.readString(dataDir.resolve("embedded-db.password")).trim());

        addMunicipalities();
        Api api = Api.as(new URL(base), TestAccounts.create("bench-coordinator", null, "coordinator"));
        List<String[]> indicators = municipalIndicators();

        if (Boolean.parseBoolean(System.getProperty("bench.import", "true"))) {
            importAll(api, indicators);
        }
        measure(api, indicators);
    }

    private static void importAll(Api api, List<String[]> indicators) throws Exception {
        long rows = 0;
        long started = System.nanoTime();
        Random random = new Random(42);
        List<String> codes = cbsCodes();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
          // Values are accepted only for the years a municipality was a member (the region's own members joined in 2021).
          Set<String> membersThatYear = membersIn(year);
          List<String> members = codes.stream().filter(membersThatYear::contains).toList();
          for (int from = 0; from < members.size(); from += CHUNK) {
            StringBuilder csv = new StringBuilder("indicator,cbs_code,period,value,comment\n");
            for (String code : members.subList(from, Math.min(members.size(), from + CHUNK))) {
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
                    Math.min(members.size(), from + CHUNK), body.length, (System.nanoTime() - one) / 1e9);
          }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("CSV import: %d values in %.1f s = %.0f values/s%n", rows, seconds, rows / seconds);

        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE monitoring_value SET status = 'APPROVED'");
        }

    }

    private static void measure(Api api, List<String[]> indicators) throws Exception {
        int lastYear = FIRST_YEAR + YEARS - 1;
        String seriesPath = "api/v1/monitoring/series?indicator=REG_RNI&area=region&from=" + FIRST_YEAR + "-Q1&to="
                + lastYear + "-Q4&granularity=quarter";
        String aggregatesPath = "api/v1/monitoring/aggregates?year=" + lastYear + "&area=region";

        JsonObject series = get(api, seriesPath).object();
        System.out.println("Series REG_RNI region: " + series.getJsonArray("points").size() + " quarters, last "
                + series.getJsonArray("points").getJsonObject(series.getJsonArray("points").size() - 1));
        double[] seriesTimes = timed(() -> get(api, seriesPath));

        Map<String, JsonObject> viaApi = new HashMap<>();
        for (JsonObject s : get(api, aggregatesPath).object().getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            viaApi.put(s.getString("indicator"), s.getJsonArray("points").getJsonObject(0));
        }
        double[] apiTimes = timed(() -> get(api, aggregatesPath));

        double[] sqlTimes;
        try (Connection db = TestAccounts.connect(); PreparedStatement query = db.prepareStatement(SQL)) {
            compare(query, lastYear, viaApi);
            sqlTimes = timed(() -> {
                try (ResultSet result = run(query, lastYear)) {
                    while (result.next()) {
                        result.getBigDecimal(2);
                    }
                }
            });
        }

        double[] oldWay = new double[OLD_WAY_ROUNDS];
        for (int round = 0; round < OLD_WAY_ROUNDS; round++) {
            long all = System.nanoTime();
            for (String[] indicator : indicators) {
                get(api, "api/v1/monitoring/series?indicator=" + indicator[0] + "&area=region&from=" + lastYear + "&to="
                        + lastYear + "&granularity=year");
            }
            oldWay[round] = (System.nanoTime() - all) / 1e6;
        }

        System.out.printf("Region series, one indicator (REG_RNI), 40 quarters, via API: p50 %.1f ms, p99 %.1f ms%n",
                percentile(seriesTimes, 50), percentile(seriesTimes, 99));
        System.out.printf("Yearly region aggregation of all %d indicators (%d), via API (one request): p50 %.1f ms, p99 %.1f ms%n",
                viaApi.size(), lastYear, percentile(apiTimes, 50), percentile(apiTimes, 99));
        System.out.printf("Same aggregation as one SQL query: p50 %.1f ms, p99 %.1f ms%n",
                percentile(sqlTimes, 50), percentile(sqlTimes, 99));
        System.out.printf("API/SQL ratio (p50): %.2f%n", percentile(apiTimes, 50) / percentile(sqlTimes, 50));
        System.out.printf("Old way, one series request per indicator (%d requests): median of %d rounds %.0f ms%n",
                indicators.size(), OLD_WAY_ROUNDS, percentile(oldWay, 50));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double[] timed(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        return times;
    }

    private static Api.Reply get(Api api, String path) {
        Api.Reply reply = api.get(path);
        if (reply.status() != 200) {
            throw new IllegalStateException(path + ": " + reply);
        }
        return reply;
    }

    private static ResultSet run(PreparedStatement query, int year) throws Exception {
        query.setString(1, year + "-12-31");
        query.setString(2, year + "-01-01");
        query.setString(3, year + "-01-01");
        query.setString(4, year + "-12-31");
        return query.executeQuery();
    }

    /** The SQL and the API must agree on every summed indicator and on the number of reporting areas. */
    private static void compare(PreparedStatement query, int year, Map<String, JsonObject> viaApi) throws Exception {
        int sums = 0;
        int agree = 0;
        try (ResultSet result = run(query, year)) {
            while (result.next()) {
                JsonObject point = viaApi.get(result.getString(1));
                if (point == null || !"SUM".equals(result.getString(4))) {
                    continue;
                }
                sums++;
                BigDecimal sql = result.getBigDecimal(2);
                boolean same = !point.isNull("value") && point.getJsonNumber("value").bigDecimalValue().compareTo(sql) == 0
                        && point.getInt("reported") == result.getInt(3);
                agree += same ? 1 : 0;
                if (!same) {
                    System.out.println("DIFFERENT " + result.getString(1) + ": SQL " + sql + " from " + result.getInt(3)
                            + " areas, API " + point);
                }
            }
        }
        System.out.println("Summed indicators where API and SQL agree: " + agree + " of " + sums);
    }

    static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
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
              WHERE v.indicator_id IN (SELECT id FROM indicator) -- lets MariaDB use (indicator_id, period_start)
                AND v.period_start BETWEEN ? AND ? AND v.status IN ('SUBMITTED', 'APPROVED')
              GROUP BY v.indicator_id, v.area_code, i.time_aggregation)
            SELECT i.code, CASE i.area_aggregation WHEN 'SUM' THEN SUM(p.year_value) ELSE AVG(p.year_value) END, COUNT(*),
              i.area_aggregation
            FROM per_area p JOIN indicator i ON i.id = p.indicator_id
            GROUP BY i.code, i.area_aggregation""";

    private static List<String> cbsCodes() throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT DISTINCT m.cbs_code FROM municipality m JOIN region_membership ms ON ms.municipality_id = m.id
                     WHERE (ms.valid_to IS NULL OR ms.valid_to >= '%d-12-31')
                       AND NOT EXISTS (SELECT 1 FROM monitoring_value v WHERE v.area_code = m.cbs_code)
                     ORDER BY m.cbs_code""".formatted(FIRST_YEAR + YEARS - 1))) {
            while (result.next()) {
                codes.add(result.getString(1));
            }
        }
        return codes;
    }

    /** The municipalities that were members on at least one day of the year. */
    private static Set<String> membersIn(int year) throws Exception {
        Set<String> codes = new HashSet<>();
        try (Connection db = TestAccounts.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT m.cbs_code FROM municipality m JOIN region_membership ms ON ms.municipality_id = m.id
                     WHERE ms.valid_from <= '%d-12-31' AND (ms.valid_to IS NULL OR ms.valid_to >= '%d-01-01')"""
                     .formatted(year, year))) {
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
