package nl.regioan.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.regioan.testsupport.Browser;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The administrator creates an account on the accounts page and sees it, its one-time password, the role review and the audit log. */
@ExtendWith(ArquillianExtension.class)
class AccountAdminBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesAnAccount() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, "admin", TestDatabaseSession.ADMIN_PASSWORD);
            browser.open(base + "admin/accounts.html");
            browser.waitForReady();

            browser.find(By.id("new-username")).sendKeys("ui-steward-wijchen");
            browser.find(By.id("new-display-name")).sendKeys("Data Steward Wijchen");
            new Select(browser.find(By.id("new-municipality"))).selectByVisibleText("Wijchen");
            browser.find(By.cssSelector("#new-roles input[value='data-steward']")).click();
            browser.find(By.id("create-account")).click();

            String message = browser.waitUntil(d -> {
                String text = d.findElement(By.id("accounts-message")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(message.contains("ui-steward-wijchen"), message);
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#account-table tr[data-username='ui-steward-wijchen']")).isEmpty());
            String row = browser.find(By.cssSelector("#account-table tr[data-username='ui-steward-wijchen']")).getText();
            assertTrue(row.contains("Wijchen") && row.contains("Gegevensbeheerder"), "role names, not codes: " + row);
            browser.waitUntil(d -> d.findElement(By.id("role-review")).getText().contains("ui-steward-wijchen (Wijchen)"));
            browser.waitUntil(d -> d.findElement(By.id("audit-table")).getText().contains("account.create"));
            browser.screenshot("admin-accounts");
        }
    }

    @Test
    void aReaderCannotUseTheAccountsPage() {
        try (Browser browser = new Browser()) {
            browser.logIn(base, nl.regioan.testsupport.TestAccounts.create("ui-plain-reader", "GM0202", "reader"),
                    nl.regioan.testsupport.TestAccounts.PASSWORD);
            browser.open(base + "index.html");
            browser.waitForReady();
            assertTrue(browser.driver().findElements(By.cssSelector("#main-nav a[href$='admin/accounts.html']")).isEmpty(),
                    "no link to the accounts page for a reader");
        }
    }
}
