package nl.regioan.dashboard.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Arrays;
import nl.regioan.dashboard.application.AnnualReportViews.VersionSummary;

/**
 * Not a test: the PDF of an annual report of many municipalities, made in this JVM from a report of
 * the shape the report service answers (every indicator with five years, subregions and each
 * municipality's value; a developments text per municipality), without the server and its database.
 * Prints the median of several rounds beside the yardstick of issue 16 (PDF under 2 s for 342
 * municipalities), for the working version and for an archived version.
 *
 * <p>Run from the worktree root:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/dashboard-cp.txt -Dmdep.includeScope=test -pl dashboard -am
 * java -cp dashboard/target/test-classes:dashboard/target/classes:$(cat dashboard/target/dashboard-cp.txt) \
 *     -Dbench.municipalities=342 -Dbench.indicators=24 nl.regioan.dashboard.application.ReportPdfBenchmark
 * </pre>
 */
public final class ReportPdfBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private ReportPdfBenchmark() {
    }

    public static void main(String[] args) {
        int municipalities = Integer.getInteger("bench.municipalities", 342);
        int indicators = Integer.getInteger("bench.indicators", 24);
        JsonObject report = report(municipalities, indicators);
        ReportMessages dutch = ReportMessages.of("nl");
        VersionSummary version = new VersionSummary(2025, 1, Instant.parse("2026-03-01T09:30:00Z"), "coordinator", "ab", true);
        ReportPdf.render(report, null, dutch); // warm-up: classes, fonts, the JIT
        double[] working = new double[ROUNDS];
        double[] archived = new double[ROUNDS];
        int bytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            bytes = ReportPdf.render(report, null, dutch).length;
            working[round] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            ReportPdf.render(report, version, dutch);
            archived[round] = (System.nanoTime() - started) / 1e6;
            System.out.printf("round %d: working version %.0f ms, archived version %.0f ms (%d bytes)%n", round + 1,
                    working[round], archived[round], bytes);
        }
        System.out.printf("Annual report PDF (%d municipalities, %d indicators, tagged PDF/UA-1 + PDF/A-2u): median %.0f ms"
                + " (working), %.0f ms (archived version); yardstick < 2000 ms%n", municipalities, indicators,
                median(working), median(archived));
    }

    /** A report as the service answers it: every indicator reported by every municipality over five years. */
    static JsonObject report(int municipalities, int indicators) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        JsonArrayBuilder developments = Json.createArrayBuilder();
        for (int m = 0; m < municipalities; m++) {
            String code = String.format("GM%04d", m);
            members.add(Json.createObjectBuilder().add("cbsCode", code).add("name", "Gemeente " + m).add("subregion", "Deelregio " + m % 3));
            developments.add(Json.createObjectBuilder().add("cbsCode", code).add("municipality", "Gemeente " + m).add("edited", false)
                    .add("items", Json.createArrayBuilder())
                    .add("text", "Gemeente " + m + " opende een loket voor arbeidsmigranten.\n\nEr kwamen 40 woonplekken bij."));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder onTrack = Json.createArrayBuilder();
        for (int i = 0; i < indicators; i++) {
            String code = "IND_" + i;
            onTrack.add(code);
            JsonArrayBuilder trend = Json.createArrayBuilder();
            for (int y = 2021; y <= 2025; y++) {
                trend.add(Json.createObjectBuilder().add("period", String.valueOf(y)).add("value", 1000 + 37 * i + 11 * y % 97)
                        .add("reported", municipalities).add("expected", municipalities).add("missing", false));
            }
            JsonArrayBuilder subregions = Json.createArrayBuilder();
            for (int s = 0; s < 3; s++) {
                subregions.add(figure("Deelregio " + s, "Deelregio " + s, 300 + s));
            }
            JsonArrayBuilder figures = Json.createArrayBuilder();
            for (int m = 0; m < municipalities; m++) {
                figures.add(figure(String.format("GM%04d", m), "Gemeente " + m, 10 + (m * 7 + i) % 90));
            }
            items.add(Json.createObjectBuilder().add("indicator", code).add("nameNl", "Indicator nummer " + i)
                    .add("nameEn", "Indicator number " + i).add("unit", "COUNT").add("level", "IMPACT")
                    .add("region", figure("region", "region", 1234)).add("subregions", subregions).add("municipalities", figures)
                    .add("baseline", Json.createObjectBuilder().add("period", "2021").add("value", 1000))
                    .add("target", Json.createObjectBuilder().add("year", 2030).add("direction", "AT_LEAST").add("value", 1500))
                    .add("figures", Json.createObjectBuilder().add("onTrack", true)
                            .add("sinceBaseline", Json.createObjectBuilder().add("absolute", 234).add("percent", 23.4)))
                    .add("trend", trend).add("breaks", Json.createArrayBuilder()).add("hasValues", true));
        }
        JsonObjectBuilder report = Json.createObjectBuilder().add("year", 2025).add("municipalityCount", municipalities)
                .add("hasData", true).add("municipalities", members)
                .add("completeness", Json.createObjectBuilder().add("expectedValues", municipalities * indicators)
                        .add("reportedValues", municipalities * indicators).add("unapprovedValues", 0).add("gaps", Json.createArrayBuilder()))
                .add("themes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("theme", "WORK_AND_ECONOMY").add("indicators", items)))
                .add("steering", Json.createArrayBuilder()
                        .add(level("OUTPUT", Json.createArrayBuilder())).add(level("COLLABORATION", Json.createArrayBuilder()))
                        .add(level("IMPACT", onTrack)));
        return Json.createObjectBuilder().add("report", report).add("developments", developments).build();
    }

    private static JsonObjectBuilder figure(String area, String label, int value) {
        return Json.createObjectBuilder().add("area", area).add("label", label).add("value", value).add("reported", 1)
                .add("expected", 1).add("missing", false);
    }

    private static JsonObjectBuilder level(String level, JsonArrayBuilder onTrack) {
        return Json.createObjectBuilder().add("level", level).add("onTrack", onTrack).add("offTrack", Json.createArrayBuilder())
                .add("unknown", Json.createArrayBuilder());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
