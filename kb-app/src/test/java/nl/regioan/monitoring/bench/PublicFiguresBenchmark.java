package nl.regioan.monitoring.bench;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.StoredRows;
import nl.regioan.testsupport.TestAccounts;

/**
 * Not a test: a benchmark against a running application (started with the embedded launcher).
 * Builds a national CBS file in the OData v3 format: 342 municipalities (the region's 18 and 324
 * made-up codes GM5001..GM5324, which are outside the region) x 10 years (2016-2025) x 5 measures
 * = 17,100 figures, maps the 5 measures, and prints, each over {@value #ROUNDS} timed rounds after one
 * warm-up: the time of the whole import through the API (reading, checking every figure, skipping the
 * others, storing the members'), the first import (which stores) separately, and beside it the
 * yardstick: the CSV delivery (POST monitoring/values.csv) of as many values as the CBS import stores.
 * Target: the national file in under 5 s.
 *
 * <p>Run as {@link MonitoringBenchmark} says (its two terminals), with this class's name:
 * <pre>
 *   java -cp kb-app/target/test-classes:kb-app/target/classes:$(cat /root/kb-bench-cp.txt) \
 *     -Dbench.base=http://localhost:8130/ -Dbench.data=/work/tmp-cbs/bench \
 *     -Dbench.db.url=jdbc:mariadb://127.0.0.1:3314/kb nl.regioan.monitoring.bench.PublicFiguresBenchmark
 * </pre>
 */
public final class PublicFiguresBenchmark {

    static final int ROUNDS = 5;
    // From 2016: Berg en Dal (GM1945) has existed since then, and the import refuses a code before it existed.
    private static final int FIRST_YEAR = 2016;
    private static final int YEARS = 10;
    private static final String[] MEASURES = {"TotaleBevolking_1", "BenchBanen_2", "BenchVestigingen_3", "BenchPendel_4",
            "BenchWerkzaam_5"};
    private static final String[] INDICATORS = {"INWONERS", "BANEN", "VESTIGINGEN", "PENDEL_UIT", "IW_WERKZAAM"};

    private PublicFiguresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8130/");
        Path dataDir = Path.of(System.getProperty("bench.data", "/work/tmp-cbs/bench"));
        System.setProperty("kb.test.db.url", System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3314/kb"));
        System.setProperty("kb.test.db.user", "kb");
        System.setProperty("kb.test.db.password", Files.readString(dataDir.resolve("embedded-db.password")).trim());
        Api api = Api.as(new URL(base), TestAccounts.create("bench-cbs-coordinator", null, "coordinator"));
        for (int i = 1; i < MEASURES.length; i++) {
            api.put("api/v1/monitoring/public-figures/mappings/70072NED/" + MEASURES[i], "{\"indicator\": \"" + INDICATORS[i] + "\"}", null);
        }
        List<String> codes = new ArrayList<>();
        StoredRows.of("SELECT cbs_code FROM municipality ORDER BY cbs_code").forEach(r -> codes.add(r.get(0)));
        for (int i = 1; codes.size() < 342; i++) {
            codes.add(String.format("GM%04d", 5000 + i));
        }
        byte[] file = nationalFile(codes, 0);
        int figures = codes.size() * YEARS * MEASURES.length;
        System.out.printf(Locale.ROOT, "national file: %d municipalities x %d years x %d measures = %d figures, %.1f MB%n",
                codes.size(), YEARS, MEASURES.length, figures, file.length / 1e6);

        long start = System.nanoTime();
        Api.Reply first = post(api, "api/v1/monitoring/public-figures?downloaded=2026-11-01", file, "application/json");
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        if (first.status() != 200) {
            throw new IllegalStateException(first.toString());
        }
        int stored = first.object().getJsonObject("counts").getInt("stored") + first.object().getJsonObject("counts").getInt("replaced")
                + first.object().getJsonObject("counts").getInt("unchanged");
        System.out.printf(Locale.ROOT, "first import: %.2f s (%s)%n", firstSeconds, first.object().getJsonObject("counts"));

        List<Double> imports = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            byte[] changed = nationalFile(codes, round + 1); // other figures each round: every member's figure is replaced
            long t0 = System.nanoTime();
            Api.Reply reply = post(api, "api/v1/monitoring/public-figures?downloaded=2026-11-" + String.format("%02d", 2 + round),
                    changed, "application/json");
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.toString());
            }
            if (round > 0) {
                imports.add(seconds);
            }
        }
        List<Double> csv = new ArrayList<>();
        List<String> members = codes.stream().filter(c -> c.compareTo("GM5000") < 0).toList();
        for (int round = 0; round <= ROUNDS; round++) {
            byte[] delivery = csvOf(members, stored, round);
            long t0 = System.nanoTime();
            Api.Reply reply = post(api, "api/v1/monitoring/values.csv", delivery, "text/csv");
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.toString().substring(0, Math.min(2000, reply.toString().length())));
            }
            if (round > 0) {
                csv.add(seconds);
            }
        }
        imports.sort(Double::compare);
        csv.sort(Double::compare);
        System.out.printf(Locale.ROOT, "CBS import of the national file (%d figures, %d of the region stored): median %.2f s, max %.2f s"
                        + " over %d rounds (target < 5 s)%n", figures, stored, imports.get(ROUNDS / 2), imports.get(ROUNDS - 1), ROUNDS);
        System.out.printf(Locale.ROOT, "yardstick: CSV delivery of %d values: median %.2f s, max %.2f s over %d rounds%n",
                stored, csv.get(ROUNDS / 2), csv.get(ROUNDS - 1), ROUNDS);
    }

    private static Api.Reply post(Api api, String path, byte[] body, String type) {
        return api.send(HttpRequest.newBuilder(api.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", type).header("Accept", "application/json").timeout(java.time.Duration.ofSeconds(300)));
    }

    /** The OData v3 TypedDataSet of table 70072ned with made-up figures; {@code salt} changes them. */
    static byte[] nationalFile(List<String> codes, int salt) {
        StringBuilder json = new StringBuilder(2_000_000).append("{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/odata/70072ned/")
                .append("$metadata#Cbs.OData.WebAPI.TypedDataSet\", \"value\": [");
        int id = 0;
        for (String code : codes) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                json.append(id == 0 ? "" : ",").append("{\"ID\": ").append(id++).append(", \"RegioS\": \"").append(code)
                        .append("  \", \"Perioden\": \"").append(year).append("JJ00\"");
                for (int m = 0; m < MEASURES.length; m++) {
                    json.append(", \"").append(MEASURES[m]).append("\": ").append(10000 + (id * 7 + m * 13 + salt) % 90000);
                }
                json.append('}');
            }
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV delivery of {@code count} quarterly values of the members (2021-2024, while they were all members). */
    static byte[] csvOf(List<String> members, int count, int salt) {
        String[] quarterly = {"REG_RNI", "REG_BRP", "REG_NACHT", "VERG_AANVRAGEN", "OVERLAST", "VERG_VERLEEND", "HUISV_LOCATIES",
                "HUISV_PLEKKEN", "APP_GEBRUIK", "CONV_PARTNERS"};
        StringBuilder csv = new StringBuilder("indicator,cbs_code,period,value,comment\n");
        int n = 0;
        outer:
        for (String indicator : quarterly) {
            for (String code : members) {
                for (int year = 2021; year <= 2024; year++) {
                    for (int q = 1; q <= 4; q++) {
                        if (n++ == count) {
                            break outer;
                        }
                        csv.append(indicator).append(',').append(code).append(',').append(year).append("-Q").append(q).append(',')
                                .append(1 + (n + salt) % 500).append(",\n");
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
