package nl.regioan.monitoring.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The survey pages per role, with axe-core in every state: the coordinator builds a survey (and sees a
 * refusal beside its field), a data steward answers and submits, a reader reads the results with the
 * diverging bars, and the coordinator closes a survey whose deadline has passed.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyBrowserIT {

    private static final int YEAR = LocalDate.now().getYear() + 7;
    private static final int PAST = LocalDate.now().getYear() - 5;

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private final List<String> violations = new ArrayList<>();

    private void axe(Browser browser, String state) {
        browser.accessibilityViolations().forEach(v -> violations.add(state + ": " + v));
        browser.consoleErrors().stream().filter(e -> !e.contains(" 400 ") && !e.contains(" 409 "))
                .forEach(e -> violations.add(state + ": console " + e));
    }

    private static String textOf(Browser browser, String id) {
        return browser.waitUntil(d -> {
            String text = d.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }

    @Test
    void buildAnswerReadAndCloseASurveyPerRole() {
        String coordinator = TestAccounts.create("survey-browser-coordinator", null, "coordinator");
        String steward = TestAccounts.create("survey-browser-steward", "GM0202", "data-steward");
        String reader = TestAccounts.create("survey-browser-reader", "GM0268", "reader");

        try (Browser browser = new Browser()) {
            browser.logIn(base, coordinator, TestAccounts.PASSWORD);
            browser.open(base + "survey/build.html");
            browser.waitForReady();
            assertTrue(browser.find(By.id("main-nav")).getText().contains("Enquête opstellen"));
            new Select(browser.find(By.id("copy-from"))).selectByValue("");
            WebElement year = browser.find(By.id("survey-year"));
            year.clear();
            year.sendKeys(String.valueOf(YEAR));
            browser.find(By.id("survey-title")).sendKeys("Samenwerkingsenquête " + YEAR);
            browser.script("arguments[0].value = arguments[1]", browser.find(By.id("survey-deadline")), YEAR + "-12-01");
            browser.find(By.id("survey-named")).click();
            browser.find(By.id("s0-title")).sendKeys("Samenwerking in de regio");
            browser.find(By.id("save-settings")).click(); // the question has no text yet
            String refusal = textOf(browser, "build-error");
            assertTrue(refusal.contains("/sections/0/questions/0/text"), refusal);
            assertTrue(browser.find(By.cssSelector("#questions-form .field-error")).isDisplayed(), "the text stands beside its field");
            axe(browser, "build: refused");
            browser.screenshot("survey-build-refused");

            browser.find(By.id("s0-q0-text")).sendKeys("De regionale samenwerking helpt mijn gemeente verder.");
            browser.find(By.id("save-settings")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("year=" + YEAR));
            browser.waitForReady();
            assertEquals("Enquête " + YEAR, browser.find(By.id("settings-heading")).getText());
            assertEquals(17, browser.driver().findElements(By.cssSelector("#progress-table tbody tr")).size());
            assertFalse(browser.find(By.id("close-survey")).isDisplayed(), "not before the deadline");
            axe(browser, "build: built");
            browser.screenshot("survey-build-built");
        }

        try (Browser browser = new Browser()) {
            browser.logIn(base, steward, TestAccounts.PASSWORD);
            browser.open(base + "survey/respond.html?year=" + YEAR);
            browser.waitForReady();
            assertFalse(browser.find(By.id("main-nav")).getText().contains("Enquête opstellen"));
            assertTrue(browser.find(By.id("response-heading")).getText().contains("Arnhem"));
            axe(browser, "respond: empty");
            browser.find(By.cssSelector("#answer-0 input[value='4']")).click();
            browser.find(By.id("save-response")).click();
            assertTrue(textOf(browser, "respond-status").contains("concept"));
            browser.find(By.id("submit-response")).click();
            browser.waitUntil(d -> d.findElement(By.id("response-state")).getText().startsWith("Ingediend"));
            assertFalse(browser.find(By.id("save-response")).isDisplayed(), "a submitted response does not change");
            assertTrue(browser.find(By.cssSelector("#answer-0 input[value='4']")).isSelected());
            axe(browser, "respond: submitted");
            browser.screenshot("survey-respond-submitted");
        }

        try (Browser browser = new Browser()) {
            browser.logIn(base, reader, TestAccounts.PASSWORD);
            browser.open(base + "survey/results.html?year=" + YEAR);
            browser.waitForReady();
            assertTrue(browser.find(By.id("results-summary")).getText().startsWith("1 van de 17"));
            assertTrue(browser.find(By.id("scales")).isDisplayed(), "the diverging bars are drawn");
            String alt = browser.find(By.id("scale-chart")).getAttribute("aria-label");
            assertTrue(alt.contains("100%"), alt);
            assertTrue(browser.find(By.id("questions")).getText().contains("100% is het (helemaal) eens"));
            browser.find(By.cssSelector("#questions details summary")).click();
            assertTrue(browser.find(By.cssSelector("#questions details")).getText().contains("Arnhem: Eens"));
            axe(browser, "results: niet anoniem");
            browser.screenshot("survey-results");
        }

        Api api = Api.as(base, coordinator);
        Api.Reply past = api.post("api/v1/surveys", Json.createObjectBuilder().add("year", PAST).add("title", "Enquête " + PAST)
                .add("deadline", (PAST + 1) + "-01-31").add("anonymous", true).add("copyFromYear", YEAR).build().toString());
        assertEquals(201, past.status(), past::toString);
        try (Browser browser = new Browser()) {
            browser.logIn(base, coordinator, TestAccounts.PASSWORD);
            browser.open(base + "survey/build.html?year=" + PAST);
            browser.waitForReady();
            browser.find(By.id("close-survey")).click();
            assertTrue(textOf(browser, "build-status").contains("gesloten"));
            browser.waitUntil(d -> d.findElement(By.id("survey-table")).getText().contains("gesloten"));
            assertTrue(browser.find(By.id("questions-locked")).isDisplayed());
            axe(browser, "build: closed");
            browser.screenshot("survey-build-closed");
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
