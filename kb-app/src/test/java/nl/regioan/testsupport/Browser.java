package nl.regioan.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. The binary and driver are named explicitly so
 * Selenium Manager never tries the network; the flags keep Chromium off the closed network.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;

    public Browser() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("kb.test.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=nl-NL",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("kb.test.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            this.driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs JavaScript in the page, for what a person does with a native widget (a date picker). */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Opens the page. Arquillian's deployment URL sometimes lacks the slash after host:port (it depends on
     * which of the WAR's servlets it reports first), so "base + path" is mended here.
     */
    public void open(String url) {
        driver.get(url.replaceFirst("^(https?://[^/]+:\\d+)([^/\\d])", "$1/$2"));
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElement(by));
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(RuntimeException.class).until(condition);
    }

    /** Logs in through the login page, as a person would, and waits for the start page. */
    public void logIn(java.net.URL base, String username, String password) {
        open(base + "login.html");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("login-submit")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("login.html"));
    }

    /** Saves what the page shows under target/screenshots for a person to review. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
