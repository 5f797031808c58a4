package nl.regioan.dashboard.application;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioan.dashboard.application.AnnualReportViews.VersionSummary;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
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
                    @bottom-right { content: counter(page) " / " counter(pages); font-family: 'Liberation Sans'; font-size: 8pt; } }
            * { font-family: 'Liberation Sans'; }
            body { font-size: 9.5pt; color: #000; }
            h1 { font-size: 18pt; margin: 0 0 4mm; }
            h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 0.5pt solid #000; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 4mm 0 1mm; page-break-after: avoid; }
            .indicator { page-break-inside: avoid; }
            .banner { border: 1pt solid #000; padding: 2mm 3mm; margin-bottom: 4mm; background: #eee; }
            .statement { border-left: 2pt solid #000; padding-left: 3mm; }
            table { border-collapse: collapse; margin: 1mm 0 3mm; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #777; padding: 0.8mm 1.5mm; text-align: left; }
            td.n { text-align: right; }
            thead th { background: #ddd; }
            .wide { font-size: 7pt; }
            object.chart { display: block; width: 170mm; height: 51mm; }
            .note { font-size: 8pt; }
            .developments { page-break-before: always; }
            .title-page { page-break-after: always; padding-top: 70mm; }
            .title-page h1 { font-size: 28pt; margin-bottom: 6mm; }
            .subtitle { font-size: 14pt; margin-bottom: 20mm; }
            .contents { page-break-after: always; }
            .contents ol { list-style: none; padding: 0; }
            .contents li { margin: 2mm 0; font-size: 11pt; }
            .contents .entry::after { content: leader('.') target-counter(attr(href), page); }
            .steering { page-break-after: always; }
            h2.chapter { page-break-before: always; }
            .steering h2.chapter { page-break-before: auto; }
            h4 { font-size: 9.5pt; margin: 3mm 0 1mm; page-break-after: avoid; }
            .question { page-break-inside: avoid; }
            caption { text-align: left; font-size: 8pt; padding-bottom: 1mm; }
            """;

    /** openhtmltopdf logs its timings at INFO for every document; the server log needs its warnings only (held: JUL keeps loggers weakly). */
    private static final java.util.logging.Logger RENDERER_LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

    static {
        RENDERER_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /**
     * Liberation Sans (SIL Open Font License 1.1), as PDFBox ships it: metrically like Arial, and on
     * the class path already, so the PDF needs no font file of its own.
     */
    static final String FONT_FAMILY = "Liberation Sans";
    private static final byte[] FONT = resource("org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");

    /** The sRGB profile the JDK carries: the PDF/A output intent the page colours and the chart images are in. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ReportPdf() {
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(JsonObject annualReport, VersionSummary version, ReportMessages m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            // Tagged and archivable (PDF/UA-1, PDF/A-2u): Dutch public bodies publish accessible documents.
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            // PDF/A embeds every font: one family for all text, the same face standing in for bold.
            PDFontSupplier font = new PDFontSupplier(PDType0Font.load(document, fontWithoutSubstitutions(), true));
            for (int weight : new int[] {400, 700}) {
                builder.useFont(font, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withProducer("Monitor regio Arnhem-Nijmegen");
            List<ReportChart.Trend> charts = new ArrayList<>();
            builder.withHtmlContent(html(annualReport, version, m, charts), null);
            builder.useObjectDrawerFactory(chartDrawers(charts, m));
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                PDDocument pdf = renderer.createPDFKeepOpen();
                describeContentsLinks(pdf, List.copyOf(chapters(annualReport.getJsonObject("report"), m).values()));
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * PDF/UA wants a description on every link, which the renderer does not write: each link of the
     * contents gets its chapter's heading. The renderer writes the links in the contents' order, one
     * or more per entry, all of an entry's pointing at the same place.
     */
    private static void describeContentsLinks(PDDocument pdf, List<String> headings) throws IOException {
        int chapter = -1;
        PDDestination previous = null;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    PDDestination target = goTo.getDestination();
                    if (previous == null || !sameTarget(previous, target)) {
                        chapter++;
                        previous = target;
                    }
                    if (chapter < headings.size()) {
                        link.setContents(headings.get(chapter));
                    }
                }
            }
        }
    }

    private static boolean sameTarget(PDDestination a, PDDestination b) {
        return a.getCOSObject().equals(b.getCOSObject()) || a.getCOSObject().toString().equals(b.getCOSObject().toString());
    }

    /** The HTML's chart objects (see {@link #CHART_TYPE}) drawn as vector graphics from the charts html() collected. */
    private static FSObjectDrawerFactory chartDrawers(List<ReportChart.Trend> charts, ReportMessages m) {
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(CHART_TYPE, (element, x, y, width, height, device, context, dotsPerPixel) -> {
            ReportChart.Trend chart = charts.get(Integer.parseInt(element.getAttribute("data-chart")));
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> ReportChart.draw(g, chart, w, h, m::number));
            return null;
        });
        return drawers;
    }

    /**
     * The font with its glyph substitutions (GSUB) switched off: PDFBox would otherwise run them (a
     * regular expression compiled per piece of text) on every word, half the time of a report of 342
     * municipalities. Latin text in this font needs none of them; a test checks the text layer keeps
     * every letter.
     */
    private static TrueTypeFont fontWithoutSubstitutions() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT));
        font.setEnableGsub(false);
        return font;
    }

    /** The object type of a chart in the report's HTML; its data-chart attribute is its index in the charts html() collected. */
    static final String CHART_TYPE = "application/x-report-trend-chart";

    /** The report as XHTML for the renderer; each chart goes into {@code charts}, its place an object of {@link #CHART_TYPE}. */
    static String html(JsonObject annualReport, VersionSummary version, ReportMessages m, List<ReportChart.Trend> charts) {
        JsonObject report = annualReport.getJsonObject("report");
        int year = report.getInt("year");
        String title = m.get("dashboard.report.titleYear", Map.of("year", year));
        Map<String, String> names = names(report, m);
        List<JsonObject> themes = objects(report.getJsonArray("themes"));
        List<JsonObject> withoutValues = themes.stream().flatMap(t -> objects(t.getJsonArray("indicators")).stream())
                .filter(i -> !hasValues(i)).toList();
        JsonObject survey = object(report, "survey");
        JsonArray steering = report.get("steering") instanceof JsonArray a ? a : null;

        Map<String, String> chapters = chapters(report, m);

        StringBuilder h = new StringBuilder("<html lang=\"").append(m.language()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(title)).append("</title><meta name=\"subject\" content=\"")
                .append(esc(m.get("dashboard.report.description", Map.of("year", year)))).append("\"/><meta name=\"author\" content=\"")
                .append(esc(m.get("dashboard.report.subtitle"))).append("\"/><style>")
                .append(STYLE).append("</style></head><body>");
        h.append("<div class=\"title-page\"><h1>").append(esc(title)).append("</h1><p class=\"subtitle\">")
                .append(esc(m.get("dashboard.report.subtitle"))).append("</p><p>")
                .append(esc(m.get("dashboard.report.members", Map.of("count", report.getInt("municipalityCount"), "year", year))))
                .append("</p><p class=\"banner\">").append(esc(version == null ? m.get("dashboard.report.draftBanner")
                : m.get("dashboard.report.versionBanner", Map.of("version", version.version(),
                "date", WHEN.format(version.finalisedAt()), "by", version.finalisedBy())))).append("</p></div>");
        contents(h, chapters, m);
        if (steering != null) {
            steering(h, objects(steering), names, survey == null ? null : chapters.get("survey"), m);
        }
        summary(h, report, names, m);
        for (JsonObject theme : themes) {
            String id = "theme-" + theme.getString("theme");
            if (chapters.containsKey(id)) {
                h.append("<h2 id=\"").append(id).append("\" class=\"chapter\">").append(esc(chapters.get(id))).append("</h2>");
                objects(theme.getJsonArray("indicators")).stream().filter(ReportPdf::hasValues).forEach(i -> indicator(h, i, m, charts));
            }
        }
        withoutValues(h, withoutValues, objects(themes.isEmpty() ? null : firstTrend(themes)), m);
        if (survey != null) {
            survey(h, survey, m);
        }
        municipalityTable(h, report, m);
        developments(h, annualReport.getJsonArray("developments"), m);
        return h.append("</body></html>").toString();
    }

    /** The chapters in order, for the table of contents: anchor and heading. */
    private static Map<String, String> chapters(JsonObject report, ReportMessages m) {
        List<JsonObject> themes = objects(report.getJsonArray("themes"));
        boolean anyWithoutValues = themes.stream().flatMap(t -> objects(t.getJsonArray("indicators")).stream())
                .anyMatch(i -> !hasValues(i));
        JsonObject survey = object(report, "survey");
        Map<String, String> chapters = new LinkedHashMap<>();
        if (report.get("steering") instanceof JsonArray) {
            chapters.put("steering", m.get("dashboard.report.steering"));
        }
        chapters.put("summary", m.get("dashboard.report.summary"));
        for (JsonObject theme : themes) {
            if (objects(theme.getJsonArray("indicators")).stream().anyMatch(ReportPdf::hasValues)) {
                chapters.put("theme-" + theme.getString("theme"), m.get("dashboard.theme." + theme.getString("theme")));
            }
        }
        if (anyWithoutValues) {
            chapters.put("without-values", m.get("dashboard.report.withoutValues"));
        }
        if (survey != null) {
            chapters.put("survey", survey.getString("title", ""));
        }
        chapters.put("municipalities", m.get("dashboard.report.perMunicipality"));
        chapters.put("developments", m.get("dashboard.report.developments"));
        return chapters;
    }

    /** The table of contents: each chapter with its page number (worked out by the renderer from the chapter's id). */
    private static void contents(StringBuilder h, Map<String, String> chapters, ReportMessages m) {
        h.append("<div class=\"contents\"><h2>").append(esc(m.get("dashboard.report.contents"))).append("</h2><ol>");
        // Links to the chapters; their descriptions are added after rendering (describeContentsLinks).
        chapters.forEach((id, heading) -> h.append("<li><a class=\"entry\" href=\"#").append(id).append("\" title=\"")
                .append(esc(heading)).append("\">").append(esc(heading)).append("</a></li>"));
        h.append("</ol></div>");
    }

    /** The steering group's page: per level the counts, the names by verdict, and the rule that decides. */
    private static void steering(StringBuilder h, List<JsonObject> levels, Map<String, String> names, String surveyChapter,
                                 ReportMessages m) {
        h.append("<div class=\"steering\"><h2 id=\"steering\" class=\"chapter\">").append(esc(m.get("dashboard.report.steering")))
                .append("</h2><p>").append(esc(m.get("dashboard.report.steeringIntro"))).append("</p><p class=\"statement\">")
                .append(esc(m.get("dashboard.report.onTrackRule"))).append("</p>");
        for (JsonObject level : levels) {
            String code = level.getString("level");
            List<String> onTrack = strings(level.getJsonArray("onTrack"));
            List<String> offTrack = strings(level.getJsonArray("offTrack"));
            List<String> unknown = strings(level.getJsonArray("unknown"));
            h.append("<h3>").append(esc(m.get("dashboard.level." + code))).append("</h3>");
            if (onTrack.size() + offTrack.size() + unknown.size() == 0) {
                h.append("<p>").append(esc(m.get("dashboard.report.levelNone"))).append("</p>");
            } else {
                h.append("<p>").append(esc(m.get("dashboard.report.levelCounts", Map.of("onTrack", onTrack.size(),
                        "offTrack", offTrack.size(), "unknown", unknown.size())))).append("</p><ul>");
                verdict(h, "dashboard.report.levelOnTrack", onTrack, names, m);
                verdict(h, "dashboard.report.levelOffTrack", offTrack, names, m);
                verdict(h, "dashboard.report.levelUnknown", unknown, names, m);
                h.append("</ul>");
            }
            if ("COLLABORATION".equals(code) && surveyChapter != null) {
                h.append("<p>").append(esc(m.get("dashboard.report.levelSurvey", Map.of("chapter", surveyChapter)))).append("</p>");
            }
        }
        h.append("</div>");
    }

    private static void verdict(StringBuilder h, String key, List<String> codes, Map<String, String> names, ReportMessages m) {
        if (!codes.isEmpty()) {
            h.append("<li>").append(esc(m.get(key, Map.of("names", String.join(", ",
                    codes.stream().map(c -> names.getOrDefault(c, c)).toList()))))).append("</li>");
        }
    }

    private static void summary(StringBuilder h, JsonObject report, Map<String, String> names, ReportMessages m) {
        int year = report.getInt("year");
        JsonObject c = report.getJsonObject("completeness");
        h.append("<h2 id=\"summary\" class=\"chapter\">").append(esc(m.get("dashboard.report.summary"))).append("</h2><p>")
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
            h.append("<p>").append(esc(m.get("dashboard.report.gapsIntro"))).append("</p><ul>");
            int count = report.getInt("municipalityCount");
            for (JsonObject gap : gaps) {
                List<String> missing = strings(gap.getJsonArray("municipalities")).stream()
                        .map(n -> n.equals("region") ? m.get("dashboard.region") : n).toList();
                String indicator = gap.getString("indicator");
                h.append("<li>").append(esc(names.getOrDefault(indicator, indicator))).append(": ")
                        .append(esc(missing.size() == count && count > 1 ? m.get("dashboard.report.allMissing", Map.of("count", count))
                                : String.join(", ", missing))).append("</li>");
            }
            h.append("</ul>");
        }
    }

    /** Indicators without a single value: one short list instead of an empty chart and table each. */
    private static void withoutValues(StringBuilder h, List<JsonObject> indicators, List<JsonObject> trend, ReportMessages m) {
        if (indicators.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"without-values\" class=\"chapter\">").append(esc(m.get("dashboard.report.withoutValues")))
                .append("</h2><p>").append(esc(m.get("dashboard.report.withoutValuesIntro", Map.of(
                        "from", trend.isEmpty() ? "" : trend.get(0).getString("period"),
                        "to", trend.isEmpty() ? "" : trend.get(trend.size() - 1).getString("period"))))).append("</p><ul>");
        indicators.forEach(i -> h.append("<li>").append(esc(name(i, m))).append("</li>"));
        h.append("</ul>");
    }

    /** The collaboration survey's results as the survey feature gave them for the year. */
    private static void survey(StringBuilder h, JsonObject survey, ReportMessages m) {
        h.append("<h2 id=\"survey\" class=\"chapter\">").append(esc(survey.getString("title", ""))).append("</h2><p>")
                .append(esc(m.get("dashboard.report.surveyResponse", Map.of("responded", survey.getInt("responded", 0),
                        "invited", survey.getInt("invited", 0))))).append(" ")
                .append(esc(m.get(survey.getBoolean("anonymous", true) ? "dashboard.report.surveyAnonymous" : "dashboard.report.surveyNamed")))
                .append("</p>");
        if (survey.get("note") instanceof jakarta.json.JsonString note) {
            h.append("<p class=\"note\">").append(esc(note.getString())).append("</p>");
        }
        for (JsonObject section : objects(array(survey, "sections"))) {
            h.append("<h3>").append(esc(section.getString("title", ""))).append("</h3>");
            for (JsonObject q : objects(array(section, "questions"))) {
                surveyQuestion(h, q, m);
            }
        }
    }

    private static void surveyQuestion(StringBuilder h, JsonObject q, ReportMessages m) {
        h.append("<div class=\"question\"><h4>").append(esc(q.getString("question", ""))).append("</h4><p>")
                .append(esc(m.get("dashboard.report.surveyAnswered", Map.of("answered", q.getInt("answered", 0),
                        "dontKnow", q.getInt("dontKnow", 0))))).append("</p>");
        if (!q.getBoolean("shown", false)) {
            h.append("<p>").append(esc(m.get("dashboard.report.surveyHidden"))).append("</p></div>");
            return;
        }
        BigDecimal mean = number(q, "mean");
        BigDecimal spread = number(q, "spread");
        BigDecimal lastYear = number(q, "lastYearMean");
        if (mean != null) {
            h.append("<p>").append(esc(spread == null ? m.get("dashboard.report.surveyMean", Map.of("mean", m.number(mean)))
                    : m.get("dashboard.report.surveyMeanSpread", Map.of("mean", m.number(mean), "spread", m.number(spread)))));
            if (lastYear != null) {
                h.append(" ").append(esc(m.get("dashboard.report.surveyLastYear", Map.of("mean", m.number(lastYear)))));
            }
            h.append("</p>");
        }
        List<JsonObject> shares = objects(array(q, "distribution"));
        if (!shares.isEmpty()) {
            h.append("<table><thead><tr><th scope=\"col\">").append(esc(m.get("dashboard.report.surveyOption")))
                    .append("</th><th scope=\"col\">").append(esc(m.get("dashboard.report.surveyCount"))).append("</th></tr></thead><tbody>");
            for (JsonObject share : shares) {
                h.append("<tr><th scope=\"row\">").append(esc(share.getString("label", ""))).append("</th><td class=\"n\">")
                        .append(share.getInt("count", 0)).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        List<String> open = strings(array(q, "openAnswers"));
        if ("OPEN".equals(q.getString("kind", "")) && open.isEmpty()) {
            h.append("<p>").append(esc(m.get("dashboard.report.surveyNoAnswers"))).append("</p>");
        }
        if (!open.isEmpty()) {
            h.append("<p>").append(esc(m.get("dashboard.report.surveyOpen"))).append("</p><ul>");
            open.forEach(a -> h.append("<li>").append(esc(a)).append("</li>"));
            h.append("</ul>");
        }
        List<JsonObject> named = objects(array(q, "perMunicipality"));
        if (!named.isEmpty()) {
            h.append("<table><thead><tr><th scope=\"col\">").append(esc(m.get("dashboard.municipality")))
                    .append("</th><th scope=\"col\">").append(esc(m.get("dashboard.report.surveyMunicipalityAnswer")))
                    .append("</th></tr></thead><tbody>");
            for (JsonObject a : named) {
                h.append("<tr><th scope=\"row\">").append(esc(a.getString("municipality", ""))).append("</th><td>")
                        .append(esc(a.getString("answer", ""))).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</div>");
    }

    /** Indicator names by code in the reader's language, so no code is shown. */
    private static Map<String, String> names(JsonObject report, ReportMessages m) {
        Map<String, String> names = new LinkedHashMap<>();
        objects(report.getJsonArray("themes")).stream().flatMap(t -> objects(t.getJsonArray("indicators")).stream())
                .forEach(i -> names.put(i.getString("indicator"), name(i, m)));
        return names;
    }

    /** As the report service decided; a version finalised before it did shows every indicator, as it was. */
    private static boolean hasValues(JsonObject indicator) {
        return indicator.getBoolean("hasValues", true);
    }

    private static JsonArray firstTrend(List<JsonObject> themes) {
        return themes.stream().flatMap(t -> objects(t.getJsonArray("indicators")).stream()).findFirst()
                .map(i -> i.getJsonArray("trend")).orElse(null);
    }

    private static void indicator(StringBuilder h, JsonObject item, ReportMessages m, List<ReportChart.Trend> charts) {
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
            charts.add(new ReportChart.Trend(trend.stream().map(p -> p.getString("period")).toList(), values,
                    baseline == null ? null : number(baseline, "value"), target == null ? null : number(target, "value"),
                    breakPeriods, m.get("dashboard.baseline"), m.get("dashboard.target")));
            h.append("<object type=\"").append(CHART_TYPE).append("\" class=\"chart\" data-chart=\"").append(charts.size() - 1)
                    .append("\" alt=\"").append(esc(chartDescription(item, trend, values, baseline, target, m))).append("\"></object>");
        } else {
            // An empty chart says nothing and costs a third of a page.
            h.append("<p class=\"note\">").append(esc(m.get("dashboard.report.nothingToDraw"))).append("</p>");
        }
        for (JsonObject b : breaks) {
            h.append("<p class=\"note\">").append(esc(m.get("dashboard.break", Map.of("period", b.getString("period", "")))))
                    .append(" ").append(esc(b.getString("footnote", ""))).append("</p>");
        }
        h.append("<table><thead><tr><th scope=\"col\">").append(esc(m.get("dashboard.area"))).append("</th><th scope=\"col\">")
                .append(esc(m.get("dashboard.value"))).append("</th><th scope=\"col\">").append(esc(m.get("dashboard.reported")))
                .append("</th></tr></thead><tbody>");
        List<JsonObject> rows = new ArrayList<>(List.of(item.getJsonObject("region")));
        rows.addAll(objects(item.getJsonArray("subregions")));
        for (JsonObject f : rows) {
            String label = f.getString("area").equals("region") ? m.get("dashboard.region") : f.getString("label");
            h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td class=\"n\">").append(esc(m.number(number(f, "value"))))
                    .append("</td><td class=\"n\">").append(esc(m.get("dashboard.reportedOf",
                            Map.of("reported", f.getInt("reported"), "expected", f.getInt("expected"))))).append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }

    /** The chart's alternative text: what it shows in one sentence, each year's value, and the reference lines. */
    static String chartDescription(JsonObject item, List<JsonObject> trend, List<BigDecimal> values, JsonObject baseline,
                                   JsonObject target, ReportMessages m) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            points.add(m.get("dashboard.report.chartAltPoint", Map.of("value", m.number(values.get(i)),
                    "period", trend.get(i).getString("period"))));
        }
        StringBuilder text = new StringBuilder(m.get("dashboard.report.chartAlt", Map.of("name", name(item, m),
                "from", trend.isEmpty() ? "" : trend.get(0).getString("period"),
                "to", trend.isEmpty() ? "" : trend.get(trend.size() - 1).getString("period"),
                "values", String.join(", ", points))));
        if (baseline != null) {
            text.append(' ').append(m.get("dashboard.report.chartAltBaseline", Map.of("baseline",
                    m.number(number(baseline, "value")) + " (" + baseline.getString("period") + ")")));
        }
        if (target != null) {
            text.append(' ').append(m.get("dashboard.report.chartAltTarget", Map.of("target",
                    m.get("dashboard.direction." + target.getString("direction"),
                            Map.of("value", m.number(number(target, "value")), "year", target.getInt("year"))))));
        }
        return text.toString();
    }

    /** Indicator columns per part of the per-municipality table: with names, not codes, six fit an A4 width. */
    static final int COLUMNS_PER_PART = 6;

    private static void municipalityTable(StringBuilder h, JsonObject report, ReportMessages m) {
        List<JsonObject> indicators = objects(report.getJsonArray("themes")).stream()
                .flatMap(t -> objects(t.getJsonArray("indicators")).stream())
                .filter(i -> !i.getJsonArray("municipalities").isEmpty() && hasValues(i)).toList();
        h.append("<h2 id=\"municipalities\" class=\"chapter\">").append(esc(m.get("dashboard.report.perMunicipality"))).append("</h2>");
        int parts = (indicators.size() + COLUMNS_PER_PART - 1) / COLUMNS_PER_PART;
        for (int start = 0; start < indicators.size(); start += COLUMNS_PER_PART) {
            List<JsonObject> chosen = indicators.subList(start, Math.min(indicators.size(), start + COLUMNS_PER_PART));
            h.append("<table class=\"wide\">");
            if (parts > 1) {
                h.append("<caption>").append(esc(m.get("dashboard.report.perMunicipalityPart",
                        Map.of("part", start / COLUMNS_PER_PART + 1, "parts", parts)))).append("</caption>");
            }
            h.append("<thead><tr><th scope=\"col\">").append(esc(m.get("dashboard.municipality"))).append("</th>");
            chosen.forEach(i -> h.append("<th scope=\"col\">").append(esc(name(i, m))).append("</th>"));
            h.append("</tr></thead><tbody>");
            List<Map<String, BigDecimal>> columns = chosen.stream().map(ReportPdf::valuesByMunicipality).toList();
            for (JsonObject member : objects(report.getJsonArray("municipalities"))) {
                h.append("<tr><th scope=\"row\">").append(esc(member.getString("name"))).append("</th>");
                for (Map<String, BigDecimal> column : columns) {
                    h.append("<td class=\"n\">").append(esc(m.number(column.get(member.getString("cbsCode"))))).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
    }

    /** An indicator's reported values by CBS code (a missing one is absent), looked up once per table cell. */
    private static Map<String, BigDecimal> valuesByMunicipality(JsonObject indicator) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonObject figure : objects(indicator.getJsonArray("municipalities"))) {
            if (!figure.getBoolean("missing")) {
                values.putIfAbsent(figure.getString("area"), number(figure, "value"));
            }
        }
        return values;
    }

    private static void developments(StringBuilder h, JsonArray developments, ReportMessages m) {
        h.append("<div class=\"developments\"><h2 id=\"developments\">").append(esc(m.get("dashboard.report.developments")))
                .append("</h2>");
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

    private static JsonArray array(JsonObject parent, String key) {
        return parent.get(key) instanceof JsonArray a ? a : null;
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
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
