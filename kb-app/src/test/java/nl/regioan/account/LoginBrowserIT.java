package nl.regioan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.By;

/** A civil servant logs in (first with a wrong password), sees the start page, and logs out. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void wrongPasswordThenRightPasswordThenLogout() {
        String username = TestAccounts.create("browser-login", "GM0225", "reader");
        try (Browser browser = new Browser()) {
            browser.open(base + "index.html?date=2025-06-30");
            browser.waitUntil(d -> d.getCurrentUrl().contains("login.html?next="));

            browser.find(By.id("username")).sendKeys(username);
            browser.find(By.id("password")).sendKeys("verkeerd-wachtwoord");
            browser.find(By.id("login-submit")).click();
            String error = browser.waitUntil(d -> {
                String text = d.findElement(By.id("login-error")).getText();
                return text.isBlank() ? null : text;
            });
            assertEquals("Verkeerde gebruikersnaam of wachtwoord.", error); // the page is Dutch, so is the server's answer
            browser.screenshot("login-wrong-password");

            browser.find(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            browser.find(By.id("login-submit")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("index.html?date=2025-06-30"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#municipality-table tbody tr")).size() == 17);
            assertTrue(browser.find(By.id("session-user")).getText().contains("Test browser-login"));
            browser.screenshot("start-page-logged-in");

            browser.find(By.id("logout")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("login.html"));
            browser.open(base + "index.html");
            browser.waitUntil(d -> d.getCurrentUrl().contains("login.html?next="));
        }
    }
}
