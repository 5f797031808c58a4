package nl.regioan.monitoring.survey;

import static nl.regioan.testsupport.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.StoredRows;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The collaboration survey through the real WAR: the coordinator builds (with ETags), copies and closes;
 * the data stewards of five municipalities answer (draft, submit, once); the results show a question from
 * five municipalities on and compare with last year. Every refusal names its field and stores nothing.
 * Years are relative to today, so the deadlines stay in the future (or the past) where a test needs them.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyApiIT {

    private static final int THIS_YEAR = LocalDate.now().getYear();
    private static final List<String> FIVE = List.of("GM0202", "GM0268", "GM0274", "GM0275", "GM0277");

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api coordinator;
    private Api reader;
    private final Map<String, Api> stewards = new LinkedHashMap<>();

    @BeforeEach
    void logIn() {
        coordinator = Api.as(base, TestAccounts.create("survey-coordinator", null, "coordinator"));
        reader = Api.as(base, TestAccounts.create("survey-reader", "GM0202", "reader"));
        for (String cbs : FIVE) {
            stewards.put(cbs, Api.as(base, TestAccounts.create("survey-steward-" + cbs, cbs, "data-steward")));
        }
    }

    private static JsonObjectBuilder agreement(String text) {
        return Json.createObjectBuilder().add("kind", "AGREEMENT").add("text", text).add("required", true)
                .add("labels", Json.createArrayBuilder().add("Helemaal oneens").add("Oneens").add("Neutraal").add("Eens")
                        .add("Helemaal eens"));
    }

    private static JsonArrayBuilder sections() {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("title", "Samenwerking in de regio").add("questions", Json.createArrayBuilder()
                        .add(agreement("De regionale samenwerking helpt mijn gemeente verder."))
                        .add(Json.createObjectBuilder().add("kind", "RATING").add("text", "Welk cijfer geeft u de samenwerking?")
                                .add("required", true))))
                .add(Json.createObjectBuilder().add("title", "Kennisbank").add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "CHOICE").add("text", "Hoe vaak gebruikt u de kennisbank?")
                                .add("required", false).add("options", Json.createArrayBuilder().add("Wekelijks").add("Maandelijks")
                                        .add("Zelden")))
                        .add(Json.createObjectBuilder().add("kind", "OPEN").add("text", "Wat kan beter?").add("required", false))));
    }

    private static String survey(int year, String deadline, boolean anonymous) {
        return Json.createObjectBuilder().add("year", year).add("title", "Samenwerkingsenquête " + year)
                .add("deadline", deadline).add("anonymous", anonymous).add("sections", sections()).build().toString();
    }

    private Api.Reply create(int year, String deadline, boolean anonymous) {
        Api.Reply created = coordinator.post("api/v1/surveys", survey(year, deadline, anonymous));
        assertEquals(201, created.status(), created::toString);
        return created;
    }

    private static String etag(Api.Reply reply) {
        return reply.response().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + reply));
    }

    private static List<Long> questionIds(JsonObject survey) {
        return survey.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("questions").getValuesAs(JsonObject.class).stream())
                .map(q -> q.getJsonNumber("id").longValue()).toList();
    }

    private static String answers(List<Long> ids, int scale, int rating, String choice, String text) {
        JsonArrayBuilder answers = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("questionId", ids.get(0)).add("score", scale))
                .add(Json.createObjectBuilder().add("questionId", ids.get(1)).add("score", rating))
                .add(Json.createObjectBuilder().add("questionId", ids.get(2)).add("choice", choice));
        if (text != null) {
            answers.add(Json.createObjectBuilder().add("questionId", ids.get(3)).add("text", text));
        }
        return Json.createObjectBuilder().add("answers", answers).build().toString();
    }

    private static long count(String sql, Object... parameters) throws Exception {
        return Long.parseLong(StoredRows.of(sql, parameters).get(0).get(0));
    }

    private Api.Reply respond(String cbs, int year, List<Long> ids, int scale, int rating, String choice, String text) {
        Api steward = stewards.get(cbs);
        Api.Reply saved = steward.put("api/v1/surveys/" + year + "/responses/" + cbs, answers(ids, scale, rating, choice, text), null);
        assertEquals(200, saved.status(), saved::toString);
        Api.Reply submitted = steward.post("api/v1/surveys/" + year + "/responses/" + cbs + "/submit", null);
        assertEquals(200, submitted.status(), submitted::toString);
        return submitted;
    }

    @Test
    void theCoordinatorBuildsChangesWithETagsAndCopiesASurvey() throws Exception {
        int year = THIS_YEAR + 2;
        String deadline = (year) + "-11-30";
        long surveysBefore = count("SELECT COUNT(*) FROM survey");
        // refusals first: nothing of them is stored
        assertRefused(coordinator.post("api/v1/surveys", Json.createObjectBuilder().add("year", year).add("title", "Leeg")
                .add("deadline", deadline).add("anonymous", true).add("sections", Json.createArrayBuilder()).build().toString()),
                "sections", "at least one section");
        String noLabels = Json.createObjectBuilder().add("year", year).add("title", "Zonder labels").add("deadline", deadline)
                .add("anonymous", true).add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Deel")
                        .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "AGREEMENT")
                                .add("text", "Eens?").add("required", true))))).build().toString();
        assertRefused(coordinator.post("api/v1/surveys", noLabels), "/sections/0/questions/0/labels", "five-point scale");
        assertRefused(coordinator.post("api/v1/surveys", survey(year, (year + 5) + "-01-01", true)), "deadline", "is not a deadline");
        assertRefused(coordinator.post("api/v1/surveys", survey(year, deadline, true).replace("\"RATING\"", "\"SLIDER\"")),
                "/sections/0/questions/1/kind", "not a kind of question");
        assertEquals(400, coordinator.post("api/v1/surveys", survey(year, deadline, true).replace("\"year\":" + year,
                "\"year\":\"dit jaar\"")).status(), "a year of the wrong type");
        assertEquals(403, stewards.get("GM0202").post("api/v1/surveys", survey(year, deadline, true)).status());
        assertEquals(403, reader.post("api/v1/surveys", survey(year, deadline, true)).status());
        assertEquals(surveysBefore, count("SELECT COUNT(*) FROM survey"), "no refused survey was stored");

        Api.Reply created = create(year, deadline, true);
        JsonObject survey = created.object();
        assertEquals("\"" + survey.getJsonNumber("version").longValue() + "\"", etag(created));
        assertEquals(4, questionIds(survey).size());
        assertTrue(survey.getBoolean("open"));
        Api.Reply twice = coordinator.post("api/v1/surveys", survey(year, deadline, true));
        assertEquals(409, twice.status(), twice::toString);
        assertEquals("year", twice.firstErrorField());

        Api.Reply read = reader.get("api/v1/surveys/" + year);
        assertEquals(200, read.status(), read::toString);
        String tag = etag(read);
        String settings = Json.createObjectBuilder().add("title", "Samenwerkingsenquête " + year + " (herzien)")
                .add("deadline", year + "-12-15").add("anonymous", true).build().toString();
        assertRefused(coordinator.put("api/v1/surveys/" + year, settings, null), "If-Match", "ETag");
        Api.Reply changed = coordinator.put("api/v1/surveys/" + year, settings, tag);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(year + "-12-15", changed.object().getString("deadline"));
        Api.Reply stale = coordinator.put("api/v1/surveys/" + year, settings, tag);
        assertEquals(412, stale.status(), stale::toString);
        assertEquals(etag(changed), etag(stale));
        assertEquals(year + "-12-15", stale.object().getJsonObject("current").getString("deadline"));

        String oneSection = Json.createObjectBuilder().add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("title", "Samenwerking").add("questions", Json.createArrayBuilder()
                        .add(agreement("Het overleg in de subregio is nuttig."))))).build().toString();
        assertEquals(412, coordinator.put("api/v1/surveys/" + year + "/questions", oneSection, tag).status());
        Api.Reply questions = coordinator.put("api/v1/surveys/" + year + "/questions", oneSection, etag(changed));
        assertEquals(200, questions.status(), questions::toString);
        assertEquals(1, questionIds(questions.object()).size());
        assertFalse(etag(changed).equals(etag(questions)), "a change of the questions moves the ETag");
        assertRefused(coordinator.put("api/v1/surveys/" + year + "/questions", "{\"sections\": []}", etag(questions)),
                "sections", "at least one section");
        assertEquals(403, stewards.get("GM0202").put("api/v1/surveys/" + year + "/questions", oneSection, etag(questions)).status());

        Api.Reply copy = coordinator.post("api/v1/surveys", Json.createObjectBuilder().add("year", year + 1)
                .add("title", "Samenwerkingsenquête " + (year + 1)).add("deadline", (year + 1) + "-11-30").add("anonymous", true)
                .add("copyFromYear", year).build().toString());
        assertEquals(201, copy.status(), copy::toString);
        assertEquals("Het overleg in de subregio is nuttig.", copy.object().getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions").getJsonObject(0).getString("text"));
        assertRefused(coordinator.post("api/v1/surveys", Json.createObjectBuilder().add("year", year + 2).add("title", "Kopie")
                .add("deadline", (year + 2) + "-11-30").add("anonymous", true).add("copyFromYear", 2001).build().toString()),
                "copyFromYear", "no survey for 2001");

        assertTrue(reader.get("api/v1/surveys").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getInt("year") == year + 1), "every account sees the list");
        assertEquals(List.of(List.of("1"), List.of("1"), List.of("1")), List.of(
                StoredRows.of("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_CHANGED' AND entity_id = ?", "" + year).get(0),
                StoredRows.of("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_QUESTIONS_CHANGED' AND entity_id = ?", "" + year).get(0),
                StoredRows.of("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_CREATED' AND entity_id = ?", "" + (year + 1)).get(0)));
    }

    @Test
    void fiveMunicipalitiesAnswerOnceAndTheResultsCompareWithLastYear() throws Exception {
        int lastYear = THIS_YEAR;
        int year = THIS_YEAR + 1;
        List<Long> previousIds = questionIds(create(lastYear, (lastYear + 1) + "-06-30", true).object());
        List<Long> ids = questionIds(create(year, year + "-12-31", true).object());
        for (String cbs : FIVE) {
            respond(cbs, lastYear, previousIds, 2, 6, "Zelden", null); // last year nobody agreed, marks 6
        }

        Api arnhem = stewards.get("GM0202");
        String own = "api/v1/surveys/" + year + "/responses/GM0202";
        Api.Reply empty = arnhem.get(own);
        assertEquals(200, empty.status(), empty::toString);
        assertEquals("NONE", empty.object().getString("status"));
        Api.Reply draft = arnhem.put(own, answers(ids, 4, 8, "Wekelijks", "Meer overleg met de buren."), etag(empty));
        assertEquals(200, draft.status(), draft::toString);
        assertEquals("DRAFT", draft.object().getString("status"));
        String draftTag = etag(draft);

        // bad answers: refused naming the field, the draft stays as it was
        List<List<String>> stored = StoredRows.of("SELECT a.question_id, a.score, a.choice, a.open_text FROM survey_answer a"
                + " JOIN survey_response r ON r.id = a.response_id JOIN municipality m ON m.id = r.municipality_id"
                + " WHERE m.cbs_code = 'GM0202' AND r.survey_id = (SELECT id FROM survey WHERE survey_year = ?) ORDER BY a.question_id", year);
        assertEquals(4, stored.size());
        assertRefused(arnhem.put(own, answers(ids, 7, 8, "Wekelijks", null), draftTag), "/answers/0/score", "from 1 to 5");
        assertRefused(arnhem.put(own, answers(ids, 4, 8, "Dagelijks", null), draftTag), "/answers/2/choice", "not one of the options");
        assertRefused(arnhem.put(own, "{\"answers\": [{\"questionId\": " + ids.get(3) + ", \"score\": 3}]}", draftTag),
                "/answers/0/score", "answered with a text");
        assertRefused(arnhem.put(own, answers(ids, 4, 8, "Wekelijks", "Lang verhaal. ".repeat(7300)), draftTag),
                "/answers/3/text", "characters (this one has");
        assertEquals(400, arnhem.put(own, "{\"answers\": [{\"questionId\": " + ids.get(0) + ", \"score\": \"eens\"}]}", draftTag)
                .status(), "a score of the wrong JSON type");
        assertEquals(stored, StoredRows.of("SELECT a.question_id, a.score, a.choice, a.open_text FROM survey_answer a"
                + " JOIN survey_response r ON r.id = a.response_id JOIN municipality m ON m.id = r.municipality_id"
                + " WHERE m.cbs_code = 'GM0202' AND r.survey_id = (SELECT id FROM survey WHERE survey_year = ?) ORDER BY a.question_id", year),
                "refused answers changed nothing");
        Api.Reply stale = arnhem.put(own, answers(ids, 5, 9, "Wekelijks", null), etag(empty));
        assertEquals(412, stale.status(), stale::toString);
        assertEquals("Wekelijks", stale.object().getJsonObject("current").getJsonArray("answers").getJsonObject(2).getString("choice", null),
                stale::toString);

        // another municipality, a reader, the coordinator of an anonymous survey, a non-member
        Api nijmegen = stewards.get("GM0268");
        assertEquals(403, nijmegen.put(own, answers(ids, 1, 1, "Zelden", null), null).status());
        assertEquals(403, nijmegen.post(own + "/submit", null).status());
        assertEquals(403, nijmegen.get(own).status());
        assertEquals(403, reader.get(own).status());
        assertEquals(403, coordinator.get(own).status(), "an anonymous survey's answers are not shown per municipality");
        assertEquals(403, coordinator.put(own, answers(ids, 1, 1, "Zelden", null), null).status());
        Api montferland = Api.as(base, TestAccounts.create("survey-steward-GM1955", "GM1955", "data-steward"));
        assertRefused(montferland.put("api/v1/surveys/" + year + "/responses/GM1955", answers(ids, 3, 5, "Zelden", null), null),
                "cbsCode", "did not take part in the region in " + year);
        assertEquals(0, count("SELECT COUNT(*) FROM survey_response r JOIN municipality m ON m.id = r.municipality_id"
                + " WHERE m.cbs_code = 'GM1955'"));

        Api.Reply submitted = arnhem.post(own + "/submit", null);
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.object().getString("status"));
        Api.Reply second = arnhem.put(own, answers(ids, 1, 1, "Zelden", null), null);
        assertEquals(409, second.status(), second::toString);
        assertTrue(second.body().contains("one response per municipality"), second::toString);
        assertEquals(409, arnhem.post(own + "/submit", null).status());

        // the required rating is missing: submit refused naming it
        Api.Reply partial = nijmegen.put("api/v1/surveys/" + year + "/responses/GM0268",
                "{\"answers\": [{\"questionId\": " + ids.get(0) + ", \"dontKnow\": true}]}", null);
        assertEquals(200, partial.status(), partial::toString);
        assertRefused(nijmegen.post("api/v1/surveys/" + year + "/responses/GM0268/submit", null), "answers/" + ids.get(1),
                "required question");

        // who has responded
        Api.Reply progress = coordinator.get("api/v1/surveys/" + year + "/responses");
        assertEquals(200, progress.status(), progress::toString);
        assertEquals(17, progress.object().getInt("members"), "Montferland left in 2025");
        assertEquals(1, progress.object().getInt("submitted"));
        assertEquals(1, progress.object().getInt("drafts"));
        assertEquals(403, stewards.get("GM0202").get("api/v1/surveys/" + year + "/responses").status());

        // four municipalities: the anonymous results hold back the distribution
        respond("GM0268", year, ids, 5, 7, "Wekelijks", "Vaker samen optrekken.");
        respond("GM0274", year, ids, 4, 7, "Maandelijks", null);
        respond("GM0275", year, ids, 2, 6, "Zelden", null);
        JsonObject four = reader.get("api/v1/surveys/" + year + "/results").object();
        assertEquals(4, four.getInt("respondents"));
        JsonObject hidden = four.getJsonArray("questions").getJsonObject(0);
        assertEquals(4, hidden.getInt("n"));
        assertFalse(hidden.getBoolean("shown"));
        assertTrue(hidden.getJsonArray("counts").isEmpty());

        respond("GM0277", year, ids, 3, 8, "Wekelijks", null);
        JsonObject results = reader.get("api/v1/surveys/" + year + "/results").object();
        JsonObject scale = results.getJsonArray("questions").getJsonObject(0);
        assertEquals(5, scale.getInt("n"));
        assertTrue(scale.getBoolean("shown"));
        assertEquals("[0,1,1,2,1]", scale.getJsonArray("counts").toString());
        assertEquals(60.0, scale.getJsonNumber("agreeShare").doubleValue());
        assertEquals(lastYear, scale.getJsonObject("previous").getInt("year"));
        assertEquals(60.0, scale.getJsonObject("previous").getJsonNumber("change").doubleValue(), "from 0 % to 60 % agreeing");
        JsonObject rating = results.getJsonArray("questions").getJsonObject(1);
        assertEquals(7.2, rating.getJsonNumber("mean").doubleValue());
        assertEquals(1.2, rating.getJsonObject("previous").getJsonNumber("change").doubleValue());
        JsonObject open = results.getJsonArray("questions").getJsonObject(3);
        assertEquals(2, open.getInt("n"));
        assertFalse(open.getBoolean("shown"), "two open answers of an anonymous survey are not shown");

        assertEquals(409, coordinator.put("api/v1/surveys/" + year + "/questions", "{\"sections\": " + sections().build() + "}",
                etag(coordinator.get("api/v1/surveys/" + year))).status(), "answered questions stay");
        assertEquals(5, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_RESPONSE_SUBMITTED' AND entity_id LIKE ?",
                year + "/%"));
    }

    @Test
    void nietAnoniemShowsAnswersPerMunicipality() {
        int year = THIS_YEAR + 4;
        List<Long> ids = questionIds(create(year, year + "-06-30", false).object());
        respond("GM0202", year, ids, 4, 8, "Wekelijks", "Meer overleg met de buren.");
        JsonObject results = reader.get("api/v1/surveys/" + year + "/results").object();
        JsonObject scale = results.getJsonArray("questions").getJsonObject(0);
        assertTrue(scale.getBoolean("shown"), "niet anoniem: shown below five");
        assertEquals("Arnhem", scale.getJsonArray("perMunicipality").getJsonObject(0).getString("municipality"));
        assertEquals("Arnhem", results.getJsonArray("questions").getJsonObject(3).getJsonArray("openAnswers").getJsonObject(0)
                .getString("municipality"));
        Api.Reply ofArnhem = coordinator.get("api/v1/surveys/" + year + "/responses/GM0202");
        assertEquals(200, ofArnhem.status(), ofArnhem::toString);
        String toAnonymous = Json.createObjectBuilder().add("title", "t").add("deadline", year + "-06-30").add("anonymous", true)
                .build().toString();
        assertEquals(200, coordinator.put("api/v1/surveys/" + year, toAnonymous, etag(coordinator.get("api/v1/surveys/" + year)))
                .status(), "becoming anonymous keeps every promise");
        String back = toAnonymous.replace("true", "false");
        Api.Reply refused = coordinator.put("api/v1/surveys/" + year, back, etag(coordinator.get("api/v1/surveys/" + year)));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("anonymous", refused.firstErrorField());
    }

    @Test
    void afterTheDeadlineNothingIsAnsweredAndTheCoordinatorCloses() throws Exception {
        int year = THIS_YEAR - 3;
        create(year, (year + 1) + "-01-31", true);
        String arnhem = "api/v1/surveys/" + year + "/responses/GM0202";
        Api.Reply late = stewards.get("GM0202").put(arnhem, "{\"answers\": []}", null);
        assertEquals(409, late.status(), late::toString);
        assertTrue(late.body().contains("has passed"), late::toString);
        assertEquals(409, stewards.get("GM0202").post(arnhem + "/submit", null).status());
        assertEquals(0, count("SELECT COUNT(*) FROM survey_response WHERE survey_id = (SELECT id FROM survey WHERE survey_year = ?)", year));

        int open = THIS_YEAR + 6;
        create(open, open + "-06-30", true);
        Api.Reply early = coordinator.post("api/v1/surveys/" + open + "/close", null);
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.body().contains("after its deadline"), early::toString);

        assertEquals(403, stewards.get("GM0202").post("api/v1/surveys/" + year + "/close", null).status());
        Api.Reply closed = coordinator.post("api/v1/surveys/" + year + "/close", null);
        assertEquals(200, closed.status(), closed::toString);
        assertTrue(closed.object().getBoolean("closed"));
        assertEquals(409, coordinator.post("api/v1/surveys/" + year + "/close", null).status());
        assertEquals(409, coordinator.put("api/v1/surveys/" + year, Json.createObjectBuilder().add("title", "t")
                .add("deadline", year + "-12-01").add("anonymous", true).build().toString(), etag(closed)).status());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_CLOSED' AND entity_id = ?", "" + year));
        assertEquals(404, reader.get("api/v1/surveys/" + (THIS_YEAR + 9) + "/results").status());
        assertEquals("year", reader.get("api/v1/surveys/twintig").badRequestField());
        Api anonymous = new Api(base);
        assertEquals(401, anonymous.send(HttpRequest.newBuilder(anonymous.resolve("api/v1/surveys")).GET()).status());
    }

    @Test
    void firstSavesAtTheSameMomentStoreOneResponseAndTheOthersAreToldToReload() throws Exception {
        int year = THIS_YEAR + 8;
        List<Long> ids = questionIds(create(year, year + "-12-31", true).object());
        String own = "api/v1/surveys/" + year + "/responses/GM0202";
        Api arnhem = stewards.get("GM0202");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> saves = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int scale = i % 5 + 1;
                saves.add(pool.submit(() -> {
                    start.await();
                    return arnhem.put(own, answers(ids, scale, 7, "Wekelijks", null), null);
                }));
            }
            start.countDown();
            for (Future<Api.Reply> save : saves) {
                Api.Reply reply = save.get(120, TimeUnit.SECONDS);
                assertTrue(reply.status() == 200 || reply.status() == 409, "saved, or told someone saved first: " + reply);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM survey_response WHERE survey_id = (SELECT id FROM survey WHERE survey_year = ?)", year));
    }
}
