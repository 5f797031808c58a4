package nl.regioan.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.regioan.testsupport.Api;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A contributor of Arnhem writes an item with an attachment, edits it, compares two versions in the
 * history, and a reader filters the expertise point's participation cases.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void createWithAttachmentEditAndCompareVersions() throws Exception {
        String username = TestAccounts.create("kb-browser-writer", "GM0202", "contributor");
        String title = "Huisregels in vijf talen " + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("huisregels", ".txt");
        Files.writeString(file, "Huisregels: geen geluid na 22.00 uur.", StandardCharsets.UTF_8);
        try (Browser browser = new Browser()) {
            browser.logIn(base, username, TestAccounts.PASSWORD);
            browser.open(base + "kb/edit.html");
            browser.find(By.id("title")).sendKeys(title);
            browser.find(By.id("summary")).sendKeys("Voorbeeld van huisregels.");
            browser.find(By.id("body")).sendKeys("Eerste versie van de **huisregels**.");
            browser.find(By.id("theme-1")).click();
            browser.find(By.id("block-1-1")).click();
            browser.find(By.id("preview-button")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector("#preview strong")).getText().equals("huisregels"));
            browser.find(By.id("save")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("edit.html?id="));
            WebElement message = browser.find(By.id("edit-message"));
            browser.waitUntil(d -> message.isDisplayed());

            browser.find(By.id("upload-file")).sendKeys(file.toString());
            browser.find(By.id("upload-button")).click();
            browser.waitUntil(d -> d.findElement(By.id("attachment-list")).getText().contains(file.getFileName().toString()));
            assertTrue(browser.find(By.id("upload-status")).getText().contains(file.getFileName().toString()));
            browser.screenshot("kb-editor-with-attachment");

            WebElement body = browser.find(By.id("body"));
            body.clear();
            body.sendKeys("Tweede versie van de **huisregels**.");
            browser.find(By.id("save")).click();
            browser.waitUntil(d -> d.findElement(By.id("edit-message")).getText().contains("opgeslagen"));

            browser.find(By.id("view-link")).click();
            browser.waitUntil(d -> d.findElement(By.id("item-title")).getText().equals(title));
            assertEquals("huisregels", browser.find(By.cssSelector("#item-body strong")).getText());
            assertTrue(browser.find(By.id("attachment-list")).getText().contains(file.getFileName().toString()));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#version-table tbody tr")).size() == 2);
            browser.find(By.id("diff-show")).click();
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#diff .diff-added")).isEmpty());
            assertTrue(browser.find(By.cssSelector("#diff .diff-removed")).getText().contains("Eerste versie"));
            assertTrue(browser.find(By.cssSelector("#diff .diff-added")).getText().contains("Tweede versie"));
            browser.screenshot("kb-item-history-diff");
        }
    }

    @Test
    void theExpertisePointFiltersParticipationCases() {
        String writer = TestAccounts.create("kb-browser-pc-writer", "GM0268", "contributor");
        String reader = TestAccounts.create("kb-browser-pc-reader", "GM0202", "reader");
        String title = "Ken je buren " + UUID.randomUUID().toString().substring(0, 8);
        Api api = Api.as(base, writer);
        Api.Reply created = api.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", "PARTICIPATION_CASE")
                .add("title", title).add("summary", "Open dag bij een omgebouwd kantoor").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("4")).add("blocks", Json.createArrayBuilder().add("4.1"))
                .add("participation", Json.createObjectBuilder().add("location", "Oud kantoor").add("beds", 40)
                        .add("methods", Json.createArrayBuilder().add("OPEN_DAY")).add("outcome", "REALISED"))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        api.post("api/v1/kb/items/" + created.object().getJsonNumber("id").longValue() + "/publish", null);

        try (Browser browser = new Browser()) {
            browser.logIn(base, reader, TestAccounts.PASSWORD);
            browser.open(base + "kb/expertise.html");
            browser.waitUntil(d -> d.findElement(By.id("case-table")).getText().contains(title));
            new Select(browser.find(By.id("filter-outcome"))).selectByValue("WITHDRAWN");
            browser.waitUntil(d -> !d.findElement(By.id("case-table")).getText().contains(title));
            new Select(browser.find(By.id("filter-outcome"))).selectByValue("REALISED");
            new Select(browser.find(By.id("filter-method"))).selectByValue("OPEN_DAY");
            browser.waitUntil(d -> d.findElement(By.id("case-table")).getText().contains(title));
            String row = browser.find(By.id("case-table")).getText();
            assertTrue(row.contains("Nijmegen"), row);
            assertFalse(row.contains("PARTICIPATION_CASE"), "labels, not codes");
            browser.screenshot("kb-expertise-filtered");
        }
    }

    @Test
    void theListPagesThroughMyStaleItemsAndShowsWhatChanged() {
        String owner = TestAccounts.create("kb-browser-stale-owner", "GM0202", "contributor");
        String watcher = TestAccounts.create("kb-browser-watcher", "GM0268", "reader");
        Api writer = Api.as(base, owner);
        String marker = "Verouderd " + UUID.randomUUID().toString().substring(0, 8);
        var stale = Json.createArrayBuilder();
        for (int i = 0; i < 26; i++) {
            stale.add(Json.createObjectBuilder().add("kind", "STANDARD_FORM").add("title", marker + " " + i)
                    .add("summary", "Formulier").add("visibility", "REGION").add("reviewBy", "2020-01-01")
                    .add("themes", Json.createArrayBuilder().add("2")).add("blocks", Json.createArrayBuilder().add("2.1")));
        }
        Api.Reply imported = writer.post("api/v1/kb/import", stale.build().toString());
        assertEquals(201, imported.status(), imported::toString);

        Api reader = Api.as(base, watcher);
        reader.post("api/v1/kb/watches", "{\"type\":\"THEME\",\"target\":\"6\"}");
        assertEquals(204, reader.post("api/v1/kb/watches/seen", null).status());
        String news = "Nieuw over thema 6 " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = writer.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", "DEVELOPMENT_UPDATE")
                .add("title", news).add("summary", "Stand van zaken").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("6")).add("blocks", Json.createArrayBuilder().add("6.1"))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        writer.post("api/v1/kb/items/" + created.object().getJsonNumber("id").longValue() + "/publish", null);

        try (Browser browser = new Browser()) {
            browser.logIn(base, owner, TestAccounts.PASSWORD);
            browser.open(base + "kb/index.html?stale=mine"); // the link owners get: the filter is on at once
            browser.waitUntil(d -> d.findElement(By.id("filter-stale")).isSelected()
                    && d.findElement(By.id("page-info")).getText().startsWith("Pagina 1 van ")
                    && d.findElements(By.cssSelector("#item-table tbody tr")).size() == 25);
            for (WebElement row : browser.driver().findElements(By.cssSelector("#item-table tbody tr"))) {
                assertTrue(row.getText().contains("(verouderd)"), "only stale items, marked as such: " + row.getText());
            }
            assertFalse(browser.find(By.id("page-previous")).isEnabled(), "no page before the first");
            browser.find(By.id("page-next")).click();
            browser.waitUntil(d -> d.findElement(By.id("page-info")).getText().startsWith("Pagina 2 van "));
            assertTrue(browser.find(By.id("page-previous")).isEnabled());
            assertFalse(browser.driver().findElements(By.cssSelector("#item-table tbody tr")).isEmpty());
            assertTrue(browser.find(By.id("item-table")).getText().contains("(verouderd)"));
            browser.screenshot("kb-list-my-stale-items-page-2");
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, watcher, TestAccounts.PASSWORD);
            browser.open(base + "kb/index.html");
            browser.waitUntil(d -> d.findElement(By.id("watch-list")).getText().contains(news));
            browser.screenshot("kb-list-what-changed");
            browser.find(By.id("seen-button")).click();
            browser.waitUntil(d -> !d.findElement(By.id("watch-list")).getText().contains(news));
        }
    }
}
