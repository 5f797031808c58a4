package nl.regioan.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.PdfConformance;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual report's finalised versions, its developments from the knowledge base and its PDF,
 * against the real WAR on the data set of {@link DashboardFixture} (BANEN 2025: region 521, 17 members).
 * Rozendaal (GM0277) gets knowledge-base items here; Renkum (GM0274) gets an edited developments text.
 */
@ExtendWith(ArquillianExtension.class)
class ReportArchiveIT {

    private static final String ROZENDAAL = "GM0277";
    private static final String RENKUM = "GM0274";

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api coordinator;
    private String coordinatorName;
    private Api steering;
    private Api reader;

    @BeforeEach
    void setUp() {
        DashboardFixture.load();
        coordinatorName = TestAccounts.create("rep-coordinator", null, "coordinator");
        coordinator = Api.as(base, coordinatorName);
        steering = Api.as(base, TestAccounts.create("rep-steering", null, "steering"));
        reader = Api.as(base, TestAccounts.create("rep-reader-arnhem", "GM0202", "reader"));
    }

    private static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    @Test
    void onlyTheCoordinatorFinalisesOrEditsAndBadInputNamesTheField() {
        assertEquals(403, steering.post("api/v1/reports/2025/finalise", null).status());
        assertEquals(403, reader.post("api/v1/reports/2025/finalise", null).status());
        Api steward = Api.as(base, TestAccounts.create("rep-steward-renkum", RENKUM, "data-steward"));
        assertEquals(403, steward.put("api/v1/reports/2025/developments/" + RENKUM, text("mine"), null).status());
        assertEquals(403, steering.put("api/v1/reports/2025/developments/" + RENKUM, text("mine"), null).status());
        assertEquals(401, new Api(base).post("api/v1/reports/2025/finalise", null).status());

        Api.Reply noText = coordinator.put("api/v1/reports/2025/developments/" + RENKUM, "{}", null);
        assertEquals(400, noText.status(), noText::toString);
        assertEquals("text", noText.firstErrorField());
        Api.Reply tooLong = coordinator.put("api/v1/reports/2025/developments/" + RENKUM, text("x".repeat(20_001)), null);
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals("text", tooLong.firstErrorField());
        Api.Reply notAMember = coordinator.put("api/v1/reports/2025/developments/GM1955", text("Montferland left in 2024"), null);
        assertEquals(404, notAMember.status(), notAMember::toString);
        Api.Reply badYear = coordinator.post("api/v1/reports/next/finalise", null);
        assertEquals(400, badYear.status(), badYear::toString);
        assertEquals("year", badYear.firstErrorField());
        Api.Reply noData = coordinator.post("api/v1/reports/2026/finalise", null);
        assertEquals(400, noData.status(), noData::toString);
        assertEquals("year", noData.firstErrorField());
        assertTrue(noData.body().contains("2026"), noData::toString);
    }

