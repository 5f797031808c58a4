package nl.regioan.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import nl.regioan.dashboard.application.AnnualReportViews.VersionSummary;
import nl.regioan.dashboard.domain.KnowledgeLinks.KnowledgeLink;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    /** A report of two members with one indicator, a gap in its trend and a definition break in 2025. */
    private static final String REPORT = """
            {"report": {"year": 2025, "municipalityCount": 2, "hasData": true,
              "municipalities": [{"cbsCode": "GM0202", "name": "Arnhem", "subregion": "Arnhem"},
                                 {"cbsCode": "GM0268", "name": "Nijmegen", "subregion": "Rijk van Nijmegen"}],
              "completeness": {"expectedValues": 2, "reportedValues": 1, "unapprovedValues": 3, "statement": "",
                               "gaps": [{"indicator": "BANEN", "municipalities": ["Nijmegen"]}]},
              "themes": [{"theme": "WORK_AND_ECONOMY", "indicators": [{
                "indicator": "BANEN", "nameNl": "Banen <& werk>", "nameEn": "Jobs", "unit": "COUNT", "level": "IMPACT",
                "region": {"area": "region", "label": "region", "value": 1234.5, "reported": 1, "expected": 2, "missing": true},
                "subregions": [{"area": "Arnhem", "label": "Arnhem", "reported": 0, "expected": 1, "missing": true}],
                "municipalities": [{"area": "GM0202", "label": "Arnhem", "value": 1234.5, "reported": 1, "expected": 1, "missing": false},
                                   {"area": "GM0268", "label": "Nijmegen", "reported": 0, "expected": 1, "missing": true}],
                "baseline": {"period": "2021", "value": 1000}, "target": {"year": 2030, "direction": "AT_LEAST", "value": 1500},
                "figures": {"sinceBaseline": {"absolute": 234.5, "percent": 23.5}, "onTrack": true},
                "trend": [{"period": "2023", "value": 900, "reported": 2, "expected": 2, "missing": false},
                          {"period": "2024", "value": null, "reported": 1, "expected": 2, "missing": true},
                          {"period": "2025", "value": 1234.5, "reported": 1, "expected": 2, "missing": true}],
                "breaks": [{"period": "2025", "footnote": "Vanaf 2025 telt ook uitzendwerk mee."}]}]}]},
             "developments": [{"cbsCode": "GM0202", "municipality": "Arnhem", "edited": true, "items": [],
                               "text": "Eerste alinea.\\n\\nTweede alinea."},
                              {"cbsCode": "GM0268", "municipality": "Nijmegen", "edited": false, "items": [], "text": ""}]}
            """;

    private static JsonObject report() {
        return Json.createReader(new StringReader(REPORT)).readObject();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4");
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void pdfHoldsTheFiguresCompletenessBreaksAndDevelopmentsInDutch() throws Exception {
        byte[] pdf = ReportPdf.render(report(), null, ReportMessages.of("nl"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(pdf);
        assertTrue(text.contains("Jaarrapportage 2025"), text);
        assertTrue(text.contains("Banen <& werk>"), "escaped for XHTML, shown as written: " + text);
        assertTrue(text.matches("(?s).*Regio\\s+1\\.234,5\\s+1 van 2.*"), "Dutch number format: " + text);
        assertTrue(text.matches("(?s).*Arnhem\\s+ontbreekt.*"), "a missing value is said, not zero: " + text);
        assertTrue(text.contains("BANEN: Nijmegen"), text);
        assertTrue(text.contains("Definitiewijziging vanaf 2025: Vanaf 2025 telt ook uitzendwerk mee."), text);
        assertTrue(text.contains("Tweede alinea."), text);
        assertTrue(text.contains("Geen gepubliceerde ontwikkelingen in dit jaar."), text);
        assertTrue(text.contains("Werkversie"), text);
    }

    @Test
    void pdfOfAVersionSaysWhichVersionInEnglish() throws Exception {
        VersionSummary version = new VersionSummary(2025, 3, Instant.parse("2026-03-01T09:30:00Z"), "coordinator", "ab", true);
        String text = text(ReportPdf.render(report(), version, ReportMessages.of("en")));
        assertTrue(text.contains("Annual report 2025"), text);
        assertTrue(text.contains("Finalised version 3, finalised on 2026-03-01 10:30 by coordinator."), text);
        assertTrue(text.matches("(?s).*Region\\s+1,234\\.5.*"), text);
    }

    @Test
    void startingTextOfDevelopmentsIsTitleAndSummaryPerItem() {
        assertEquals("A: one\n\nB: two", DevelopmentsService.textOf(List.of(
                new KnowledgeLink(1, "DEVELOPMENT_UPDATE", "A", "one", "kb/item.html?id=1", "2025-01-01"),
                new KnowledgeLink(2, "DEVELOPMENT_UPDATE", "B", "two", "kb/item.html?id=2", "2025-02-01"))));
        assertEquals("", DevelopmentsService.textOf(List.of()));
    }

    @Test
    void storedTextWithCharactersXmlCannotCarryStillRenders() throws Exception {
        String withNonCharacters = REPORT.replace("Tweede alinea.", "Tweede\\uFFFF alinea\\u0001\\uFFFE\\ud800.");
        byte[] pdf = ReportPdf.render(Json.createReader(new StringReader(withNonCharacters)).readObject(), null,
                ReportMessages.of("nl"));
        String text = text(pdf);
        assertTrue(text.contains("Tweede alinea."), "the text is shown without the characters: " + text);
    }
}
