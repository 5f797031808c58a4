package nl.regioan.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The question pages in headless Chromium, as the people who use them see them: a reader of Arnhem asks
 * (and is offered a matching item while typing the title), a colleague of Nijmegen answers, the
 * expertise team votes the answer useful, the asker accepts it; a question for Arnhem only is "not
 * found" to Nijmegen; the coordinator assigns a question in the inbox. Every state is checked with
 * axe-core (WCAG 2.1 AA) and for console errors.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    /** Six random letters: a word no other test writes, so search results are this test's own. */
    private static String letters() {
        Random random = new Random();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /**
     * axe-core's violations and the console's errors; in a state where the page asked for a refusal
     * (named "refused ..."), Chromium logs that request as failed, which is expected.
     */
    private static List<String> problems(Browser browser, String state) {
        List<String> problems = new ArrayList<>();
        browser.accessibilityViolations().forEach(v -> problems.add(state + ": axe " + v));
        browser.consoleErrors().stream()
                .filter(e -> !(state.startsWith("refused") && e.matches(".*status of 40[04].*")))
                .forEach(e -> problems.add(state + ": console " + e));
        return problems;
    }

    private long publishedItem(String word) {
        Api writer = Api.as(base, TestAccounts.create("qa-browser-writer", "GM0268", "contributor"));
        Api.Reply created = writer.post("api/v1/kb/items", Json.createObjectBuilder().add("kind", "BEST_PRACTICE")
                .add("title", "Vergunning logiesgebouw " + word).add("summary", "Hoe wij " + word + " regelen")
                .add("body", "Zo doen wij het.").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("1")).add("blocks", Json.createArrayBuilder().add("1.1"))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        Api.Reply published = writer.post("api/v1/kb/items/" + id + "/publish", null);
        assertEquals(200, published.status(), published::toString);
        return id;
    }

    private static String text(Browser browser, String id) {
        return browser.find(By.id(id)).getText();
    }

    private static WebElement answerOf(Browser browser) {
        return browser.find(By.cssSelector("#answer-list li.answer"));
    }

    @Test
    void aReaderAsksAColleagueAnswersTheAnswerIsVotedAndAccepted() {
        String word = letters();
        long itemId = publishedItem(word);
        String asker = TestAccounts.create("qa-browser-asker", "GM0202", "reader");
        String colleague = TestAccounts.create("qa-browser-nijmegen", "GM0268", "reader");
        String expert = TestAccounts.create("qa-browser-expert", null, "expert");
        List<String> problems = new ArrayList<>();
        String questionUrl;

        try (Browser browser = new Browser()) {
            browser.logIn(base, asker, TestAccounts.PASSWORD);
            browser.open(base + "questions/ask.html");
            browser.waitForReady();
            assertEquals("Een vraag stellen", browser.find(By.cssSelector("main h1")).getText());
            assertEquals("Vraag stellen", browser.find(By.cssSelector("#main-nav a[aria-current='page']")).getText());
            problems.addAll(problems(browser, "reader ask"));

            // Asking nothing: the server's texts next to the fields, nothing stored.
            browser.find(By.id("ask-submit")).click();
            browser.waitUntil(d -> d.findElement(By.id("ask-error")).isDisplayed());
            assertEquals("Controleer de gemarkeerde velden.", text(browser, "ask-error"));
            assertEquals("true", browser.find(By.id("title")).getAttribute("aria-invalid"));
            assertTrue(browser.find(By.cssSelector("fieldset[data-field='themes'] .field-error")).isDisplayed(),
                    "the themes say what is missing");
            problems.addAll(problems(browser, "refused reader ask empty"));

            // While typing, the matching item is offered as a link.
            browser.find(By.id("title")).sendKeys("Hoe regelen jullie " + word + " bij een logiesgebouw?");
            WebElement suggestion = browser.find(By.cssSelector("#suggestion-list a[href*='kb/item.html?id=" + itemId + "']"));
            assertEquals("Vergunning logiesgebouw " + word, suggestion.getText());
            assertTrue(browser.find(By.id("suggestions")).isDisplayed());
            problems.addAll(problems(browser, "reader ask suggestions"));

            browser.find(By.id("body")).sendKeys("We willen een **tijdelijke vergunning** verlenen.");
            new Select(browser.find(By.id("visibility"))).selectByValue("REGION");
            browser.find(By.cssSelector("label[for='theme-1']")).click();
            browser.find(By.id("ask-submit")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("questions/question.html?id="));
            browser.waitForReady();
            questionUrl = browser.driver().getCurrentUrl();
            assertEquals("Hoe regelen jullie " + word + " bij een logiesgebouw?", text(browser, "question-title"));
            assertEquals("tijdelijke vergunning", browser.find(By.cssSelector("#question-body strong")).getText(),
                    "the Markdown is rendered");
            assertEquals("Open", text(browser, "question-status"));
            String meta = text(browser, "question-meta");
            assertTrue(meta.contains("Arnhem") && meta.contains("Test qa-browser-asker") && meta.contains("vandaag"), meta);
            assertEquals("Nog geen antwoorden.", text(browser, "answer-count"));
            problems.addAll(problems(browser, "reader question asked"));
        }
        String questionId = questionUrl.replaceAll(".*id=", "");

        try (Browser browser = new Browser()) {
            browser.logIn(base, colleague, TestAccounts.PASSWORD);
            browser.open(questionUrl);
            browser.waitForReady();
            assertTrue(browser.find(By.id("answer-form")).isDisplayed(), "a colleague of another municipality answers");
            browser.find(By.id("answer-submit")).click();
            browser.waitUntil(d -> d.findElement(By.id("answer-error")).isDisplayed());
            assertEquals("true", browser.find(By.id("answer-body")).getAttribute("aria-invalid"));
            assertFalse(browser.find(By.cssSelector("#answer-form .field-error")).getText().isBlank());
            problems.addAll(problems(browser, "refused reader answer empty"));

            browser.find(By.id("answer-body")).sendKeys("Wij werken met een *omgevingsvergunning* voor vijf jaar.");
            browser.find(By.id("answer-submit")).click();
            browser.waitUntil(d -> d.findElement(By.id("answer-count")).getText().equals("1 antwoord"));
            WebElement answer = answerOf(browser);
            assertEquals("omgevingsvergunning", answer.findElement(By.cssSelector(".answer-body em")).getText());
            assertTrue(answer.getText().contains("Test qa-browser-nijmegen (Nijmegen)"), answer.getText());
            assertTrue(answer.getText().contains("0 keer nuttig gevonden"), answer.getText());
            assertTrue(answer.findElements(By.cssSelector("button")).isEmpty(), "no vote for one's own answer, no accept");
            assertEquals("", browser.find(By.id("answer-body")).getAttribute("value"), "the form is emptied");
            problems.addAll(problems(browser, "reader question answered"));
        }

        try (Browser browser = new Browser()) {
            browser.logIn(base, expert, TestAccounts.PASSWORD);
            browser.open(questionUrl);
            browser.waitForReady();
            assertTrue(browser.driver().findElements(By.cssSelector("[id^='accept-']")).isEmpty(), "only the asker accepts");
            problems.addAll(problems(browser, "expert question"));
            browser.find(By.cssSelector("[id^='vote-']")).click();
            browser.waitUntil(d -> answerOf(browser).getText().contains("1 keer nuttig gevonden"));
            assertTrue(answerOf(browser).getText().contains("U vond dit antwoord nuttig."));
            assertTrue(browser.driver().findElements(By.cssSelector("[id^='vote-']")).isEmpty(), "one vote per account");
            problems.addAll(problems(browser, "expert question voted"));
        }

        try (Browser browser = new Browser()) {
            browser.logIn(base, asker, TestAccounts.PASSWORD);
            browser.open(questionUrl);
            browser.waitForReady();
            problems.addAll(problems(browser, "reader question to accept"));
            browser.find(By.cssSelector("[id^='accept-']")).click();
            browser.waitUntil(d -> d.findElement(By.id("question-status")).getText().equals("Beantwoord"));
            WebElement accepted = browser.find(By.cssSelector("#answer-list li.answer.accepted"));
            assertEquals("Geaccepteerd antwoord", accepted.findElement(By.className("accepted-mark")).getText());
            assertFalse(browser.find(By.id("answer-section")).isDisplayed(), "an answered question takes no answers");
            assertTrue(browser.find(By.id("answer-closed")).isDisplayed());
            assertTrue(browser.driver().findElements(By.cssSelector("[id^='accept-']")).isEmpty());
            problems.addAll(problems(browser, "reader question accepted"));
        }
        Api.Reply stored = Api.as(base, asker).get("api/v1/questions/" + questionId);
        assertEquals("ANSWERED", stored.object().getString("status"), stored::toString);
        assertEquals(1, stored.object().getJsonArray("answers").getJsonObject(0).getInt("usefulVotes"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aQuestionForOneMunicipalityIsNotFoundForAnother() {
        Api asker = Api.as(base, TestAccounts.create("qa-browser-asker", "GM0202", "reader"));
        String title = "Handhaving kamerverhuur " + letters();
        Api.Reply asked = asker.post("api/v1/questions", Json.createObjectBuilder().add("title", title)
                .add("body", "Alleen voor Arnhem.").add("visibility", "MUNICIPALITY")
                .add("themes", Json.createArrayBuilder().add("1")).build().toString());
        assertEquals(201, asked.status(), asked::toString);
        long id = asked.object().getJsonNumber("id").longValue();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("qa-browser-nijmegen", "GM0268", "reader"), TestAccounts.PASSWORD);
            browser.open(base + "questions/question.html?id=" + id);
            browser.waitForReady();
            assertTrue(browser.find(By.id("question-missing")).isDisplayed());
            assertEquals("Deze vraag bestaat niet, of u mag haar niet lezen.",
                    browser.find(By.cssSelector("#question-missing p")).getText());
            assertFalse(browser.find(By.id("question")).isDisplayed());
            assertFalse(browser.find(By.tagName("main")).getText().contains(title), "nothing of the question shows");
            problems.addAll(problems(browser, "refused reader other municipality"));

            // an address without a question says the same, rather than showing an empty page
            browser.open(base + "questions/question.html");
            browser.waitForReady();
            assertTrue(browser.find(By.id("question-missing")).isDisplayed());
            problems.addAll(problems(browser, "reader question without id"));

            // the same message in English for a reader who chose English
            browser.script("localStorage.setItem('kb.lang', 'en')");
            browser.driver().navigate().refresh();
            browser.waitForReady();
            assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
            assertEquals("This question does not exist, or you may not read it.",
                    browser.find(By.cssSelector("#question-missing p")).getText());
            problems.addAll(problems(browser, "refused reader other municipality in English"));
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("qa-browser-colleague", "GM0202", "reader"), TestAccounts.PASSWORD);
            browser.open(base + "questions/question.html?id=" + id);
            browser.waitForReady();
            assertEquals(title, text(browser, "question-title"), "a colleague of Arnhem reads it");
            assertEquals("Eigen gemeente en regionale rollen",
                    browser.find(By.cssSelector("#question-meta")).getText().lines()
                            .dropWhile(line -> !line.equals("Zichtbaarheid")).skip(1).findFirst().orElse(""));
            problems.addAll(problems(browser, "reader colleague"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCoordinatorSeesOpenQuestionsByAgeAndAssignsOneToAnExpert() {
        Api asker = Api.as(base, TestAccounts.create("qa-browser-asker", "GM0202", "reader"));
        String expert = TestAccounts.create("qa-browser-expert", null, "expert");
        String title = "Toezicht op logies " + letters();
        Api.Reply asked = asker.post("api/v1/questions", Json.createObjectBuilder().add("title", title)
                .add("body", "Wie heeft ervaring?").add("visibility", "REGION")
                .add("themes", Json.createArrayBuilder().add("2")).build().toString());
        assertEquals(201, asked.status(), asked::toString);
        long id = asked.object().getJsonNumber("id").longValue();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("qa-browser-coordinator", null, "coordinator"), TestAccounts.PASSWORD);
            browser.open(base + "questions/inbox.html");
            browser.waitForReady();
            assertEquals("Vragen inbox", browser.find(By.cssSelector("#main-nav a[aria-current='page']")).getText());
            WebElement row = browser.find(By.id("inbox-" + id));
            assertTrue(row.getText().contains(title) && row.getText().contains("Arnhem"), row.getText());
            assertTrue(row.getText().contains("(niemand)"), row.getText());
            problems.addAll(problems(browser, "coordinator inbox"));

            new Select(browser.find(By.id("assign-" + id))).selectByValue(expert);
            browser.find(By.id("assign-button-" + id)).click();
            browser.waitUntil(d -> d.findElement(By.id("inbox-message")).isDisplayed());
            assertEquals("Toegewezen aan Test qa-browser-expert.", text(browser, "inbox-message"));
            browser.waitUntil(d -> d.findElement(By.id("inbox-" + id)).getText().contains("Test qa-browser-expert"));
            problems.addAll(problems(browser, "coordinator inbox assigned"));
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, expert, TestAccounts.PASSWORD);
            browser.open(base + "questions/inbox.html");
            browser.waitForReady();
            assertTrue(browser.find(By.id("inbox-" + id)).getText().contains("Test qa-browser-expert"));
            problems.addAll(problems(browser, "expert inbox"));
            browser.find(By.id("inbox-title-" + id)).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("questions/question.html?id=" + id));
            browser.waitForReady();
            assertEquals(title, text(browser, "question-title"));
            assertTrue(text(browser, "question-meta").contains("Test qa-browser-expert"), "who took it");
            problems.addAll(problems(browser, "expert question from inbox"));
        }
        try (Browser browser = new Browser()) {
            browser.logIn(base, TestAccounts.create("qa-browser-colleague", "GM0202", "reader"), TestAccounts.PASSWORD);
            browser.waitForReady();
            assertTrue(browser.driver().findElements(By.cssSelector("#main-nav a[href$='questions/inbox.html']")).isEmpty(),
                    "a reader has no inbox in the navigation");
            assertFalse(browser.driver().findElements(By.cssSelector("#main-nav a[href$='questions/ask.html']")).isEmpty());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
