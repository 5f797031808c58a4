package nl.regioan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.dashboard.DashboardFixture;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page as each role sees it, in one deployment: axe-core finds no WCAG 2.1 A/AA violation, the
 * console stays free of errors, no element marked hidden is drawn, no control the role may not use is
 * visible, a Dutch page holds no English sentence, nothing scrolls sideways at 1,280 and at 320 CSS
 * pixels, and the keyboard focus is visible on every stop. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PagesBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    /** A page, the roles that have it in their navigation (none: everyone), and its name in screenshots. */
    record Page(String name, String path, Set<String> roles) {

        boolean openTo(String role) {
            return roles.isEmpty() || roles.contains(role);
        }
    }

    private static final List<String> ROLES = List.of("reader", "contributor", "editor", "data-steward", "steering",
            "coordinator", "expert", "admin");

    private static List<Page> pages(long itemId, long questionId) {
        return List.of(
                new Page("start", "index.html?date=2025-06-30", Set.of()),
                new Page("kb-list", "kb/index.html", Set.of()),
                new Page("kb-expertise", "kb/expertise.html", Set.of()),
                new Page("kb-item", "kb/item.html?id=" + itemId, Set.of()),
                new Page("kb-edit", "kb/edit.html?id=" + itemId, Set.of("contributor", "editor")),
                new Page("search", "search.html?q=huisregels", Set.of()),
                new Page("search-admin", "search-admin.html", Set.of("editor", "admin")),
                new Page("accounts", "admin/accounts.html", Set.of("admin")),
                new Page("monitoring-entry", "monitoring/entry.html?period=2025-Q1", Set.of("data-steward", "steering", "coordinator")),
                new Page("monitoring-coordinator", "monitoring/coordinator.html?period=2025-Q1", Set.of("steering", "coordinator")),
                new Page("monitoring-reference", "monitoring/reference.html?indicator=BANEN", Set.of("coordinator")),
                new Page("dashboard-overview", "dashboard/overview.html?period=2025", Set.of()),
                new Page("dashboard-indicator", "dashboard/indicator.html?code=BANEN&from=2024&to=2025", Set.of()),
                new Page("dashboard-municipality", "dashboard/municipality.html?code=GM0202&period=2025", Set.of()),
                new Page("dashboard-report", "dashboard/report.html?year=2025", Set.of()),
                new Page("question", "questions/question.html?id=" + questionId, Set.of()),
                new Page("question-ask", "questions/ask.html", Set.of()),
                new Page("question-inbox", "questions/inbox.html", Set.of("expert", "coordinator")));
    }

    /** Per role, controls that must not be drawn on a page (selector), because the server would refuse them. */
    private static final Map<String, Map<String, List<String>>> FORBIDDEN = Map.of(
            "reader", Map.of(
                    "kb-list", List.of("#filter-stale-label"),
                    "kb-expertise", List.of("#record-case"),
                    "kb-item", List.of("#edit-link", "#publish", "#retire", "#version-table button"),
                    "question", List.of("[id^='accept-']"),
                    "dashboard-report", List.of("#finalise", "#developments details")),
            "contributor", Map.of(
                    "kb-item", List.of("#publish"),
                    "dashboard-report", List.of("#finalise", "#developments details")),
            "editor", Map.of("search-admin", List.of("#index-section")),
            "data-steward", Map.of(
                    "monitoring-entry", List.of("#reason-field"),
                    "kb-item", List.of("#edit-link", "#retire"),
                    "dashboard-report", List.of("#finalise")),
            "steering", Map.of(
                    "monitoring-entry", List.of("#reason-field", "#save-draft", "#submit-form"),
                    "monitoring-coordinator", List.of("#deadline-form", "[id^='approve-']", "[id^='send-back-']"),
                    "kb-item", List.of("#edit-link", "#retire"),
                    "dashboard-report", List.of("#finalise", "#developments details")),
            "coordinator", Map.of("kb-item", List.of("#edit-link", "#retire")),
            "admin", Map.of(
                    "search-admin", List.of("#synonym-section"),
                    "kb-item", List.of("#edit-link", "#retire"),
                    "dashboard-report", List.of("#finalise")));

    /** Per role, controls it needs and must see. */
    private static final Map<String, Map<String, List<String>>> REQUIRED = Map.of(
            "contributor", Map.of("kb-item", List.of("#edit-link", "#retire"), "kb-expertise", List.of("#record-case"),
                    "kb-list", List.of("#filter-stale-label")),
            "editor", Map.of("search-admin", List.of("#synonym-section"), "kb-item", List.of("#edit-link")),
            "data-steward", Map.of("monitoring-entry", List.of("#save-draft", "#submit-form")),
            "coordinator", Map.of("monitoring-entry", List.of("#reason-field", "#save-draft"),
                    "question-inbox", List.of("#inbox-table"),
                    "monitoring-coordinator", List.of("#deadline-form"), "dashboard-report", List.of("#finalise")),
            "admin", Map.of("search-admin", List.of("#index-section")));

    /** Words that occur in English sentences and not in Dutch ones (lower case: NOT and OR are search operators). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|please|could|wrong|needs|choose|already|taken|there|this|with|your|you|must|not|found|should"
                    + "|cannot|missing|give|have|for|was|were|which|report)\\b");

    /** The page's own text: hidden parts, the other language's switch and what people typed stay out. */
    private static final String PAGE_TEXT = """
            const clone = document.body.cloneNode(true);
            clone.querySelectorAll('[hidden], script, style, [lang]:not([lang="nl"]), #audit-table, #synonym-table,'
              + ' #item-body, #item-summary, #search-hits, .developments-text, #history-table, #diff, textarea,'
              + ' #question-title, #question-body, .answer-body, #inbox-table tbody')
              .forEach((e) => e.remove());
            clone.querySelectorAll('input').forEach((e) => e.remove());
            return clone.textContent;""";

    /** Elements that carry the hidden attribute but are drawn all the same (a display rule overriding it). */
    private static final String DRAWN_WHILE_HIDDEN = """
            return [...document.querySelectorAll('[hidden]')]
              .filter((e) => getComputedStyle(e).display !== 'none')
              .map((e) => e.id || e.className || e.tagName);""";

    /** The innermost elements that stick out to the right of the window, to say what makes a page scroll sideways. */
    private static final String WIDEST = """
            const limit = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > limit + 1
              && ![...e.children].some((c) => c.getBoundingClientRect().right > limit + 1));
            return out.slice(0, 5).map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""";

    private long publishedItem() {
        String writer = TestAccounts.create("pages-contributor", "GM0202", "contributor");
        Api api = Api.as(base, writer);
        Api.Reply created = api.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", "BEST_PRACTICE")
                .add("title", "Huisregels voor logiesgebouwen " + UUID.randomUUID().toString().substring(0, 6))
                .add("summary", "Afspraken over rust en afval").add("body", "Eerste versie.").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("2")).add("blocks", Json.createArrayBuilder().add("2.1"))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/kb/items/" + id + "/publish", null).status());
        return id;
    }

    /** A regional question with one answer, so the page shows the answer with its vote and accept buttons. */
    private long answeredQuestion() {
        Api asker = Api.as(base, TestAccounts.create("pages-asker", "GM0202", "reader"));
        Api.Reply asked = asker.post("api/v1/questions", Json.createObjectBuilder()
                .add("title", "Vergunning voor een logiesgebouw " + UUID.randomUUID().toString().substring(0, 6))
                .add("body", "Hoe regelen jullie dit?").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("1")).build().toString());
        assertEquals(201, asked.status(), asked::toString);
        long id = asked.object().getJsonNumber("id").longValue();
        Api answerer = Api.as(base, TestAccounts.create("pages-answerer", "GM0268", "reader"));
        Api.Reply answered = answerer.post("api/v1/questions/" + id + "/answers",
                Json.createObjectBuilder().add("body", "Met een tijdelijke omgevingsvergunning.").build().toString());
        assertEquals(201, answered.status(), answered::toString);
        return id;
    }

    private static String account(String role) {
        String municipality = switch (role) {
            case "reader", "contributor", "data-steward" -> "GM0202";
            default -> null;
        };
        return TestAccounts.create("pages-" + role, municipality, role);
    }

    /** Everything every page must be; returns the problems found (empty: fine). */
    private List<String> check(Browser browser, String state) {
        List<String> problems = new ArrayList<>();
        browser.accessibilityViolations().forEach(v -> problems.add(state + ": axe " + v));
        browser.consoleErrors().forEach(e -> problems.add(state + ": console " + e));
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) browser.script(DRAWN_WHILE_HIDDEN);
        drawn.forEach(e -> problems.add(state + ": hidden but drawn: " + e));
        if ("nl".equals(browser.script("return document.documentElement.lang"))) {
            String text = (String) browser.script(PAGE_TEXT);
            Matcher english = ENGLISH.matcher(text);
            while (english.find()) {
                int from = Math.max(0, english.start() - 40);
                problems.add(state + ": English on a Dutch page: …" + text.substring(from,
                        Math.min(text.length(), english.end() + 40)).replaceAll("\\s+", " ") + "…");
            }
        }
        Map<String, Long> widths = browser.widths();
        if (widths.get("scrollWidth") > widths.get("clientWidth")) {
            problems.add(state + ": scrolls sideways, " + widths + ", widest: " + browser.script(WIDEST));
        }
        return problems;
    }

    private static boolean displayed(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void everyPageForEveryRoleIsAccessibleDutchAndShowsOnlyWhatTheRoleMayDo() {
        DashboardFixture.load();
        List<Page> pages = pages(publishedItem(), answeredQuestion());
        List<String> problems = new ArrayList<>();
        for (String role : ROLES) {
            try (Browser browser = new Browser()) {
                browser.logIn(base, account(role), TestAccounts.PASSWORD);
                List<String> navigation = browser.driver().findElements(By.cssSelector("#main-nav a")).stream()
                        .map(a -> a.getAttribute("href")).toList();
                for (Page page : pages) {
                    String pagePath = page.path().replaceAll("\\?.*", "");
                    boolean inNavigation = navigation.stream().anyMatch(href -> href.endsWith(pagePath));
                    if (!page.openTo(role)) {
                        if (inNavigation && !page.name().equals("kb-edit")) {
                            problems.add(role + ": navigation offers " + pagePath);
                        }
                        continue;
                    }
                    browser.open(base + page.path());
                    browser.waitForReady();
                    String state = role + " " + page.name();
                    problems.addAll(check(browser, state));
                    for (String selector : FORBIDDEN.getOrDefault(role, Map.of()).getOrDefault(page.name(), List.of())) {
                        if (displayed(browser, selector)) {
                            problems.add(state + ": shows " + selector + ", which the role may not use");
                        }
                    }
                    for (String selector : REQUIRED.getOrDefault(role, Map.of()).getOrDefault(page.name(), List.of())) {
                        if (!displayed(browser, selector)) {
                            problems.add(state + ": misses " + selector);
                        }
                    }
                    browser.screenshot("pages-" + role + "-" + page.name());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The checks themselves find what they look for: an image without a text and an English sentence. */
    @Test
    void theChecksFindABrokenPage() {
        try (Browser browser = new Browser()) {
            browser.open(base + "login.html");
            browser.waitForReady();
            assertEquals(List.of(), check(browser, "login"));
            browser.script("const img = document.createElement('img'); img.src = 'favicon.svg'; document.querySelector('main').append(img);"
                    + "const p = document.createElement('p'); p.textContent = 'Please choose a password.'; document.querySelector('main').append(p);"
                    + "document.querySelector('main').style.minWidth = '2000px';");
            String problems = String.join("\n", check(browser, "broken login"));
            assertTrue(problems.contains("axe image-alt"), problems);
            assertTrue(problems.contains("English on a Dutch page"), problems);
            assertTrue(problems.contains("scrolls sideways"), problems);
        }
    }

    @Test
    void everyPageReflowsAt320PixelsAndTheEditorAndReportFit1280() {
        DashboardFixture.load();
        List<Page> pages = pages(publishedItem(), answeredQuestion());
        Map<String, String> widths = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        // The editor and the administrator between them open every page.
        for (String role : List.of("editor", "coordinator", "admin")) {
            try (Browser browser = new Browser()) {
                browser.logIn(base, account(role), TestAccounts.PASSWORD);
                for (Page page : pages) {
                    if (!page.openTo(role) || widths.containsKey(page.name())) {
                        continue;
                    }
                    browser.resize(1280, 1024);
                    browser.open(base + page.path());
                    browser.waitForReady();
                    Map<String, Long> wide = browser.widths();
                    browser.resize(320, 800);
                    browser.waitUntil(d -> browser.widths().get("clientWidth") <= 320);
                    problems.addAll(check(browser, role + " " + page.name() + " at 320 px"));
                    Map<String, Long> narrow = browser.widths();
                    if (narrow.get("scrollWidth") > narrow.get("clientWidth")) {
                        problems.add(page.name() + " scrolls sideways at 320 px: " + narrow + ", widest: " + browser.script(WIDEST));
                    }
                    widths.put(page.name(), "1280: " + wide.get("scrollWidth") + "/" + wide.get("clientWidth")
                            + ", 320: " + narrow.get("scrollWidth") + "/" + narrow.get("clientWidth"));
                    if (wide.get("scrollWidth") > wide.get("clientWidth")) {
                        problems.add(page.name() + " is wider than 1280 px: " + wide);
                    }
                    browser.screenshot("pages-320-" + page.name());
                }
            }
        }
        try (Browser browser = new Browser()) {
            browser.resize(320, 800);
            browser.open(base + "login.html");
            browser.waitForReady();
            problems.addAll(check(browser, "login at 320 px"));
            widths.put("login", "320: " + browser.widths());
            browser.screenshot("pages-320-login");
        }
        // Scroll width / client width per page, for the closing note.
        widths.forEach((page, figures) -> System.out.println("page width " + page + ": " + figures));
        assertEquals(pages.size() + 1, widths.size(), "every page was measured: " + widths.keySet());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The contrast of the focus ring against what is behind it, and its width; null when nothing shows focus. */
    private static final String FOCUS_RING = """
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = (c) => { const [r, g, b] = rgb(c).map((v) => v / 255)
              .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            let bg = 'rgb(255, 255, 255)';
            for (let n = e.parentElement; n; n = n.parentElement) {
              const c = getComputedStyle(n).backgroundColor;
              if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') { bg = c; break; }
            }
            if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return null;
            const [a, b] = [lum(s.outlineColor), lum(bg)].sort((x, y) => y - x);
            return { id: e.id || e.className || e.tagName, contrast: (a + 0.05) / (b + 0.05), width: parseFloat(s.outlineWidth) };""";

    /** Tabs forward until {@code stop} matches the focused element (or gives up), checking the ring at every stop. */
    private static List<String> tabUntil(Browser browser, String stopSelector, int limit, List<String> problems) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            @SuppressWarnings("unchecked")
            Map<String, Object> ring = (Map<String, Object>) browser.script(FOCUS_RING);
            String here = String.valueOf(browser.script("const e = document.activeElement; return e.id || e.className || e.tagName;"));
            stops.add(here);
            if (ring == null) {
                problems.add("no visible focus on " + here);
            } else if (((Number) ring.get("contrast")).doubleValue() < 3) {
                problems.add("focus ring on " + here + " has a contrast of " + ring.get("contrast"));
            }
            if ((Boolean) browser.script("return document.activeElement.matches(arguments[0])", stopSelector)) {
                return stops;
            }
        }
        problems.add("did not reach " + stopSelector + " in " + limit + " stops: " + stops);
        return stops;
    }

    @Test
    void theKeyboardReachesLoginSearchAndEntryWithAVisibleFocusOnEveryStop() {
        List<String> problems = new ArrayList<>();
        String steward = account("data-steward");
        try (Browser browser = new Browser()) {
            browser.open(base + "login.html");
            browser.waitForReady();
            List<String> login = tabUntil(browser, "#login-submit", 8, problems);
            assertEquals("skip-link", login.get(0), "the first stop is the skip link: " + login);
            assertFalse(login.contains("password-form") || login.contains("new-password"), "the hidden form is not reached");
            browser.screenshot("keyboard-login");
            browser.find(By.id("username")).sendKeys(steward);
            browser.find(By.id("password")).sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
            browser.waitUntil(d -> !d.getCurrentUrl().contains("login.html"));

            browser.open(base + "search.html");
            browser.waitForReady();
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertEquals("skip-link", browser.script("return document.activeElement.className"));
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitUntil(d -> "main".equals(browser.script("return document.activeElement.id")));
            List<String> search = tabUntil(browser, "#search-q", 3, problems);
            assertEquals(List.of("search-q"), search, "past the skip link the search box is the next stop");
            browser.driver().switchTo().activeElement().sendKeys("huisvesting", Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("q=huisvesting"));
            tabUntil(browser, "#search-form button[type=submit]", 3, problems);
            browser.screenshot("keyboard-search");

            browser.open(base + "monitoring/entry.html?period=2025-Q1");
            browser.waitForReady();
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            tabUntil(browser, "#save-draft", 80, problems);
            browser.screenshot("keyboard-entry");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theLanguageChosenWithTheSwitchFollowsTheAccountToAnotherBrowser() {
        String reader = TestAccounts.create("pages-language", "GM0268", "reader");
        try (Browser browser = new Browser()) {
            browser.logIn(base, reader, TestAccounts.PASSWORD);
            browser.open(base + "kb/index.html");
            browser.waitForReady();
            browser.find(By.id("language-switch")).click();
            browser.waitUntil(d -> "en".equals(browser.script("return document.documentElement.lang")));
            browser.waitForReady();
            assertEquals("Knowledge base", browser.find(By.tagName("h1")).getText());
            assertEquals(List.of(), check(browser, "kb list in English"));
        }
        try (Browser other = new Browser()) {
            other.logIn(base, reader, TestAccounts.PASSWORD);
            other.open(base + "kb/index.html");
            other.waitUntil(d -> "en".equals(other.script("return document.documentElement.lang")));
            other.waitForReady();
            assertEquals("Knowledge base", other.find(By.tagName("h1")).getText(), "the account remembers English");
            other.find(By.id("language-switch")).click();
            other.waitUntil(d -> "nl".equals(other.script("return document.documentElement.lang")));
            other.waitForReady();
            assertEquals("Kennisbank", other.find(By.tagName("h1")).getText());
        }
    }

    @Test
    void theExpertisePointHasItsOwnEntryAndAHelpfulEmptyState() {
        String writer = account("contributor");
        try (Browser browser = new Browser()) {
            browser.logIn(base, writer, TestAccounts.PASSWORD);
            browser.open(base + "kb/expertise.html");
            browser.waitForReady();
            new Select(browser.find(By.id("filter-participant"))).selectByValue("HOUSING_PROVIDERS");
            new Select(browser.find(By.id("filter-outcome"))).selectByValue("PENDING");
            new Select(browser.find(By.id("filter-method"))).selectByValue("NEWSLETTER");
            browser.waitUntil(d -> d.findElement(By.id("case-empty")).isDisplayed());
            assertFalse(browser.find(By.id("case-table")).isDisplayed(), "no bare empty table");
            assertTrue(browser.find(By.id("case-empty")).getText().contains("Casus vastleggen"), browser.find(By.id("case-empty")).getText());
            assertTrue(browser.find(By.id("expertise-count")).getText().matches("0 casussen"), browser.find(By.id("expertise-count")).getText());
            assertTrue(check(browser, "expertise empty").isEmpty(), () -> String.join("\n", check(browser, "expertise empty")));
            browser.screenshot("kb-expertise-empty");

            browser.find(By.cssSelector("#record-case a")).click();
            browser.waitForReady();
            assertEquals("PARTICIPATION_CASE", new Select(browser.find(By.id("kind"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.find(By.id("participation")).isDisplayed(), "the case's own fields are open");
            assertEquals("Nieuwe participatiecasus", browser.find(By.id("edit-heading")).getText());

            // A refused save puts the server's texts beside the fields they name.
            browser.find(By.id("save")).click();
            browser.waitUntil(d -> d.findElement(By.id("edit-error")).isDisplayed());
            assertFalse(browser.driver().findElements(By.cssSelector("#item-form .field-error")).isEmpty(),
                    "field errors next to their fields");
            assertEquals("true", browser.find(By.id("title")).getAttribute("aria-invalid"));
            browser.screenshot("kb-edit-refused");
        }
    }

    @Test
    void aStewardOpeningAnotherMunicipalitySeesWhyAndTheReportPrintsEveryColumn() {
        DashboardFixture.load();
        try (Browser browser = new Browser()) {
            browser.logIn(base, account("data-steward"), TestAccounts.PASSWORD);
            browser.open(base + "monitoring/entry.html?area=GM0268&period=2025-Q1");
            browser.waitForReady();
            String message = browser.find(By.id("form-error")).getText();
            assertTrue(message.contains("Arnhem") && message.contains("GM0268"), message);
            assertFalse(message.contains("404"), message);
            assertEquals("Arnhem", browser.find(By.cssSelector("#area option:checked")).getText());
            assertFalse(browser.find(By.id("reason-field")).isDisplayed(), "the reason is the coordinator's");
            String previous = browser.find(By.cssSelector("#row-REG_RNI td:nth-child(3)")).getText();
            assertFalse(previous.contains("– ·") || previous.endsWith(": –"), "no row of dashes: " + previous);
            browser.screenshot("monitoring-entry-other-municipality");

            browser.open(base + "dashboard/indicator.html?code=VESTIGINGEN&from=2020&to=2021");
            browser.waitForReady();
            assertFalse(browser.find(By.id("trend-chart")).isDisplayed(), "no bare axes");
            assertEquals("Nog geen cijfers voor deze periode.", browser.find(By.cssSelector("#trend-chart + .no-data")).getText());
            assertEquals(List.of(), check(browser, "indicator without figures"));

            browser.open(base + "dashboard/report.html?year=2025");
            browser.waitForReady();
            long indicators = (Long) browser.script("return document.querySelectorAll('#municipality-table thead th').length - 1;");
            assertTrue(indicators > 0);
            String headers = browser.find(By.cssSelector("#municipality-table thead")).getText();
            assertFalse(headers.contains("BANEN"), "names, not codes: " + headers);
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            long printed = (Long) browser.script("return [...document.querySelectorAll('#municipality-print table')]"
                    + ".reduce((n, t) => n + t.querySelectorAll('thead th').length - 1, 0);");
            assertEquals(indicators, printed, "every indicator column is printed");
            @SuppressWarnings("unchecked")
            List<Object> cut = (List<Object>) browser.script("return [...document.querySelectorAll('#municipality-print table')]"
                    + ".filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((t) => t.caption.textContent);");
            assertEquals(List.of(), cut, "no printed part runs off the page");
            browser.screenshot("dashboard-report-print-parts");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theCoordinatorSetsABaselineATargetAndANewDefinitionWithItsFootnote() {
        String footnote = "Vanaf 2031 telt ook zelfstandig wonen mee " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.logIn(base, account("coordinator"), TestAccounts.PASSWORD);
            browser.open(base + "monitoring/reference.html?indicator=GEZONDHEID");
            browser.waitForReady();
            new Select(browser.find(By.id("baseline-area"))).selectByValue("GM0202");
            browser.find(By.id("baseline-value")).sendKeys("7,5");
            browser.find(By.id("baseline-period")).sendKeys("2024");
            browser.find(By.id("baseline-save")).click();
            browser.waitUntil(d -> d.findElement(By.id("baseline-table")).getText().contains("Arnhem"));
            assertTrue(browser.find(By.id("baseline-table")).getText().contains("7,5"), browser.find(By.id("baseline-table")).getText());

            new Select(browser.find(By.id("target-area"))).selectByValue("GM0202");
            browser.find(By.id("target-year")).sendKeys("2030");
            browser.find(By.id("target-value")).sendKeys("8");
            browser.find(By.id("target-save")).click();
            browser.waitUntil(d -> d.findElement(By.id("target-table")).getText().contains("minstens 8"));

            browser.find(By.id("definition-from")).sendKeys("2031");
            browser.find(By.id("definition-text")).sendKeys("Gemiddeld rapportcijfer voor de eigen gezondheid.");
            browser.find(By.id("definition-footnote")).sendKeys(footnote);
            browser.find(By.id("definition-save")).click();
            browser.waitUntil(d -> d.findElement(By.id("definition-table")).getText().contains(footnote));
            assertTrue(check(browser, "reference saved").isEmpty(), () -> String.join("\n", check(browser, "reference saved")));

            // A refused value: the server's text, next to the field.
            browser.find(By.id("baseline-value")).clear();
            browser.find(By.id("baseline-value")).sendKeys("twaalf");
            browser.find(By.id("baseline-save")).click();
            browser.waitUntil(d -> d.findElement(By.id("reference-error")).isDisplayed());
            assertNotEquals("", browser.find(By.id("reference-error")).getText());
            browser.screenshot("monitoring-reference");
        }
    }
}
