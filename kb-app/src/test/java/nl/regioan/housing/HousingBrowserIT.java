package nl.regioan.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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
 * The housing pages in headless Chromium: a contributor enters a location whose room fails the 5.5 m2
 * norm and reads the check; a refused figure is shown next to its field; every role opens the
 * register, a location and (regional staff) the overview without an axe-core violation or a console
 * error, and sees only the controls it may use.
 */
@ExtendWith(ArquillianExtension.class)
class HousingBrowserIT {

    private static final List<String> ROLES = List.of("reader", "contributor", "editor", "data-steward", "steering",
            "coordinator", "expert", "admin");

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private static List<String> problems(Browser browser, String state) {
        List<String> problems = new ArrayList<>();
        browser.accessibilityViolations().forEach(v -> problems.add(state + ": axe " + v));
        // a refusal the page asked for is logged by Chromium as a failed request: that one is expected
        browser.consoleErrors().stream().filter(e -> !(state.startsWith("refused") && e.contains("status of 400")))
                .forEach(e -> problems.add(state + ": console " + e));
        return problems;
    }

    private static String setValue(Browser browser, String id, String value) {
        browser.script("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change'));", id, value);
        return value;
    }

    @Test
    void aContributorEntersALocationWithAFailingNormAndReadsTheCheck() {
        String contributor = TestAccounts.create("housing-browser-contrib", "GM0202", "contributor");
        String name = "Logiesgebouw De Pas " + UUID.randomUUID().toString().substring(0, 6);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.logIn(base, contributor, TestAccounts.PASSWORD);
            browser.open(base + "housing/location.html");
            browser.waitForReady();
            assertEquals("Nieuwe huisvestingslocatie", browser.find(By.id("location-title")).getText());
            assertEquals("GM0202", new Select(browser.find(By.id("f-municipality"))).getFirstSelectedOption()
                    .getAttribute("value"), "the contributor's own municipality");
            problems.addAll(problems(browser, "new location"));

            browser.find(By.id("f-name")).sendKeys(name);
            new Select(browser.find(By.id("f-kind"))).selectByValue("CONVERTED_BUILDING");
            new Select(browser.find(By.id("f-status"))).selectByValue("IN_USE");
            setValue(browser, "f-inUseFrom", "2024-05-01");
            browser.find(By.id("f-beds")).sendKeys("0");
            browser.find(By.id("room-0-area")).sendKeys("8");
            WebElement occupants = browser.find(By.id("room-0-occupants"));
            occupants.clear();
            occupants.sendKeys("2");
            browser.find(By.id("room-0-couple")).click();
            browser.find(By.id("f-usableLivingArea")).sendKeys("30");
            browser.find(By.id("save-location")).click();

            // 0 beds is refused next to its field, and nothing is saved
            String bedsError = browser.waitUntil(d -> {
                String text = d.findElement(By.id("location-error")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(bedsError.contains("bedden"), bedsError);
            assertEquals("true", browser.find(By.id("f-beds")).getAttribute("aria-invalid"));
            assertTrue(browser.find(By.id("f-beds-error")).getText().contains("1 tot en met 5000"));
            problems.addAll(problems(browser, "refused beds"));
            browser.screenshot("housing-location-refused");

            WebElement beds = browser.find(By.id("f-beds"));
            beds.clear();
            beds.sendKeys("2");
            browser.find(By.id("save-location")).click();
            WebElement bedroom = browser.waitUntil(d -> d.findElement(By.cssSelector("#norm-table tr[data-norm='BEDROOM_AREA']")));
            String row = bedroom.getText();
            assertTrue(row.contains("niet voldaan"), row);
            assertTrue(row.contains("kamer 1: 8,0 m² voor 2 personen = 4,0 m² per persoon, norm 5,5"), row);
            assertTrue(browser.find(By.cssSelector("#norm-table tr[data-norm='LIVING_AREA']")).getText().contains("voldaan"));
            assertTrue(browser.find(By.id("location-status")).getText().startsWith("Opgeslagen"));
            assertTrue(browser.driver().getCurrentUrl().contains("location.html?id="), "the saved location has its address");
            problems.addAll(problems(browser, "saved location"));
            browser.screenshot("housing-location-checked");

            browser.open(base + "housing/index.html");
            browser.waitForReady();
            browser.find(By.id("filter-q")).sendKeys(name);
            browser.find(By.cssSelector("#filter-form button[type='submit']")).click();
            browser.waitUntil(d -> d.findElement(By.id("list-count")).getText().equals("1 locaties"));
            assertTrue(browser.find(By.cssSelector("#location-table tbody")).getText().contains("1 niet"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRoleReadsTheRegisterAndSeesOnlyWhatItMayUse() {
        String writer = TestAccounts.create("housing-browser-writer", "GM0202", "contributor");
        Api api = Api.as(base, writer);
        Api.Reply created = api.post("api/v1/housing/locations", HousingLocationApiIT.location(
                "Tijdelijke units Schuytgraaf " + UUID.randomUUID().toString().substring(0, 6)).build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        List<String> problems = new ArrayList<>();
        for (String role : ROLES) {
            String account = TestAccounts.create("housing-browser-" + role, "GM0202", role);
            boolean writes = List.of("contributor", "editor", "coordinator").contains(role);
            boolean regional = List.of("coordinator", "steering", "editor").contains(role);
            try (Browser browser = new Browser()) {
                browser.logIn(base, account, TestAccounts.PASSWORD);
                browser.open(base + "housing/index.html");
                browser.waitForReady();
                problems.addAll(problems(browser, role + " register"));
                if (browser.find(By.id("new-location")).isDisplayed() != writes) {
                    problems.add(role + " register: the link to a new location is " + (writes ? "missing" : "shown"));
                }
                String navigation = browser.find(By.id("main-nav")).getText();
                if (navigation.contains("Overzicht locaties") != regional) {
                    problems.add(role + ": navigation to the overview is " + (regional ? "missing" : "shown"));
                }

                browser.open(base + "housing/location.html?id=" + id);
                browser.waitForReady();
                problems.addAll(problems(browser, role + " location"));
                assertTrue(browser.find(By.cssSelector("#norm-table tr[data-norm='BEDROOM_AREA']")).getText()
                        .contains("kamer 3"), role);
                boolean form = browser.find(By.id("location-form")).isDisplayed();
                boolean contributorOfArnhem = role.equals("contributor") || role.equals("editor") || role.equals("coordinator");
                if (form != contributorOfArnhem) {
                    problems.add(role + " location: the form is " + (form ? "shown" : "missing"));
                }
                assertFalse(form && browser.find(By.id("details-section")).isDisplayed(), role);
                browser.screenshot("housing-location-" + role);

                if (regional) {
                    browser.open(base + "housing/overview.html");
                    browser.waitForReady();
                    problems.addAll(problems(browser, role + " overview"));
                    assertEquals("", browser.find(By.id("overview-error")).getText(), role);
                    assertTrue(browser.find(By.id("group-table")).getText().contains("Arnhem"), role);
                    assertTrue(browser.find(By.id("norm-table")).getText().contains("Slaapkamer van minstens 5,5 m² per persoon"));
                    browser.screenshot("housing-overview-" + role);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
