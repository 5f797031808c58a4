package nl.regioan.dashboard.application;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioan.dashboard.application.AnnualReportViews.VersionSummary;
import nl.regioan.shared.text.UserText;

/**
 * The annual report as an A4 PDF, made from the report's JSON (the current data or an archived
 * version's stored data, so a version's PDF shows exactly what was finalised): summary and
 * completeness, per theme and indicator a grey chart and a table, the per-municipality table and the
 * developments and initiatives.
 */
final class ReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));
    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
            h1 { font-size: 18pt; margin: 0 0 4mm; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 0.5pt solid #000; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 4mm 0 1mm; page-break-after: avoid; }
            .indicator { page-break-inside: avoid; }
            .banner { border: 1pt solid #000; padding: 2mm 3mm; margin-bottom: 4mm; background: #eee; }
            .statement { border-left: 2pt solid #000; padding-left: 3mm; }
            table { border-collapse: collapse; margin: 1mm 0 3mm; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #777; padding: 0.8mm 1.5mm; text-align: left; }
            td.n { text-align: right; }
            thead th { background: #ddd; }
            .wide { font-size: 7pt; }
            img.chart { width: 170mm; height: 51mm; }
            .note { font-size: 8pt; }
            .developments { page-break-before: always; }
            """;

    /** openhtmltopdf logs its timings at INFO for every document; the server log needs its warnings only (held: JUL keeps loggers weakly). */
    private static final java.util.logging.Logger RENDERER_LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

    static {
        RENDERER_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private ReportPdf() {
    }

    static byte[] render(JsonObject annualReport, VersionSummary version, ReportMessages m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(annualReport, version, m), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(JsonObject annualReport, VersionSummary version, ReportMessages m) {
        JsonObject report = annualReport.getJsonObject("report");
        int year = report.getInt("year");
        StringBuilder h = new StringBuilder("<html lang=\"").append(m.language()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(m.get("dashboard.report.titleYear", Map.of("year", year)))).append("</title><style>")
                .append(STYLE).append("</style></head><body>");
        h.append("<h1>").append(esc(m.get("dashboard.report.titleYear", Map.of("year", year)))).append("</h1>");
        h.append("<p class=\"banner\">").append(esc(version == null ? m.get("dashboard.report.draftBanner")
                : m.get("dashboard.report.versionBanner", Map.of("version", version.version(),
                "date", WHEN.format(version.finalisedAt()), "by", version.finalisedBy())))).append("</p>");
        summary(h, report, m);
        for (JsonObject theme : objects(report.getJsonArray("themes"))) {
            h.append("<h2>").append(esc(m.get("dashboard.theme." + theme.getString("theme")))).append("</h2>");
            objects(theme.getJsonArray("indicators")).forEach(i -> indicator(h, i, m));
        }
        municipalityTable(h, report, m);
        developments(h, annualReport.getJsonArray("developments"), m);
        return h.append("</body></html>").toString();
    }

    private static void summary(StringBuilder h, JsonObject report, ReportMessages m) {
        int year = report.getInt("year");
        JsonObject c = report.getJsonObject("completeness");
        h.append("<h2>").append(esc(m.get("dashboard.report.summary"))).append("</h2><p>")
                .append(esc(m.get("dashboard.report.members", Map.of("count", report.getInt("municipalityCount"), "year", year))))
                .append("</p><p class=\"statement\">");
        if (report.getBoolean("hasData")) {
            int expected = c.getInt("expectedValues");
            int reported = c.getInt("reportedValues");
            h.append(esc(m.get("dashboard.report.completeness", Map.of("expected", expected, "reported", reported,
                    "missing", expected - reported, "unapproved", c.getJsonNumber("unapprovedValues").longValue()))));
        } else {
            h.append(esc(m.get("dashboard.report.noData", Map.of("year", year))));
        }
        h.append("</p><p class=\"note\">").append(esc(m.get("dashboard.report.chartLegend"))).append("</p>");
        List<JsonObject> gaps = objects(c.getJsonArray("gaps"));
        if (!gaps.isEmpty()) {
            h.append("<ul>");
            int count = report.getInt("municipalityCount");
            for (JsonObject gap : gaps) {
                List<String> names = strings(gap.getJsonArray("municipalities")).stream()
                        .map(n -> n.equals("region") ? m.get("dashboard.region") : n).toList();
                h.append("<li>").append(esc(gap.getString("indicator"))).append(": ")
                        .append(esc(names.size() == count && count > 1 ? m.get("dashboard.report.allMissing", Map.of("count", count))
                                : String.join(", ", names))).append("</li>");
            }
            h.append("</ul>");
        }
    }

    private static void indicator(StringBuilder h, JsonObject item, ReportMessages m) {
        h.append("<div class=\"indicator\"><h3>").append(esc(name(item, m))).append("</h3><p>");
        JsonObject baseline = object(item, "baseline");
        JsonObject target = object(item, "target");
        JsonObject figures = item.getJsonObject("figures");
        h.append(esc(m.get("dashboard.report.indicatorSummary", Map.of(
                "baseline", baseline == null ? m.get("dashboard.missing")
                        : m.number(number(baseline, "value")) + " (" + baseline.getString("period") + ")",
                "change", change(object(figures, "sinceBaseline"), m),
                "target", target == null ? m.get("dashboard.noTarget")
                        : m.get("dashboard.direction." + target.getString("direction"),
                        Map.of("value", m.number(number(target, "value")), "year", target.getInt("year"))),
                "onTrack", m.get("dashboard.onTrack." + (figures.containsKey("onTrack") && figures.get("onTrack") != JsonValue.NULL
                        ? figures.get("onTrack").toString() : "unknown")))))).append("</p>");
        List<JsonObject> trend = objects(item.getJsonArray("trend"));
        List<JsonObject> breaks = item.containsKey("breaks") && item.get("breaks") instanceof JsonArray a ? objects(a) : List.of();
        Set<String> breakPeriods = new LinkedHashSet<>();
        breaks.forEach(b -> breakPeriods.add(b.getString("period", "")));
        List<BigDecimal> values = new ArrayList<>();
        trend.forEach(p -> values.add(number(p, "value")));
        if (values.stream().anyMatch(v -> v != null) || baseline != null || target != null) {
            h.append("<img class=\"chart\" alt=\"").append(esc(m.get("dashboard.trendChart"))).append("\" src=\"")
                    .append(ReportChart.trend(trend.stream().map(p -> p.getString("period")).toList(), values,
                            baseline == null ? null : number(baseline, "value"), target == null ? null : number(target, "value"),
                            breakPeriods, m::number))
                    .append("\"/>");
        } else {
            // An empty chart says nothing and costs a third of a page.
            h.append("<p class=\"note\">").append(esc(m.get("dashboard.report.nothingToDraw"))).append("</p>");
        }
        for (JsonObject b : breaks) {
            h.append("<p class=\"note\">").append(esc(m.get("dashboard.break", Map.of("period", b.getString("period", "")))))
                    .append(" ").append(esc(b.getString("footnote", ""))).append("</p>");
        }
        h.append("<table><thead><tr><th>").append(esc(m.get("dashboard.area"))).append("</th><th>")
                .append(esc(m.get("dashboard.value"))).append("</th><th>").append(esc(m.get("dashboard.reported")))
                .append("</th></tr></thead><tbody>");
        List<JsonObject> rows = new ArrayList<>(List.of(item.getJsonObject("region")));
        rows.addAll(objects(item.getJsonArray("subregions")));
        for (JsonObject f : rows) {
            String label = f.getString("area").equals("region") ? m.get("dashboard.region") : f.getString("label");
            h.append("<tr><th>").append(esc(label)).append("</th><td class=\"n\">").append(esc(m.number(number(f, "value"))))
                    .append("</td><td class=\"n\">").append(esc(m.get("dashboard.reportedOf",
                            Map.of("reported", f.getInt("reported"), "expected", f.getInt("expected"))))).append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }

    private static void municipalityTable(StringBuilder h, JsonObject report, ReportMessages m) {
        List<JsonObject> indicators = objects(report.getJsonArray("themes")).stream()
                .flatMap(t -> objects(t.getJsonArray("indicators")).stream())
                .filter(i -> !i.getJsonArray("municipalities").isEmpty()).toList();
        h.append("<h2>").append(esc(m.get("dashboard.report.perMunicipality"))).append("</h2>");
        if (indicators.isEmpty()) {
            return;
        }
        h.append("<table class=\"wide\"><thead><tr><th>").append(esc(m.get("dashboard.municipality"))).append("</th>");
        indicators.forEach(i -> h.append("<th>").append(esc(i.getString("indicator"))).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (JsonObject member : objects(report.getJsonArray("municipalities"))) {
            h.append("<tr><th>").append(esc(member.getString("name"))).append("</th>");
            for (JsonObject i : indicators) {
                BigDecimal value = objects(i.getJsonArray("municipalities")).stream()
                        .filter(f -> f.getString("area").equals(member.getString("cbsCode")) && !f.getBoolean("missing"))
                        .map(f -> number(f, "value")).findFirst().orElse(null);
                h.append("<td class=\"n\">").append(esc(m.number(value))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static void developments(StringBuilder h, JsonArray developments, ReportMessages m) {
        h.append("<div class=\"developments\"><h2>").append(esc(m.get("dashboard.report.developments"))).append("</h2>");
        for (JsonObject d : developments == null ? List.<JsonObject>of() : objects(developments)) {
            h.append("<h3>").append(esc(d.getString("municipality"))).append("</h3>");
            String text = d.getString("text", "");
            if (text.isBlank()) {
                h.append("<p>").append(esc(m.get("dashboard.report.noDevelopments"))).append("</p>");
            }
            for (String paragraph : text.split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    h.append("<p>").append(esc(paragraph.strip())).append("</p>");
                }
            }
        }
        h.append("</div>");
    }

    private static String name(JsonObject item, ReportMessages m) {
        return m.language().equals("en") ? item.getString("nameEn") : item.getString("nameNl");
    }

    private static String change(JsonObject change, ReportMessages m) {
        if (change == null) {
            return m.get("dashboard.missing");
        }
        BigDecimal absolute = number(change, "absolute");
        BigDecimal percent = number(change, "percent");
        String sign = absolute != null && absolute.signum() > 0 ? "+" : "";
        return sign + m.number(absolute) + (percent == null ? "" : " (" + sign + m.number(percent) + "%)");
    }

    private static JsonObject object(JsonObject parent, String key) {
        return parent.containsKey(key) && parent.get(key) instanceof JsonObject o ? o : null;
    }

    private static BigDecimal number(JsonObject parent, String key) {
        return parent.containsKey(key) && parent.get(key) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /**
     * XHTML text and attribute escaping (openhtmltopdf parses strict XML). Characters XML cannot carry
     * (controls, U+FFFE/U+FFFF, unpaired surrogates) are left out, so no stored text can break the report.
     */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        String printable = UserText.withoutForbidden(text);
        StringBuilder out = new StringBuilder(printable.length());
        for (char c : printable.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> { } // a line ends with \n; \r\n would otherwise break twice
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