    @Test
    void aFinalisedVersionKeepsItsDataAndEditedTextAndCannotChange() throws Exception {
        Api.Reply edited = coordinator.put("api/v1/reports/2025/developments/" + RENKUM, text("Renkum opende een\nloket.\n\nTweede alinea."), null);
        assertEquals(200, edited.status(), edited::toString);
        assertTrue(edited.object().getBoolean("edited"));
        int before = coordinator.get("api/v1/reports/2025/versions").array().size();

        Api.Reply finalised = coordinator.post("api/v1/reports/2025/finalise", null);
        assertEquals(201, finalised.status(), finalised::toString);
        int version = finalised.object().getInt("version");
        assertEquals(before + 1, version);
        assertEquals(coordinatorName, finalised.object().getString("finalisedBy"));
        assertTrue(finalised.object().getString("sha256").matches("[0-9a-f]{64}"));
        assertTrue(finalised.object().getBoolean("intact"));

        // a later edit changes the working version only
        assertEquals(200, coordinator.put("api/v1/reports/2025/developments/" + RENKUM, text("Later text"), null).status());
        Api.Reply read = reader.get("api/v1/reports/2025/versions/" + version);
        assertEquals(200, read.status(), read::toString);
        JsonObject data = read.object().getJsonObject("data");
        JsonObject renkum = data.getJsonArray("developments").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("cbsCode").equals(RENKUM)).findFirst().orElseThrow();
        assertEquals("Renkum opende een\nloket.\n\nTweede alinea.", renkum.getString("text"));
        assertEquals(17, data.getJsonObject("report").getInt("municipalityCount"));
        assertEquals(17, data.getJsonArray("developments").size());
        JsonObject banen = data.getJsonObject("report").getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                .flatMap(t -> t.getJsonArray("indicators").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getString("indicator").equals("BANEN")).findFirst().orElseThrow();
        assertEquals(521, banen.getJsonObject("region").getInt("value"));
        assertEquals(finalised.object().getString("sha256"), read.object().getString("sha256"));
        assertEquals("Later text", coordinator.get("api/v1/reports/2025/developments").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("cbsCode").equals(RENKUM)).findFirst().orElseThrow().getString("text"));

        List<JsonObject> versions = reader.get("api/v1/reports/2025/versions").array().getValuesAs(JsonObject.class);
        assertEquals(version, versions.get(versions.size() - 1).getInt("version"));

        try (Connection db = TestAccounts.connect();
             PreparedStatement stored = db.prepareStatement(
                     "SELECT data, data_sha256 FROM report_version WHERE report_year = 2025 AND version_number = ?");
             PreparedStatement audit = db.prepareStatement(
                     "SELECT COUNT(*) FROM audit_entry WHERE action = 'REPORT_FINALISED' AND entity_id = ? AND actor_username = ?")) {
            stored.setInt(1, version);
            ResultSet row = stored.executeQuery();
            assertTrue(row.next());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(row.getString(1).getBytes(StandardCharsets.UTF_8)));
            assertEquals(sha, row.getString(2), "the digest is the SHA-256 of the stored data");
            audit.setString(1, "2025/" + version);
            audit.setString(2, coordinatorName);
            ResultSet count = audit.executeQuery();
            count.next();
            assertEquals(1, count.getInt(1), "finalising is audited");
        }

        // no way to change or delete a version
        assertEquals(405, coordinator.delete("api/v1/reports/2025/versions/" + version).status());
        assertEquals(405, coordinator.put("api/v1/reports/2025/versions/" + version, "{}", null).status());
        Api.Reply missing = reader.get("api/v1/reports/2025/versions/9999");
        assertEquals(404, missing.status(), missing::toString);
        Api.Reply badVersion = reader.get("api/v1/reports/2025/versions/first");
        assertEquals(400, badVersion.status(), badVersion::toString);
        assertEquals("version", badVersion.firstErrorField());

        HttpResponse<byte[]> pdf = reader.getBytes("api/v1/reports/2025/versions/" + version + "/pdf", "application/pdf");
        assertEquals(200, pdf.statusCode());
        String pdfText = pdfText(pdf.body());
        assertTrue(pdfText.contains("Vastgestelde versie " + version), pdfText);
        assertTrue(pdfText.contains("Renkum opende een"), "the archived edited text, not the later one");
        assertFalse(pdfText.contains("Later text"));
        assertAccessible(pdf.body());
    }

    @Test
    void developmentsComeFromTheYearsPublishedUpdatesMeantForTheWholeRegion() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Api contributor = Api.as(base, TestAccounts.create("rep-contrib-rozendaal", ROZENDAAL, "contributor"));
        long region2025 = item(contributor, "DEVELOPMENT_UPDATE", "Regio-update " + run, "REGION", "2025-05-01 10:00:00");
        long steering2025 = item(contributor, "DEVELOPMENT_UPDATE", "Stuurgroep-update " + run, "STEERING", "2025-09-01 10:00:00");
        item(contributor, "DEVELOPMENT_UPDATE", "Eigen update " + run, "MUNICIPALITY", "2025-06-01 10:00:00");
        item(contributor, "DEVELOPMENT_UPDATE", "Oude update " + run, "REGION", "2024-06-01 10:00:00");
        item(contributor, "DEVELOPMENT_UPDATE", "Concept " + run, "REGION", null);
        item(contributor, "BEST_PRACTICE", "Voorbeeld " + run, "REGION", "2025-03-01 10:00:00");

        Api.Reply reply = reader.get("api/v1/reports/2025/developments");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(17, reply.array().size());
        JsonObject rozendaal = reply.array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("cbsCode").equals(ROZENDAAL)).findFirst().orElseThrow();
        List<String> titles = rozendaal.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("title")).filter(t -> t.endsWith(run)).toList();
        assertEquals(List.of("Regio-update " + run), titles,
                "published in 2025, REGION only (every account reads the report), development updates only");
        JsonObject first = rozendaal.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == region2025).findFirst().orElseThrow();
        assertEquals("kb/item.html?id=" + region2025, first.getString("link"));
        assertEquals("Samenvatting Regio-update " + run, first.getString("summary"));
        assertFalse(rozendaal.getBoolean("edited"));
        assertTrue(rozendaal.getString("text").contains("Regio-update " + run + ": Samenvatting Regio-update " + run));
        assertEquals(18, reader.get("api/v1/reports/2024/developments").array().size());

        // the municipality page: what the reader may read in the knowledge base, newest first
        List<String> forSteering = knowledge(steering, run);
        assertEquals(List.of("Stuurgroep-update " + run, "Eigen update " + run, "Regio-update " + run, "Voorbeeld " + run,
                "Oude update " + run), forSteering);
        Api ownReader = Api.as(base, TestAccounts.create("rep-reader-rozendaal", ROZENDAAL, "reader"));
        assertEquals(List.of("Eigen update " + run, "Regio-update " + run, "Voorbeeld " + run, "Oude update " + run),
                knowledge(ownReader, run), "no steering items for a reader");
        assertEquals(List.of("Regio-update " + run, "Voorbeeld " + run, "Oude update " + run), knowledge(reader, run),
                "another municipality's reader sees no municipality-only items");
        assertEquals(404, reader.get("api/v1/dashboard/municipalities/GM9999/knowledge").status());
        assertTrue(steering2025 > region2025);
    }

    @Test
    void thePdfIsAnA4DocumentWithTheFiguresOfTheReport() throws Exception {
        HttpResponse<byte[]> pdf = reader.getBytes("api/v1/reports/2025/pdf", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("jaarrapportage-2025.pdf"));
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf.body(), 4));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4 is 595 points wide");
            assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()));
        }
        java.nio.file.Path saved = java.nio.file.Path.of("target", "screenshots", "report-2025.pdf");
        java.nio.file.Files.createDirectories(saved.getParent());
        java.nio.file.Files.write(saved, pdf.body()); // for a person to review, like the screenshots
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Jaarrapportage 2025"), text);
        assertTrue(text.contains("In 2025 deden 17 gemeenten mee aan de regio."), text);
        assertTrue(text.contains("Werkversie"), text);
        assertTrue(text.matches("(?s).*Regio\\s+521\\s+17 van 17.*"), "region row of BANEN: " + text);
        assertTrue(text.matches("(?s).*Rijk van Nijmegen\\s+255.*"), text);
        assertTrue(text.contains("Ontwikkelingen en initiatieven"), text);
        assertAccessible(pdf.body());

        String english = pdfText(reader.getBytes("api/v1/reports/2024/pdf?lang=en", "application/pdf").body());
        assertTrue(english.contains("Annual report 2024"), english);
        assertTrue(english.contains("18 municipalities"), english);

        assertEquals(401, new Api(base).getBytes("api/v1/reports/2025/pdf", "application/pdf").statusCode());
        assertEquals(404, reader.getBytes("api/v1/reports/2019/pdf", "application/pdf").statusCode());
        assertEquals(400, reader.getBytes("api/v1/reports/soon/pdf", "application/pdf").statusCode());
    }

    /** Tagged PDF/UA-1 and PDF/A-2u by veraPDF, in Dutch, with a title. */
    private static void assertAccessible(byte[] pdf) throws Exception {
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("nl", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getTitle().startsWith("Jaarrapportage 20"));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private List<String> knowledge(Api api, String run) {
        Api.Reply reply = api.get("api/v1/dashboard/municipalities/" + ROZENDAAL + "/knowledge");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).filter(t -> t.endsWith(run)).toList();
    }

    /** Creates an item through the API, publishes it unless publishedAt is null, and dates its publication by JDBC. */
    private static long item(Api contributor, String kind, String title, String visibility, String publishedAt) throws Exception {
        Api.Reply created = contributor.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", kind).add("title", title)
                .add("summary", "Samenvatting " + title).add("body", "Tekst van " + title).add("visibility", visibility)
                .add("themes", Json.createArrayBuilder().add("6")).add("blocks", Json.createArrayBuilder().add("6.2"))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        if (publishedAt != null) {
            Api.Reply published = contributor.post("api/v1/kb/items/" + id + "/publish", null);
            assertEquals(200, published.status(), published::toString);
            try (Connection db = TestAccounts.connect();
                 PreparedStatement date = db.prepareStatement("UPDATE kb_item SET published_at = ? WHERE id = ?")) {
                date.setString(1, publishedAt);
                date.setLong(2, id);
                date.executeUpdate();
            }
        }
        return id;
    }
}
