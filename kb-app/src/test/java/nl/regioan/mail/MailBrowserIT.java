package nl.regioan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The e-mail settings page in Dutch and in English (refusal beside its field, saving, axe-core), and
 * the unsubscribe page of a mail opened without a login.
 */
@ExtendWith(ArquillianExtension.class)
class MailBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPersonSetsTheirMailSettingsInDutchAndIsToldWhatIsWrong() {
        String username = TestAccounts.create("mail-browser-nl", "GM0202", "reader");
        try (Browser browser = new Browser()) {
            browser.logIn(base, username, TestAccounts.PASSWORD);
            browser.open(base + "mail.html");
            browser.waitForReady();
            assertEquals("E-mailinstellingen", browser.find(By.tagName("h1")).getText());
            assertEquals("Een gemeente heeft haar cijfers ingediend",
                    browser.find(By.cssSelector("label[for=mail-kind-FORM_SUBMITTED]")).getText());
            assertTrue(browser.find(By.cssSelector("nav#main-nav a[aria-current=page]")).getText().contains("E-mailinstellingen"));
            assertEquals(List.of(), browser.accessibilityViolations());

            browser.find(By.id("mail-address")).sendKeys("zonder-apenstaartje.nl");
            browser.find(By.id("mail-save")).click();
            String problem = browser.waitUntil(d -> {
                List<org.openqa.selenium.WebElement> errors = d.findElements(By.cssSelector(".field-error"));
                return errors.isEmpty() ? null : errors.get(0).getText();
            });
            assertTrue(problem.startsWith("één e-mailadres zoals naam@gemeente.nl"), problem);
            assertEquals("true", browser.find(By.id("mail-address")).getAttribute("aria-invalid"));
            browser.screenshot("mail-settings-refused");
            assertEquals(List.of(), browser.accessibilityViolations());

            browser.find(By.id("mail-address")).clear();
            browser.find(By.id("mail-address")).sendKeys("lezer@arnhem.nl");
            new Select(browser.find(By.id("mail-digest"))).selectByValue("WEEKLY");
            browser.find(By.id("mail-kind-FORM_SUBMITTED")).click();
            browser.find(By.id("mail-save")).click();
            browser.waitUntil(d -> d.findElement(By.id("mail-saved")).isDisplayed());
            assertEquals("Uw e-mailinstellingen zijn opgeslagen.", browser.find(By.id("mail-saved")).getText());
        }
        JsonObject stored = Api.as(base, username).get("api/v1/mail/preferences").object();
        assertEquals("lezer@arnhem.nl", stored.getString("address"));
        assertEquals("WEEKLY", stored.getString("digest"));
        assertFalse(stored.getJsonObject("kinds").getBoolean("FORM_SUBMITTED"));
        assertTrue(stored.getJsonObject("kinds").getBoolean("DEADLINE_REMINDER"));
    }

    @Test
    void thePageSpeaksEnglishToWhoChoseIt() {
        String username = TestAccounts.create("mail-browser-en", "GM0268", "data-steward");
        assertEquals(200, Api.as(base, username).put("api/v1/auth/me/language", "{\"language\": \"en\"}", null).status());
        try (Browser browser = new Browser()) {
            browser.logIn(base, username, TestAccounts.PASSWORD);
            browser.open(base + "mail.html");
            browser.waitUntil(d -> "E-mail settings".equals(d.findElement(By.tagName("h1")).getText()));
            browser.waitForReady();
            assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
            assertEquals("Every week", new Select(browser.find(By.id("mail-digest"))).getOptions().get(2).getText());
            assertEquals("Reminder of the monitoring deadline",
                    browser.find(By.cssSelector("label[for=mail-kind-DEADLINE_REMINDER]")).getText());
            assertEquals(List.of(), browser.accessibilityViolations());
            browser.screenshot("mail-settings-english");
        }
    }

    @Test
    void theUnsubscribeLinkOfAMailWorksWithoutALogin() throws Exception {
        String username = TestAccounts.create("mail-browser-unsub", "GM0202", "data-steward");
        Api api = Api.as(base, username);
        assertEquals(200, api.put("api/v1/mail/preferences", "{\"address\": \"steward@arnhem.nl\"}", null).status());
        String token = "B".repeat(40) + "unb";
        try (Connection db = TestAccounts.connect();
             PreparedStatement mail = db.prepareStatement("INSERT INTO mail_outbox (account_id, kind, recipient, language, subject,"
                     + " body_text, body_html, unsubscribe_token, status) SELECT id, 'DEADLINE_REMINDER', 'steward@arnhem.nl', 'nl',"
                     + " 'Herinnering', 'tekst', '<p>tekst</p>', ?, 'SENT' FROM account WHERE username = ?")) {
            mail.setString(1, token);
            mail.setString(2, username);
            assertEquals(1, mail.executeUpdate());
        }
        try (Browser browser = new Browser()) {
            browser.open(base + "unsubscribe.html?token=" + token);
            browser.waitForReady();
            assertTrue(browser.driver().getCurrentUrl().contains("unsubscribe.html"), "no login needed");
            assertEquals("Afmelden voor e-mail", browser.find(By.tagName("h1")).getText());
            assertEquals(List.of(), browser.accessibilityViolations());
            browser.find(By.id("unsubscribe-button")).click();
            browser.waitUntil(d -> d.findElement(By.id("unsubscribe-done")).isDisplayed());
            assertEquals("U bent afgemeld voor herinneringen voor de inleverdatum van de monitor.",
                    browser.find(By.id("unsubscribe-done")).getText());
            assertEquals(List.of(), browser.accessibilityViolations());
            browser.screenshot("mail-unsubscribed");
        }
        assertFalse(api.get("api/v1/mail/preferences").object().getJsonObject("kinds").getBoolean("DEADLINE_REMINDER"));
    }
}
