package nl.regioan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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

/** The start page in headless Chromium: what a person sees for 2024 and 2025. */
@ExtendWith(ArquillianExtension.class)
class StartPageBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private List<String> shownMunicipalities(Browser browser, String date, int expectedRows) {
        browser.open(base + "?date=" + date);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#municipality-table tbody tr")).size() == expectedRows);
        return browser.driver().findElements(By.cssSelector("#municipality-table tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    @Test
    void showsEighteenMunicipalitiesIn2024AndSeventeenIn2025() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("start-reader", "GM0268", "reader"), TestAccounts.PASSWORD);
            List<String> in2024 = shownMunicipalities(browser, "2024-06-30", 18);
            assertTrue(in2024.contains("Montferland"), in2024::toString);
            assertTrue(browser.find(By.id("member-count")).getText().startsWith("18 gemeenten"));

            List<String> in2025 = shownMunicipalities(browser, "2025-06-30", 17);
            assertFalse(in2025.contains("Montferland"), in2025::toString);
            assertEquals("17 gemeenten op 2025-06-30", browser.find(By.id("member-count")).getText());
            browser.screenshot("start-page-2025");
        }
    }

    @Test
    void changingTheDateUpdatesTheListAndTheAddress() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("start-reader", "GM0268", "reader"), TestAccounts.PASSWORD);
            shownMunicipalities(browser, "2025-06-30", 17);
            WebElement date = browser.find(By.id("member-date"));
            // Typing into a date field follows the browser's locale; set the value as a person's picker would.
            browser.script("arguments[0].value = '2024-03-01';"
                    + "arguments[0].dispatchEvent(new Event('change'));", date);
            browser.waitUntil(d -> d.findElements(By.cssSelector("#municipality-table tbody tr")).size() == 18);
            assertTrue(browser.driver().getCurrentUrl().contains("date=2024-03-01"), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void listsTheIndicatorCatalogueInDutch() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("start-reader", "GM0268", "reader"), TestAccounts.PASSWORD);
            browser.open(base.toString());
            browser.waitUntil(d -> d.findElements(By.cssSelector("#indicator-table tbody tr")).size() == 25);
            String table = browser.find(By.id("indicator-table")).getText();
            assertTrue(table.contains("Aantal overlastmeldingen"), "Dutch indicator name is shown");
            assertEquals("nl", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }
}
