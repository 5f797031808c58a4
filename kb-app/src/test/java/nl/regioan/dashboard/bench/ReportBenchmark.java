package nl.regioan.dashboard.bench;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.Browser;
import nl.regioan.testsupport.TestAccounts;

/**
 * Not a test: a benchmark against a running application on the 342-municipality data set that
 * {@code nl.regioan.monitoring.bench.MonitoringBenchmark} generates (run that first, same data directory).
 * Prints, as medians over several rounds: the time to first chart and to an interactive overview page in
 * headless Chromium (performance marks 'first-chart' and 'overview-ready', measured from navigation start,
 * the page's session already open), and the time to build the full annual report (GET /api/v1/reports/{year})
 * and its PDF (tagged, PDF/UA-1 and PDF/A-2u since issue 16). Targets: overview interactive under 1.5 s (issue 7);
 * for 342 municipalities the report built under 1 s and its PDF under 2 s (issue 16). Each figure is printed beside its
 * target. {@code nl.regioan.dashboard.application.ReportPdfBenchmark} (dashboard test sources) times the PDF alone,
 * without a server, on a made-up report of any size.
 *
 * <p>Run (application started with the embedded launcher on port 8090, KB_DATA_DIR=/tmp/kb-bench-data):
 * <pre>
 * mvn -B -o -q -pl kb-app test-compile &amp;&amp; java -cp "kb-app/target/test-classes:kb-app/target/classes:$(cat /tmp/kb-cp.txt)" \
 *     -Dbench.base=http://localhost:8090/ -Dbench.data=/tmp/kb-bench-data -Dbench.year=2024 nl.regioan.dashboard.bench.ReportBenchmark
 * </pre>
 * where /tmp/kb-cp.txt comes from {@code mvn -B -o -q -pl kb-app dependency:build-classpath -Dmdep.outputFile=/tmp/kb-cp.txt}.
 */
public final class ReportBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8090/");
        String year = System.getProperty("bench.year", "2024");
        Path dataDir = Path.of(System.getProperty("bench.data", "/tmp/kb-bench-data"));
        System.setProperty("kb.test.db.url", System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3390/kb"));
        System.setProperty("kb.test.db.user", "kb");
        System.setProperty("kb.test.db.password", Files.readString(dataDir.resolve("embedded-db.password")).trim());
        String user = TestAccounts.create("bench-report-coordinator", null, "coordinator");
        Api api = Api.as(new URL(base), user);

        double[] firstChart = new double[ROUNDS];
        double[] ready = new double[ROUNDS];
        try (Browser browser = new Browser()) {
            browser.logIn(new URL(base), user, TestAccounts.PASSWORD);
            for (int round = 0; round < ROUNDS; round++) {
                browser.open(base + "dashboard/overview.html?period=" + year);
                // Longer than the tests' 15 s: on the big data set a slow page should give a figure, not a time-out.
                browser.waitForReady(java.time.Duration.ofSeconds(120));
                firstChart[round] = mark(browser, "first-chart");
                ready[round] = mark(browser, "overview-ready");
                System.out.printf("round %d: overview first chart %.0f ms, interactive %.0f ms%n", round + 1, firstChart[round],
                        ready[round]);
            }
        }
        System.out.printf("Overview %s in headless Chromium: first chart median %.0f ms, interactive median %.0f ms (target < 1500 ms)%n",
                year, median(firstChart), median(ready));

        double[] report = new double[ROUNDS];
        double[] pdf = new double[ROUNDS];
        int members = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            Api.Reply reply;
            try {
                reply = api.get("api/v1/reports/" + year);
            } catch (java.io.UncheckedIOException e) {
                // The client gives up after 120 s (Api's request timeout); say so rather than print no figure.
                System.out.printf("Annual report %s: not built within %.0f s (%s)%n", year, (System.nanoTime() - started) / 1e9, e.getMessage());
                return;
            }
            report[round] = (System.nanoTime() - started) / 1e6;
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.toString());
            }
            members = reply.object().getInt("municipalityCount");
            started = System.nanoTime();
            HttpResponse<byte[]> document = api.getBytes("api/v1/reports/" + year + "/pdf", "application/pdf");
            pdf[round] = (System.nanoTime() - started) / 1e6;
            if (document.statusCode() != 200) {
                throw new IllegalStateException("PDF: " + document.statusCode());
            }
            System.out.printf("round %d: report %.0f ms, PDF %.0f ms (%d bytes)%n", round + 1, report[round], pdf[round],
                    document.body().length);
        }
        System.out.printf("Annual report %s (%d member municipalities): built in median %.0f ms (target < 1000 ms: %s),"
                + " PDF in median %.0f ms (target < 2000 ms: %s)%n", year, members, median(report),
                median(report) < 1000 ? "met" : "NOT met", median(pdf), median(pdf) < 2000 ? "met" : "NOT met");
    }

    private static double mark(Browser browser, String name) {
        Object value = browser.script("const m = performance.getEntriesByName(arguments[0]); return m.length ? m[0].startTime : -1;", name);
        return ((Number) value).doubleValue();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
