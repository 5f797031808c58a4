package nl.regioan.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL); // console errors fail the page checks
            options.setCapability("goog:loggingPrefs", logs);
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

    public void open(String url) {
        driver.get(url);
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

    /** Waits until the page script says it has drawn what it loaded ({@code <body data-ready="true">}). */
    public void waitForReady() {
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** The same wait with a longer limit, for benchmarks on big data sets (a slow page gives a figure, not a time-out). */
    public void waitForReady(Duration limit) {
        new WebDriverWait(driver, limit).ignoring(RuntimeException.class)
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** The window's size in CSS pixels, e.g. 320 wide for the reflow check (WCAG 1.4.10). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The WCAG 2.1 A and AA rules axe-core checks on every page in every state the tests visit. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core's violations of the page as it is now, one line per rule with the elements it found. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String where = rule.getNodes().stream().limit(5).map(CheckedNode::getTarget).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            violations.add(rule.getId() + " (" + rule.getHelp() + "): " + where);
        }
        return violations;
    }

    /** Console messages of level SEVERE since the last call (failed requests, script errors). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** How wide the page is against the window: more than the window means sideways scrolling. */
    public Map<String, Long> widths() {
        @SuppressWarnings("unchecked")
        Map<String, Long> widths = (Map<String, Long>) script(
                "return {scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth};");
        return widths;
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
