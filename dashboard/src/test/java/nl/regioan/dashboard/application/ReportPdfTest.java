package nl.regioan.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.dashboard.application.AnnualReportViews.VersionSummary;
import nl.regioan.dashboard.domain.KnowledgeLinks.KnowledgeLink;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

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
                "breaks": [{"period": "2025", "footnote": "Vanaf 2025 telt ook uitzendwerk mee."}], "hasValues": true},
               {"indicator": "AANDEEL_MKB", "nameNl": "Aandeel mkb-bedrijven", "nameEn": "Share of SMEs", "unit": "PERCENT",
                "level": "IMPACT", "hasValues": false,
                "region": {"area": "region", "label": "region", "reported": 0, "expected": 2, "missing": true},
                "subregions": [], "municipalities": [{"area": "GM0202", "label": "Arnhem", "reported": 0, "expected": 1, "missing": true}],
                "figures": {}, "trend": [{"period": "2023", "reported": 0, "expected": 2, "missing": true},
                                         {"period": "2025", "reported": 0, "expected": 2, "missing": true}], "breaks": []}]}],
              "steering": [{"level": "OUTPUT", "onTrack": [], "offTrack": [], "unknown": []},
                           {"level": "COLLABORATION", "onTrack": [], "offTrack": [], "unknown": []},
                           {"level": "IMPACT", "onTrack": ["BANEN"], "offTrack": [], "unknown": ["AANDEEL_MKB"]}],
              "survey": {"year": 2025, "title": "Samenwerkingsenquête 2025", "invited": 2, "responded": 2, "anonymous": true,
                "note": "Een vraag wordt getoond als minstens 5 gemeenten hem beantwoordden.",
                "sections": [{"title": "Samenwerking in de regio", "questions": [
                  {"question": "De samenwerking levert mijn gemeente iets op.", "kind": "SCALE", "answered": 2, "dontKnow": 0,
                   "shown": false, "distribution": [], "openAnswers": [], "perMunicipality": []},
                  {"question": "Welk cijfer geeft u de samenwerking?", "kind": "RATING", "answered": 6, "dontKnow": 1, "shown": true,
                   "distribution": [{"label": "7", "count": 4}, {"label": "8", "count": 2}], "mean": 7.33, "spread": 0.52,
                   "lastYearMean": 6.8, "openAnswers": [], "perMunicipality": []},
                  {"question": "Wat kan beter?", "kind": "OPEN", "answered": 6, "dontKnow": 0, "shown": true, "distribution": [],
                   "openAnswers": ["Vaker overleg."], "perMunicipality": []}]}]}},
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
        assertTrue(text.contains("Banen <& werk>: Nijmegen"), "names, not codes: " + text);
        assertFalse(text.contains("BANEN") || text.contains("AANDEEL_MKB"), "no code anywhere: " + text);
        assertTrue(text.contains("Definitiewijziging vanaf 2025: Vanaf 2025 telt ook uitzendwerk mee."), text);
        assertTrue(text.contains("Tweede alinea."), text);
        assertTrue(text.contains("Geen gepubliceerde ontwikkelingen in dit jaar."), text);
        assertTrue(text.contains("Werkversie"), text);
    }

    @Test
    void pdfIsAPublicationWithTitlePageContentsAndASteeringPage() throws Exception {
        byte[] pdf = ReportPdf.render(report(), null, ReportMessages.of("nl"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String titlePage = stripper.getText(document);
            assertTrue(titlePage.contains("Jaarrapportage 2025") && titlePage.contains("Monitor van de samenwerking"), titlePage);
            assertFalse(titlePage.contains("Inhoud"), "the contents start on their own page: " + titlePage);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(document);
            assertTrue(contents.matches("(?s).*Inhoud\\s+Voor de stuurgroep\\s*\\.+\\s*3\\s+Samenvatting\\s*\\.+\\s*4.*"),
                    "chapters with their page numbers: " + contents);
            assertTrue(contents.contains("Samenwerkingsenquête 2025"), contents);
            assertTrue(contents.contains("Indicatoren zonder gerapporteerde waarde"), contents);
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String steering = stripper.getText(document);
            assertTrue(steering.matches("(?s)3 / \\d+\\s+Voor de stuurgroep.*"), "the steering page follows the contents: " + steering);
            assertTrue(steering.contains("Een indicator is op koers als de laatste waarde de streefwaarde al haalt"), "the rule: " + steering);
            assertTrue(steering.matches("(?s).*Impact\\s+1 op koers, 0 niet op koers, 1 onbekend\\.\\s+"
                    + "Op koers: Banen <& werk>\\.\\s+Onbekend: Aandeel mkb-bedrijven\\..*"), steering);
            assertTrue(steering.contains("Op dit niveau zijn (nog) geen indicatoren."), steering);
            assertTrue(steering.contains("in het hoofdstuk ‘Samenwerkingsenquête 2025’"), steering);
        }
    }

    @Test
    void indicatorsWithoutValuesAreOneListAndTheSurveyIsAChapter() throws Exception {
        String text = text(ReportPdf.render(report(), null, ReportMessages.of("nl")));
        assertTrue(text.matches("(?s).*Indicatoren zonder gerapporteerde waarde\\s+Voor deze indicatoren is van 2023 tot en met 2025"
                + " geen enkele waarde gerapporteerd.*Aandeel mkb-bedrijven.*"), text);
        assertEquals(2, text.split("Aandeel mkb-bedrijven", -1).length - 1,
                "named on the steering page and in the list only, with no chart, table or column of its own: " + text);
        assertTrue(text.contains("2 van de 2 deelnemende gemeenten hebben de enquête ingevuld."), text);
        assertTrue(text.matches("(?s).*De samenwerking levert mijn gemeente iets op\\.\\s+Beantwoord door 2 gemeenten; weet niet / n\\.v\\.t\\.: 0\\."
                + "\\s+Te weinig antwoorden om de uitkomst te tonen\\..*"), text);
        assertTrue(text.contains("Gemiddelde 7,33 (standaardafwijking 0,52). Vorig jaar: gemiddelde 6,8."), text);
        assertTrue(text.matches("(?s).*Antwoord\\s+Aantal gemeenten\\s+7\\s+4\\s+8\\s+2.*"), text);
        assertTrue(text.contains("Vaker overleg."), text);
    }

    @Test
    void aVersionFinalisedBeforeTheSteeringPageStillRendersAsItWas() throws Exception {
        JsonObject old = report();
        JsonObject oldReport = Json.createObjectBuilder(old.getJsonObject("report")).remove("steering").remove("survey").build();
        byte[] pdf = ReportPdf.render(Json.createObjectBuilder(old).add("report", oldReport).build(), null, ReportMessages.of("nl"));
        String text = text(pdf);
        assertFalse(text.contains("Voor de stuurgroep"), text);
        assertTrue(text.contains("Banen <& werk>"), text);
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    @Test
    void pdfIsTaggedAndPassesPdfUaOneAndPdfATwoU() throws Exception {
        byte[] pdf = ReportPdf.render(report(), null, ReportMessages.of("nl"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-test.pdf"), pdf); // for a person to review
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("nl", document.getDocumentCatalog().getLanguage());
            assertEquals("Jaarrapportage 2025", document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
        String text = text(pdf);
        assertTrue(text.contains("Banen <& werk>"), "the embedded font carries the text: " + text);
        assertEquals(List.of("Lijngrafiek van Banen <& werk> in de regio van 2023 tot en met 2025: 900 in 2023, ontbreekt in 2024,"
                + " 1.234,5 in 2025. De nulmeting van 1.000 (2021) is als kort gestreepte lijn getekend. De streefwaarde van"
                + " minstens 1.500 in 2030 is als lang gestreepte lijn getekend."), figureAlternatives(pdf));
    }

    @Test
    void theCheckRefusesAnUntaggedPdf() throws Exception {
        try (PDDocument plain = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
            assertFalse(PdfConformance.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
            assertFalse(PdfConformance.failures(out.toByteArray(), PDFAFlavour.PDFA_2_U).isEmpty());
        }
    }

    /** The alternative texts of the Figure elements in the structure tree, in document order. */
    static List<String> figureAlternatives(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> found = new java.util.ArrayList<>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), found);
            return found;
        }
    }

    private static void collectFigures(List<Object> kids, List<String> found) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    found.add(e.getAlternateDescription());
                }
                collectFigures(e.getKids(), found);
            }
        }
    }

    @Test
    void pdfOfAVersionInEnglishPassesToo() throws Exception {
        VersionSummary version = new VersionSummary(2025, 3, Instant.parse("2026-03-01T09:30:00Z"), "coordinator", "ab", true);
        byte[] pdf = ReportPdf.render(report(), version, ReportMessages.of("en"));
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
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

    @Test
    void lettersThatFontsMayJoinStayLettersInTheTextLayerWithoutGlyphSubstitution() throws Exception {
        String joined = "Officiële financiering, flexwonen en stijfheid; afflux.";
        String report = REPORT.replace("Tweede alinea.", joined);
        String text = text(ReportPdf.render(Json.createReader(new StringReader(report)).readObject(), null, ReportMessages.of("nl")));
        assertTrue(text.contains(joined), "screen readers, search and copying read the text layer: " + text);
    }

    @Test
    void theContentsLinkToTheirChaptersAndSayWhichChapter() throws Exception {
        byte[] pdf = ReportPdf.render(report(), null, ReportMessages.of("nl"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> described = new ArrayList<>();
            for (PDAnnotation a : document.getPage(1).getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    if (described.isEmpty() || !described.get(described.size() - 1).equals(link.getContents())) {
                        described.add(link.getContents());
                    }
                }
            }
            assertEquals(List.of("Voor de stuurgroep", "Samenvatting", "Werk en economie", "Indicatoren zonder gerapporteerde waarde",
                    "Samenwerkingsenquête 2025", "Per gemeente", "Ontwikkelingen en initiatieven"), described);
        }
    }
}
