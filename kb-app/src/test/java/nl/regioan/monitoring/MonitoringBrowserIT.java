package nl.regioan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/**
 * A data steward fills in a quarter, sees a warning, comments and submits; the coordinator approves.
 * A steward whose colleague saved the same form first is told so plainly and sees the stored figures.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void stewardSubmitsWithACommentOnTheWarningAndTheCoordinatorApproves() {
        String steward = TestAccounts.create("mon-browser-steward", "GM0209", "data-steward");
        String coordinator = TestAccounts.create("mon-browser-coordinator", null, "coordinator");
        try (Browser browser = new Browser()) {
            browser.logIn(base, steward, TestAccounts.PASSWORD);
            browser.open(base + "monitoring/entry.html?period=2023-Q1");
            browser.waitForReady();
            assertEquals("", browser.find(By.id("form-error")).getText(), "the form loads without an error");
            assertEquals("Beuningen", browser.find(By.cssSelector("#area option:checked")).getText());
            assertEquals(1, browser.driver().findElements(By.cssSelector("#area option")).size(), "only their own municipality");
            assertTrue(browser.find(By.id("main-nav")).getText().contains("Cijfers invoeren"));

            browser.find(By.id("value-REG_NACHT")).sendKeys("40");
            browser.find(By.id("value-FIN_VERBLIJF")).sendKeys("0");
            browser.find(By.id("value-REG_RNI")).sendKeys("7");
            browser.find(By.id("save-draft")).click();
            String warning = browser.waitUntil(d -> {
                String text = d.findElement(By.id("warning-FIN_VERBLIJF")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(warning.startsWith("Waarschuwing"), warning);
            assertTrue(browser.find(By.id("form-status")).getText().contains("In bewerking"));
            browser.screenshot("monitoring-entry-warning");

            browser.find(By.id("submit-form")).click();
            String refusal = browser.waitUntil(d -> {
                String text = d.findElement(By.id("form-error")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(refusal.contains("FIN_VERBLIJF.comment"), refusal);

            browser.find(By.id("comment-FIN_VERBLIJF")).sendKeys("Beuningen int de toeristenbelasting jaarlijks in Q4");
            browser.find(By.id("submit-form")).click();
            browser.waitUntil(d -> d.findElement(By.id("form-status")).getText().contains("Ingediend"));
            assertEquals("ingediend", browser.find(By.cssSelector("#row-REG_RNI td:last-child")).getText().lines().findFirst().orElse(""));
            browser.screenshot("monitoring-entry-submitted");
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, coordinator, TestAccounts.PASSWORD);
            browser.open(base + "monitoring/coordinator.html?period=2023-Q1");
            browser.waitUntil(d -> d.findElement(By.cssSelector("#row-GM0209 .status")).getText().equals("Ingediend"));
            browser.find(By.id("approve-GM0209")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector("#row-GM0209 .status")).getText().equals("Goedgekeurd"));
            assertTrue(browser.find(By.id("overview-status")).getText().contains("Beuningen"));
            browser.screenshot("monitoring-coordinator-approved");
        }
    }

    @Test
    void aStewardWhoseColleagueSavedFirstSeesTheConflictAndTheStoredFigures() {
        String steward = TestAccounts.create("mon-browser-late", "GM0209", "data-steward");
        String colleague = TestAccounts.create("mon-browser-early", "GM0209", "data-steward");
        try (Browser browser = new Browser()) {
            browser.logIn(base, steward, TestAccounts.PASSWORD);
            browser.open(base + "monitoring/entry.html?period=2022-Q3");
            browser.waitForReady();
            assertEquals("", browser.find(By.id("form-error")).getText(), "the form loads without an error");

            Api early = Api.as(base, colleague);
            assertEquals(200, early.put("api/v1/monitoring/forms/GM0209/2022-Q3",
                    "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 5}]}", null).status());

            browser.find(By.id("value-REG_RNI")).sendKeys("9");
            browser.find(By.id("save-draft")).click();
            String conflict = browser.waitUntil(d -> {
                String text = d.findElement(By.id("form-error")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(conflict.startsWith("Iemand anders heeft deze cijfers gewijzigd"), conflict);
            assertTrue(conflict.contains("Aantal inschrijvingen RNI: nu 5 (u voerde 9 in)"), conflict);
            assertEquals("5", browser.find(By.id("value-REG_RNI")).getAttribute("value"), "the stored figure is shown");
            browser.screenshot("monitoring-entry-conflict");

            browser.find(By.id("value-REG_RNI")).clear();
            browser.find(By.id("value-REG_RNI")).sendKeys("9");
            browser.find(By.id("save-draft")).click();
            browser.waitUntil(d -> d.findElement(By.id("form-status")).getText().contains("Concept opgeslagen"));
            assertEquals("", browser.find(By.id("form-error")).getText(), "saving again on the current figures works");
        }
    }
}
