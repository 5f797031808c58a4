package nl.regioan.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.regioan.testsupport.Browser;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A steering-group member opens the overview, the BANEN indicator page and the 2025 report on the
 * data set of {@link DashboardFixture}: the charts are drawn (Chart.js holds the numbers, the canvas
 * is not blank) and the tables under them show the same numbers. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

    /** Chart data as the page holds it, numbers as strings and gaps as "null". */
    private static final String CHART_DATA = """
            const chart = Chart.getChart(arguments[0]);
            return chart.data.datasets.map(d => d.label + '=' + d.data.map(v => v === null ? 'null' : String(v)).join(';'));""";

    /** True when the canvas holds more than a blank canvas of the same size. */
    private static final String DRAWN = """
            const blank = document.createElement('canvas');
            blank.width = arguments[0].width;
            blank.height = arguments[0].height;
            return arguments[0].toDataURL().length > blank.toDataURL().length + 500;""";

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private static void waitForPage(Browser browser) {
        browser.waitForReady();
        assertEquals("", browser.find(By.id("error")).getText(), "the page loads without an error");
    }

    @SuppressWarnings("unchecked")
    private static List<String> chart(Browser browser, WebElement canvas) {
        assertEquals(Boolean.TRUE, browser.script(DRAWN, canvas), "the chart is drawn");
        return (List<String>) browser.script(CHART_DATA, canvas);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void overviewIndicatorPageAndReportDrawChartsWhoseNumbersMatchTheTables() {
        DashboardFixture.load();
        String steering = TestAccounts.create("dash-browser-steering", null, "steering");
        try (Browser browser = new Browser()) {
            browser.logIn(base, steering, TestAccounts.PASSWORD);

            browser.open(base + "dashboard/overview.html?period=2025");
            waitForPage(browser);
            WebElement tile = browser.find(By.id("tile-BANEN"));
            assertEquals("521", tile.findElement(By.className("latest")).getText());
            assertTrue(tile.getText().contains("+21 (+4,2%)"), tile.getText());
            assertTrue(tile.getText().contains("-30 (-5,4%)"), tile.getText());
            assertTrue(tile.getText().contains("✓ op koers"), tile.getText());
            List<String> sparkline = chart(browser, tile.findElement(By.tagName("canvas")));
            assertTrue(sparkline.get(0).endsWith("=null;null;null;551;521"), "no data before 2024 is a gap: " + sparkline);
            assertTrue(browser.find(By.id("main-nav")).getText().contains("Jaarrapportage"));
            browser.screenshot("dashboard-overview");

            browser.open(base + "dashboard/indicator.html?code=BANEN&from=2024&to=2025&areas=region,Liemers");
            waitForPage(browser);
            List<String> trend = chart(browser, browser.find(By.id("trend-chart")));
            assertEquals(List.of("Regio=551;521", "Liemers=100;55", "Nulmeting (2021)=500;500", "Streefwaarde 2030=600;600"), trend);
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#trend-table tbody tr"));
            assertEquals(List.of("2024", "551", "100", "500", "600"), cells(rows.get(0)));
            assertEquals(List.of("2025", "521", "55", "500", "600"), cells(rows.get(1)));
            chart(browser, browser.find(By.id("comparison-chart")));
            List<WebElement> comparison = browser.driver().findElements(By.cssSelector("#comparison-table tbody tr"));
            assertEquals(17, comparison.size(), "the 17 members of 2025");
            assertEquals(521, comparison.stream().mapToInt(r -> Integer.parseInt(cells(r).get(2))).sum());
            assertTrue(browser.find(By.id("trend-csv")).getAttribute("href").startsWith("blob:"), "the table can be downloaded");
            browser.screenshot("dashboard-indicator");

            WebElement from = browser.find(By.id("from"));
            from.clear();
            from.sendKeys("2023");
            browser.find(By.cssSelector("#filters button[type=submit]")).click();
            browser.waitUntil(d -> d.findElements(By.cssSelector("#trend-table tbody tr")).size() == 3);
            assertTrue(browser.driver().getCurrentUrl().contains("from=2023"), "filters are kept in the URL");

            browser.open(base + "dashboard/report.html?year=2025");
            waitForPage(browser);
            assertTrue(browser.find(By.id("members")).getText().contains("17 gemeenten"), browser.find(By.id("members")).getText());
            WebElement banen = browser.find(By.id("report-BANEN"));
            List<String> reportChart = chart(browser, banen.findElement(By.tagName("canvas")));
            assertTrue(reportChart.get(0).endsWith("551;521"), reportChart.toString());
            Map<String, String> figures = new java.util.TreeMap<>();
            banen.findElements(By.cssSelector("tbody tr")).forEach(r -> figures.put(cells(r).get(0), cells(r).get(1)));
            assertEquals(Map.of("Regio", "521", "Arnhem", "211", "Liemers", "55", "Rijk van Nijmegen", "255"), figures);
            assertEquals(17, browser.driver().findElements(By.cssSelector("#municipality-table tbody tr")).size());
            assertTrue(browser.find(By.id("banner")).getText().startsWith("Werkversie"), "not yet finalised is said");
            assertEquals(17, browser.driver().findElements(By.cssSelector("#developments section.developments")).size());
            assertTrue(browser.find(By.id("finalise")).getAttribute("hidden") != null, "only the coordinator finalises");
            assertTrue(browser.driver().findElements(By.cssSelector("#developments textarea")).isEmpty(), "only the coordinator edits");
            assertTrue(browser.find(By.id("pdf")).getAttribute("href").endsWith("api/v1/reports/2025/pdf?lang=nl"));
            assertTrue(browser.find(By.id("municipality-csv")).getAttribute("href").startsWith("blob:"));
            assertTrue(browser.find(By.cssSelector("#municipality-table tbody th a")).getAttribute("href")
                    .contains("municipality.html?code=GM"), "figures lead to the municipality page");
            // the publication: contents, the steering group's page with the rule, names not codes, round ticks
            List<String> chapters = browser.driver().findElements(By.cssSelector("#contents a")).stream().map(WebElement::getText).toList();
            assertEquals("Voor de stuurgroep", chapters.get(0), chapters.toString());
            assertTrue(chapters.containsAll(List.of("Samenvatting", "Werk en economie", "Indicatoren zonder gerapporteerde waarde",
                    "Per gemeente", "Ontwikkelingen en initiatieven")), chapters.toString());
            String steeringPage = browser.find(By.id("steering-section")).getText();
            assertTrue(steeringPage.contains("Een indicator is op koers als de laatste waarde de streefwaarde al haalt"), steeringPage);
            assertTrue(steeringPage.contains("Op koers: Aantal banen (werkzame personen)"), steeringPage);
            assertTrue(steeringPage.contains("Output") && steeringPage.contains("Samenwerking") && steeringPage.contains("Impact"), steeringPage);
            List<WebElement> withoutValues = browser.driver().findElements(By.cssSelector("#without-values li"));
            assertFalse(withoutValues.isEmpty(), "indicators without values are listed");
            assertTrue(browser.driver().findElements(By.cssSelector("section.report-indicator")).size() < withoutValues.size(),
                    "and get no chart and table of their own");
            String reportText = browser.find(By.id("main")).getText();
            assertFalse(reportText.contains("BANEN"), "the indicator's name, not its code");
            assertFalse((steeringPage + browser.find(By.id("gaps")).getText() + browser.find(By.id("without-values")).getText())
                    .matches("(?s).*\\b[A-Z]+_[A-Z_]+\\b.*"), "no indicator code on the steering page, in the gaps or the list");
            assertEquals(List.of(0L, 100L, 200L, 300L, 400L, 500L, 600L), ((List<?>) browser.script(
                    "return Chart.getChart(arguments[0]).scales.y.ticks.map(t => t.value)", banen.findElement(By.tagName("canvas"))))
                    .stream().map(v -> ((Number) v).longValue()).toList(), "round ticks up to the target");
            assertTrue(banen.findElement(By.tagName("canvas")).getAttribute("aria-label").startsWith(
                    "Lijngrafiek van Aantal banen (werkzame personen) in de regio van 2021 tot en met 2025:"), "the chart says what it shows");
            assertEquals(List.of(), browser.accessibilityViolations(), "WCAG 2.1 AA for the steering group");
            browser.screenshot("dashboard-report");

            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", browser.script("return getComputedStyle(document.getElementById('main-nav')).display"),
                    "no navigation on paper");
            assertEquals(Boolean.TRUE, browser.script(DRAWN, banen.findElement(By.tagName("canvas"))), "charts print");
            browser.screenshot("dashboard-report-print");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            browser.open(base + "dashboard/report.html?year=2024");
            waitForPage(browser);
            assertTrue(browser.find(By.id("members")).getText().contains("18 gemeenten"), browser.find(By.id("members")).getText());
            assertTrue(Arrays.stream(browser.find(By.id("gaps")).getText().split("\n")).anyMatch(l -> l.equals("Aantal banen (werkzame personen): Mook en Middelaar")),
                    "what is missing is said");
        }
    }

    @Test
    void coordinatorEditsDevelopmentsFinalisesAndReadsTheArchivedVersionAndMunicipalityPage() {
        DashboardFixture.load();
        String coordinator = TestAccounts.create("dash-browser-coordinator", null, "coordinator");
        try (Browser browser = new Browser()) {
            browser.logIn(base, coordinator, TestAccounts.PASSWORD);
            browser.open(base + "dashboard/report.html?year=2025");
            waitForPage(browser);
            WebElement rheden = browser.find(By.id("developments-GM0275"));
            rheden.findElement(By.tagName("summary")).click();
            WebElement text = rheden.findElement(By.tagName("textarea"));
            text.clear();
            text.sendKeys("Rheden opende 40 woonplekken.");
            rheden.findElement(By.cssSelector("details button")).click();
            browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Rheden"));
            assertEquals("Rheden opende 40 woonplekken.", rheden.findElement(By.className("developments-text")).getText());

            browser.script("window.confirm = () => true;");
            browser.find(By.id("finalise")).click();
            browser.waitUntil(d -> d.findElement(By.id("banner")).getText().startsWith("Vastgestelde versie"));
            waitForPage(browser);
            assertTrue(browser.driver().getCurrentUrl().matches(".*year=2025&version=\\d+"), browser.driver().getCurrentUrl());
            assertTrue(browser.find(By.id("banner")).getText().contains(coordinator), browser.find(By.id("banner")).getText());
            assertEquals("Rheden opende 40 woonplekken.",
                    browser.find(By.cssSelector("#developments-GM0275 .developments-text")).getText());
            assertTrue(browser.driver().findElements(By.cssSelector("#developments textarea")).isEmpty(), "a version cannot be edited");
            assertTrue(browser.find(By.id("finalise")).getAttribute("hidden") != null);
            assertTrue(browser.find(By.id("versions")).getText().contains("Versie"), browser.find(By.id("versions")).getText());
            assertTrue(browser.find(By.id("pdf")).getAttribute("href").contains("/versions/"));
            chart(browser, browser.find(By.id("report-BANEN")).findElement(By.tagName("canvas")));
            assertFalse(browser.find(By.id("steering-section")).getAttribute("hidden") != null, "a version keeps its steering page");
            assertEquals(List.of(), browser.accessibilityViolations(), "WCAG 2.1 AA for the coordinator");
            browser.screenshot("dashboard-report-version");

            browser.open(base + "dashboard/report.html?year=2025&version=999");
            waitForPageWithError(browser, "999");

            browser.open(base + "dashboard/municipality.html?code=GM0202&period=2025");
            waitForPage(browser);
            assertEquals("Arnhem", browser.find(By.id("title")).getText());
            String table = browser.find(By.id("indicator-table")).getText();
            assertTrue(table.contains("110") && table.contains("521"), "own value and the region's: " + table);
            assertTrue(browser.find(By.id("indicator-csv")).getAttribute("href").startsWith("blob:"));
            assertTrue(browser.find(By.id("knowledge")).isDisplayed());
            browser.screenshot("dashboard-municipality");

            browser.open(base + "dashboard/municipality.html?code=GM9999");
            waitForPageWithError(browser, "hoort niet bij de regio");
            browser.open(base + "dashboard/indicator.html?code=NOPE");
            waitForPageWithError(browser, "Deze indicator bestaat niet");
            browser.open(base + "dashboard/report.html?year=2026");
            waitForPage(browser);
            assertTrue(browser.find(By.id("completeness")).getText().contains("nog geen cijfers"),
                    "a year without data says so: " + browser.find(By.id("completeness")).getText());
        }
    }

    private static void waitForPageWithError(Browser browser, String expected) {
        browser.waitForReady();
        String error = browser.find(By.id("error")).getText();
        assertTrue(error.contains(expected), "a helpful message, not a stack trace: " + error);
    }
}
