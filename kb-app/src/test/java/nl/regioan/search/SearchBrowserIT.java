package nl.regioan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.regioan.testsupport.Browser;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.json.Json;
import java.util.List;
import java.util.UUID;
import nl.regioan.testsupport.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search pages in headless Chromium, as a person sees them. Hits, facets and the suggestion
 * need knowledge-base items (issue 4); until then the page's empty state, the address that keeps
 * the search, and the administration page are checked.
 */
@ExtendWith(ArquillianExtension.class)
class SearchBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSearchShowsItsCountInDutchAndKeepsTheWordsInTheAddress() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("search-browser-reader", "GM0268", "reader"), TestAccounts.PASSWORD);
            browser.open(base + "search.html");
            browser.waitUntil(d -> !d.findElement(By.id("search-count")).getText().isEmpty());
            browser.find(By.id("search-q")).sendKeys("arbeidsmigranten huisvesting", Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("q=arbeidsmigranten"));
            // Other test classes share the database, so the number depends on what they stored; the words are Dutch.
            browser.waitUntil(d -> d.findElement(By.id("search-count")).getText().matches("\\d+ resulta(at|ten)"));
            assertEquals("nl", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Zoeken", browser.find(By.cssSelector("#main-nav a[aria-current='page']")).getText());
            browser.screenshot("search-empty");
        }
    }

    @Test
    void anEditorAddsASynonymGroupAndAnAdministratorSeesTheIndexState() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("search-browser-editor", null, "editor"), TestAccounts.PASSWORD);
            browser.open(base + "search-admin.html");
            try {
                browser.waitUntil(d -> d.findElements(By.cssSelector("#synonym-table tbody tr")).size() >= 12);
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("search-admin-failed");
                throw new AssertionError("The seeded synonyms are not shown; the page says: "
                        + browser.find(By.tagName("main")).getText() + " / log: "
                        + browser.driver().manage().logs().get("browser").getAll(), e);
            }
            browser.find(By.id("new-synonym-terms")).sendKeys("skaeve huse, tiny houses", Keys.ENTER);
            browser.waitUntil(d -> d.findElement(By.id("admin-message")).getText().equals("Opgeslagen."));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#synonym-table tbody input")).stream()
                    .anyMatch(input -> "skaeve huse, tiny houses".equals(input.getAttribute("value"))));
            browser.screenshot("search-admin-synonyms");
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("search-browser-admin", null, "admin"), TestAccounts.PASSWORD);
            browser.open(base + "search-admin.html");
            browser.waitUntil(d -> d.findElement(By.id("index-status")).getText().contains("klaar"));
            assertTrue(browser.find(By.id("synonym-section")).getAttribute("hidden") != null,
                    "synonyms are for editors only");
        }
    }

    @Test
    void facetsAndHitsShowKindThemeAndMunicipalityNamesNotCodes() {
        String writer = TestAccounts.create("search-browser-writer", "GM0268", "contributor");
        String word = "zoeklabel" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        Api api = Api.as(base, writer);
        Api.Reply created = api.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", "BEST_PRACTICE")
                .add("title", "Goed voorbeeld " + word).add("summary", "Over " + word).add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("1")).add("blocks", Json.createArrayBuilder().add("1.1"))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        // The author finds the saved draft at once (the index is updated after the commit, its change log in it).
        Api.Reply found = api.get("api/v1/kb/search?q=" + word);
        assertEquals(1, found.object().getJsonNumber("total").longValue(), found::toString);

        try (Browser browser = new Browser()) {
            browser.logIn(base, writer, TestAccounts.PASSWORD);
            browser.open(base + "search.html?q=" + word);
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#search-hits .hit")).isEmpty());
            String facets = browser.find(By.id("facet-groups")).getText();
            String meta = browser.find(By.cssSelector("#search-hits .hit-meta")).getText();
            browser.screenshot("search-labels");
            assertTrue(facets.contains("Goed voorbeeld (1)"), facets);
            assertTrue(meta.startsWith("Goed voorbeeld · Nijmegen"), meta);
            assertFalse(facets.contains("BEST_PRACTICE") || meta.contains("BEST_PRACTICE") || facets.contains("GM0268"),
                    facets + " / " + meta);
            assertFalse(facets.contains("\n1 (1)"), "the theme shows its name: " + facets);
            assertEquals("Concept", browser.find(By.cssSelector("#search-hits .hit .status-label")).getText(),
                    "the author's own draft is marked as such");

            // A word no item holds does not empty the page: the item is found, the page names the word.
            browser.open(base + "search.html?q=" + word + "%20qzxwvonbekend");
            browser.waitUntil(d -> d.findElement(By.id("search-relaxed")).isDisplayed());
            assertEquals("Niet gevonden: qzxwvonbekend. De resultaten bevatten de andere woorden.",
                    browser.find(By.id("search-relaxed")).getText());
            assertEquals(1, browser.driver().findElements(By.cssSelector("#search-hits .hit")).size());
            assertEquals(List.of(), browser.accessibilityViolations(), "the notice keeps the page WCAG 2.1 AA");

            // Escape closes the suggestions and keeps what was typed.
            WebElement box = browser.find(By.id("search-q"));
            box.clear();
            box.sendKeys("Goed voorb");
            browser.waitUntil(d -> d.findElement(By.id("search-completions")).isDisplayed());
            box.sendKeys(Keys.ESCAPE);
            browser.waitUntil(d -> !d.findElement(By.id("search-completions")).isDisplayed());
            assertEquals("Goed voorb", box.getAttribute("value"), "the typed words stay");
        }
    }
}
