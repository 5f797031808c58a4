package nl.regioan.question;

import static nl.regioan.testsupport.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
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
 * Questions and answers against the real WAR and MariaDB: every endpoint of /api/v1/questions, the
 * visibility of knowledge items (a question for one municipality is 404 to another), versions and the
 * audit log, and every refusal (bad input naming the field, someone else's question, a second vote,
 * a closed question, the inbox for others than the expertise team) storing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api asker;            // reader of Arnhem (GM0202)
    private Api colleague;        // another reader of Arnhem
    private Api nijmegen;         // reader of Nijmegen (GM0268)
    private Api nijmegenWriter;   // contributor of Nijmegen
    private Api expert;           // the region's expertise team
    private Api coordinator;
    private Api editor;

    @BeforeEach
    void logIn() {
        asker = Api.as(base, TestAccounts.create("qa-asker-arnhem", "GM0202", "reader")).inLanguage("nl");
        colleague = Api.as(base, TestAccounts.create("qa-colleague-arnhem", "GM0202", "reader"));
        nijmegen = Api.as(base, TestAccounts.create("qa-reader-nijmegen", "GM0268", "reader"));
        nijmegenWriter = Api.as(base, TestAccounts.create("qa-contrib-nijmegen", "GM0268", "contributor"));
        expert = Api.as(base, TestAccounts.create("qa-expert", null, "expert"));
        coordinator = Api.as(base, TestAccounts.create("qa-coordinator", null, "coordinator"));
        editor = Api.as(base, TestAccounts.create("qa-editor", null, "editor"));
    }

    static JsonObjectBuilder question(String title, String visibility) {
        return Json.createObjectBuilder().add("title", title)
                .add("body", "We willen een **tijdelijke vergunning** verlenen voor een logiesgebouw.\n\n<b>vet</b>")
                .add("visibility", visibility).add("themes", Json.createArrayBuilder().add("1"))
                .add("blocks", Json.createArrayBuilder().add("1.1"));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long ask(Api api, String title, String visibility) {
        Api.Reply reply = api.post("api/v1/questions", question(title, visibility).build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getJsonNumber("id").longValue();
    }

    private long answer(Api api, long questionId, String text) {
        Api.Reply reply = api.post("api/v1/questions/" + questionId + "/answers", body(text));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }

    /** Six random letters: a word no other test writes. */
    private static String letters() {
        java.util.Random random = new java.util.Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String etag(Api.Reply reply) {
        return reply.response().headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void aQuestionIsAskedReadRenderedSafelyEditedAndVersioned() throws Exception {
        String title = unique("Tijdelijke vergunning logiesgebouw");
        Api.Reply asked = asker.post("api/v1/questions", question(title, "REGION").build().toString());
        assertEquals(201, asked.status(), asked::toString);
        JsonObject created = asked.object();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("OPEN", created.getString("status"));
        assertEquals("GM0202", created.getString("municipality"), "the asker's municipality");
        assertEquals("qa-asker-arnhem", created.getJsonObject("asker").getString("username"));
        assertEquals(List.of("1"), created.getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        String html = created.getString("bodyHtml");
        assertTrue(html.contains("<strong>tijdelijke vergunning</strong>"), html);
        assertFalse(html.contains("<b>"), "raw HTML is escaped, as in items: " + html);
        assertTrue(created.getJsonArray("actions").toString().contains("edit"), created::toString);
        assertTrue(created.getJsonArray("actions").toString().contains("accept"), created::toString);

        // another municipality reads a region question, but may not change it
        Api.Reply read = nijmegen.get("api/v1/questions/" + id);
        assertEquals(200, read.status(), read::toString);
        assertFalse(read.object().getJsonArray("actions").toString().contains("edit"));
        assertEquals(403, nijmegen.put("api/v1/questions/" + id, question("Anders", "REGION").build().toString(),
                etag(read)).status());

        // If-Match: missing 428, stale 412, right 200 with a new revision
        String changed = question(title + " (aangevuld)", "REGION").build().toString();
        Api.Reply missing = asker.put("api/v1/questions/" + id, changed, null);
        assertEquals(428, missing.status(), missing::toString);
        assertEquals("If-Match", missing.firstErrorField());
        Api.Reply stale = asker.put("api/v1/questions/" + id, changed, "\"999\"");
        assertEquals(412, stale.status(), stale::toString);
        assertTrue(stale.body().contains("currentVersion"), stale::toString);
        Api.Reply saved = asker.put("api/v1/questions/" + id, changed, etag(asked));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(2, saved.object().getInt("revision"));
        assertEquals(title + " (aangevuld)", saved.object().getString("title"));
        // an editor keeps the knowledge base tidy
        Api.Reply tidied = editor.put("api/v1/questions/" + id, question(title, "REGION").build().toString(), etag(saved));
        assertEquals(200, tidied.status(), tidied::toString);

        Api.Reply versions = nijmegen.get("api/v1/questions/" + id + "/versions");
        assertEquals(200, versions.status(), versions::toString);
        assertEquals(3, versions.array().size());
        assertEquals(title + " (aangevuld)", versions.array().getJsonObject(1).getString("title"));
        assertEquals("asked", versions.array().getJsonObject(2).getString("note"));

        List<List<String>> audit = StoredRows.of("SELECT action FROM audit_entry WHERE entity_type = 'question'"
                + " AND entity_id = ? ORDER BY id", Long.toString(id));
        assertEquals(List.of(List.of("question.asked"), List.of("question.edited"), List.of("question.edited")), audit);
        assertFalse(StoredRows.of("SELECT new_value FROM audit_entry WHERE entity_type = 'question' AND entity_id = ?",
                Long.toString(id)).toString().contains("Tijdelijke"), "the audit log holds no question texts");
    }

    @Test
    void aQuestionForOneMunicipalityIsNotFoundByAnotherMunicipality() {
        String title = unique("Handhaving bij overbewoning");
        long id = ask(asker, title, "MUNICIPALITY");
        assertEquals(200, colleague.get("api/v1/questions/" + id).status(), "a colleague of Arnhem reads it");
        assertEquals(200, expert.get("api/v1/questions/" + id).status(), "the expertise team reads it");
        assertEquals(200, coordinator.get("api/v1/questions/" + id).status());

        Api.Reply hidden = nijmegen.get("api/v1/questions/" + id);
        assertEquals(404, hidden.status(), hidden::toString);
        assertFalse(hidden.body().contains(title), hidden::toString);
        assertEquals(404, nijmegen.get("api/v1/questions/" + id + "/versions").status());
        assertEquals(404, nijmegen.post("api/v1/questions/" + id + "/answers", body("Zo doen wij het.")).status());
        Api.Reply list = nijmegen.get("api/v1/questions?size=100");
        assertEquals(200, list.status(), list::toString);
        assertFalse(list.body().contains(title), "not in the list either");
        assertTrue(colleague.get("api/v1/questions?size=100").body().contains(title));

        long answerId = answer(colleague, id, "Wij werken met een vergunningsplicht.");
        assertEquals(404, nijmegen.post("api/v1/questions/" + id + "/answers/" + answerId + "/vote", null).status());
        assertEquals(404, nijmegen.get("api/v1/questions/" + id + "/answers/" + answerId + "/versions").status());
    }

    @Test
    void colleaguesAnswerTheAskerAcceptsAndAnswersAreVotedUsefulOnce() throws Exception {
        long id = ask(asker, unique("Participatie bij een nieuwe locatie"), "REGION");
        long fromNijmegen = answer(nijmegen, id, "Wij organiseerden een *informatieavond*.");
        long fromExpert = answer(expert, id, "Begin met een klankbordgroep.");

        // only the asker accepts
        Api.Reply notTheirs = colleague.post("api/v1/questions/" + id + "/answers/" + fromExpert + "/accept", null);
        assertEquals(403, notTheirs.status(), notTheirs::toString);
        assertEquals(403, expert.post("api/v1/questions/" + id + "/answers/" + fromExpert + "/accept", null).status());
        Api.Reply wrongQuestion = asker.post("api/v1/questions/" + (id + 100000) + "/answers/" + fromExpert + "/accept", null);
        assertEquals(404, wrongQuestion.status());

        // votes: once per account, never for one's own answer
        Api.Reply vote = colleague.post("api/v1/questions/" + id + "/answers/" + fromExpert + "/vote", null);
        assertEquals(200, vote.status(), vote::toString);
        assertEquals(1, vote.object().getInt("usefulVotes"));
        assertTrue(vote.object().getBoolean("votedByMe"));
        Api.Reply again = colleague.post("api/v1/questions/" + id + "/answers/" + fromExpert + "/vote", null);
        assertEquals(409, again.status(), again::toString);
        assertEquals("answer.vote.twice", again.object().getString("code"));
        assertEquals("answerId", again.firstErrorField());
        Api.Reply own = expert.post("api/v1/questions/" + id + "/answers/" + fromExpert + "/vote", null);
        assertEquals(403, own.status(), own::toString);
        assertEquals(List.of(List.of("1")), StoredRows.of("SELECT COUNT(*) FROM question_answer_vote WHERE answer_id = ?",
                fromExpert));

        // an answer is changed by its writer only, with If-Match, and each edit is a version
        Api.Reply question = asker.get("api/v1/questions/" + id);
        JsonObject nijmegenAnswer = question.object().getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == fromNijmegen).findFirst().orElseThrow();
        assertTrue(nijmegenAnswer.getString("bodyHtml").contains("<em>informatieavond</em>"));
        String version = "\"" + nijmegenAnswer.getJsonNumber("version").longValue() + "\"";
        String path = "api/v1/questions/" + id + "/answers/" + fromNijmegen;
        assertEquals(403, expert.put(path, body("Overgenomen"), version).status());
        assertEquals(428, nijmegen.put(path, body("Aangevuld"), null).status());
        assertEquals(412, nijmegen.put(path, body("Aangevuld"), "\"999\"").status());
        Api.Reply edited = nijmegen.put(path, body("Wij organiseerden een informatieavond en een open dag."), version);
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(2, edited.object().getInt("revision"));
        Api.Reply history = asker.get(path + "/versions");
        assertEquals(2, history.array().size());
        assertEquals("Wij organiseerden een *informatieavond*.", history.array().getJsonObject(1).getString("body"));

        // the asker accepts; the question then takes no new answers, and nothing is stored
        Api.Reply accepted = asker.post("api/v1/questions/" + id + "/answers/" + fromExpert + "/accept", null);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ANSWERED", accepted.object().getString("status"));
        assertEquals(fromExpert, accepted.object().getJsonNumber("acceptedAnswerId").longValue());
        assertTrue(accepted.object().getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getBoolean("accepted") && a.getJsonNumber("id").longValue() == fromExpert));
        Api.Reply late = nijmegenWriter.post("api/v1/questions/" + id + "/answers", body("Nog een idee."));
        assertEquals(409, late.status(), late::toString);
        assertEquals("question.closed", late.object().getString("code"));
        assertEquals(List.of(List.of("2")), StoredRows.of("SELECT COUNT(*) FROM question_answer WHERE question_id = ?", id));
        assertEquals(List.of(List.of("question.answer.given"), List.of("question.answer.given"),
                        List.of("question.answer.voted"), List.of("question.answer.edited")),
                StoredRows.of("SELECT action FROM audit_entry WHERE entity_type = 'question_answer' AND entity_id IN (?, ?)"
                        + " ORDER BY id", Long.toString(fromNijmegen), Long.toString(fromExpert)));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String marker = unique("Fout");
        List<List<String>> before = StoredRows.of("SELECT COUNT(*) FROM question");
        assertRefused(asker.post("api/v1/questions", question(marker, "REGION").add("body", "  ").build().toString()),
                "body", "leeg");
        assertRefused(asker.post("api/v1/questions", question(marker, "REGION").add("body", "x".repeat(100_001))
                .build().toString()), "body", "tekens");
        assertRefused(asker.post("api/v1/questions", question("t".repeat(201), "REGION").build().toString()),
                "title", "200");
        assertRefused(asker.post("api/v1/questions", question(" ", "REGION").build().toString()), "title", "titel");
        assertRefused(asker.post("api/v1/questions", question(marker, "REGION")
                .add("themes", Json.createArrayBuilder().add("9")).build().toString()), "themes", "'9'");
        assertRefused(asker.post("api/v1/questions", question(marker, "REGION")
                .add("themes", Json.createArrayBuilder()).build().toString()), "themes", "thema");
        assertRefused(asker.post("api/v1/questions", question(marker, "REGION")
                .add("blocks", Json.createArrayBuilder().add("7.7")).build().toString()), "blocks", "7.7");
        assertRefused(asker.post("api/v1/questions", question(marker, "EVERYBODY").build().toString()),
                "visibility", "MUNICIPALITY");
        assertRefused(asker.post("api/v1/questions", question(marker, "REGION")
                .add("body", "<script>alert(1)</script>").build().toString()), "body", "script");
        Api.Reply malformed = asker.post("api/v1/questions", "{\"title\": \"x\", ");
        assertEquals(400, malformed.status(), malformed::toString);
        Api.Reply unknownField = asker.post("api/v1/questions", question(marker, "REGION").add("owner", 1).build().toString());
        assertEquals(400, unknownField.status(), unknownField::toString);
        assertEquals(before, StoredRows.of("SELECT COUNT(*) FROM question"), "no refused question was stored");

        long id = ask(asker, unique("Goede vraag"), "REGION");
        assertRefused(nijmegen.post("api/v1/questions/" + id + "/answers", body("")), "body", "answer.body.required");
        assertRefused(nijmegen.post("api/v1/questions/" + id + "/answers", body("y".repeat(100_001))), "body", "text.tooLong");
        assertEquals(404, nijmegen.post("api/v1/questions/999999999/answers", body("Zo.")).status());
        assertEquals(List.of(List.of("0")), StoredRows.of("SELECT COUNT(*) FROM question_answer WHERE question_id = ?", id));
        Api.Reply english = Api.as(base, "qa-reader-nijmegen").inLanguage("en")
                .post("api/v1/questions/" + id + "/answers", body(" "));
        assertTrue(english.body().contains("write an answer"), english::toString);
    }

    @Test
    void theInboxShowsOpenQuestionsByAgeOverdueAfterFiveWorkingDaysAndWhoTookThem() throws Exception {
        long old = ask(asker, unique("Oude vraag over registratie"), "REGION");
        long fresh = ask(nijmegen, unique("Nieuwe vraag over registratie"), "MUNICIPALITY");
        long answered = ask(asker, unique("Beantwoorde oude vraag"), "REGION");
        answer(expert, answered, "Zie de handreiking.");
        try (Connection db = TestAccounts.connect();
             PreparedStatement older = db.prepareStatement(
                     "UPDATE question SET created_at = TIMESTAMPADD(DAY, -14, created_at) WHERE id IN (?, ?)")) {
            older.setLong(1, old);
            older.setLong(2, answered);
            assertEquals(2, older.executeUpdate());
        }

        assertEquals(403, asker.get("api/v1/questions/inbox").status(), "readers do not keep the inbox");
        assertEquals(403, editor.get("api/v1/questions/inbox").status());
        Api.Reply inbox = expert.get("api/v1/questions/inbox");
        assertEquals(200, inbox.status(), inbox::toString);
        List<JsonObject> entries = inbox.object().getJsonArray("questions").getValuesAs(JsonObject.class);
        JsonObject oldEntry = entry(entries, old);
        JsonObject freshEntry = entry(entries, fresh);
        assertTrue(oldEntry.getBoolean("overdue"), oldEntry::toString);
        assertEquals(10, oldEntry.getInt("workingDaysOpen"), "two weeks are ten working days");
        assertFalse(freshEntry.getBoolean("overdue"), freshEntry::toString);
        assertFalse(entry(entries, answered).getBoolean("overdue"), "an answered question is not overdue");
        assertTrue(entries.indexOf(oldEntry) < entries.indexOf(freshEntry), "oldest first");
        assertTrue(inbox.object().getJsonArray("experts").toString().contains("qa-expert"));

        Api.Reply ofTheme = expert.get("api/v1/questions/inbox?theme=4");
        assertTrue(ofTheme.object().getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .noneMatch(e -> e.getJsonObject("question").getJsonNumber("id").longValue() == old), "theme 1 only");

        // assigning: to an expert, by an expert or the coordinator
        String toExpert = Json.createObjectBuilder().add("expert", "qa-expert").build().toString();
        assertEquals(403, asker.post("api/v1/questions/" + old + "/assign", toExpert).status());
        assertRefused(coordinator.post("api/v1/questions/" + old + "/assign",
                Json.createObjectBuilder().add("expert", "qa-colleague-arnhem").build().toString()), "expert", "question.assign.notExpert");
        assertRefused(coordinator.post("api/v1/questions/" + old + "/assign", "{}"), "expert", "question.assign.expert.required");
        Api.Reply assigned = coordinator.post("api/v1/questions/" + old + "/assign", toExpert);
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("qa-expert", assigned.object().getJsonObject("assignedExpert").getString("username"));
        Api.Reply taken = expert.post("api/v1/questions/" + fresh + "/assign", toExpert);
        assertEquals(200, taken.status(), "an expert takes a question: " + taken);
        JsonObject afterwards = entry(expert.get("api/v1/questions/inbox").object().getJsonArray("questions")
                .getValuesAs(JsonObject.class), old);
        assertEquals("qa-expert", afterwards.getJsonObject("question").getJsonObject("assignedExpert").getString("username"));
        assertEquals(List.of(List.of("question.assigned")), StoredRows.of("SELECT action FROM audit_entry"
                + " WHERE entity_type = 'question' AND entity_id = ? AND action = 'question.assigned'", Long.toString(old)));
    }

    private static JsonObject entry(List<JsonObject> entries, long id) {
        return entries.stream().filter(e -> e.getJsonObject("question").getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("question " + id + " not in the inbox: " + entries));
    }

    @Test
    void theListPagesAndFiltersAndRefusesBadParameters() {
        String title = unique("Lijstvraag");
        long first = ask(asker, title + " een", "REGION");
        long second = ask(asker, title + " twee", "REGION");
        Api.Reply mine = asker.get("api/v1/questions?asker=me&size=1");
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(1, mine.object().getJsonArray("questions").size());
        assertTrue(mine.object().getInt("total") >= 2);
        assertEquals(second, mine.object().getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue(),
                "newest first");
        Api.Reply page2 = asker.get("api/v1/questions?asker=me&size=1&page=1");
        assertEquals(first, page2.object().getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(nijmegen.get("api/v1/questions?status=OPEN&theme=1&municipality=GM0202&size=100").body().contains(title));
        assertFalse(nijmegen.get("api/v1/questions?status=ANSWERED&size=100").body().contains(title));
        assertFalse(nijmegen.get("api/v1/questions?theme=3&size=100").body().contains(title));
        assertEquals("status", asker.get("api/v1/questions?status=CLOSED").firstErrorField());
        assertEquals("size", asker.get("api/v1/questions?size=0").firstErrorField());
        assertEquals("municipality", asker.get("api/v1/questions?municipality=GM9999").firstErrorField());
        assertEquals("asker", asker.get("api/v1/questions?asker=someone").firstErrorField());
    }

    @Test
    void questionsAndTheirAnswersAreFoundBySearchBesideItemsTrimmedByTheReadersGrants() {
        String word = "vraagwoord" + letters();
        String answerWord = "antwoordwoord" + letters();
        long open = ask(asker, unique("Zoekbare vraag " + word), "REGION");
        answer(expert, open, "Kijk naar de " + answerWord + " van Nijmegen.");
        long local = ask(asker, unique("Lokale vraag " + word), "MUNICIPALITY");

        Api.Reply byAnswer = nijmegen.get("api/v1/kb/search?q=" + answerWord);
        assertEquals(200, byAnswer.status(), byAnswer::toString);
        List<JsonObject> hits = byAnswer.object().getJsonArray("hits").getValuesAs(JsonObject.class);
        assertEquals(1, hits.size(), byAnswer::toString);
        assertEquals("QUESTION", hits.get(0).getString("kind"));
        assertEquals(open, hits.get(0).getJsonNumber("id").longValue(), "a hit names the question by its own id");

        Api.Reply fromNijmegen = nijmegen.get("api/v1/kb/search?q=" + word);
        assertEquals(1, fromNijmegen.object().getInt("total"), "the municipality's own question stays hidden: " + fromNijmegen);
        assertFalse(fromNijmegen.body().contains("Lokale vraag"), fromNijmegen::toString);
        Api.Reply fromArnhem = colleague.get("api/v1/kb/search?q=" + word + "&kind=QUESTION");
        assertEquals(2, fromArnhem.object().getInt("total"), fromArnhem::toString);
        assertTrue(fromArnhem.object().getJsonObject("facets").getJsonArray("kind").toString().contains("\"QUESTION\""),
                fromArnhem::toString);
        assertTrue(fromArnhem.object().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getJsonNumber("id").longValue() == local));

        // suggestions while typing come from the same trimmed index
        Api.Reply typed = nijmegen.get("api/v1/kb/suggest?q=" + word.substring(0, 8));
        assertEquals(200, typed.status(), typed::toString);
        List<JsonObject> titles = typed.object().getJsonArray("titles").getValuesAs(JsonObject.class);
        assertTrue(titles.stream().anyMatch(title -> title.getJsonNumber("id").longValue() == open
                && "QUESTION".equals(title.getString("kind"))), typed::toString);
        assertTrue(titles.stream().noneMatch(title -> title.getString("title").startsWith("Lokale vraag")), typed::toString);
    }

    @Test
    void theAskerAndTheExpertAreMailedAndAnEditorTurnsTheAnsweredQuestionIntoACreditedItem() throws Exception {
        for (Api person : List.of(asker, expert)) {
            Api.Reply preferred = person.put("api/v1/mail/preferences", "{\"address\": \"" + UUID.randomUUID()
                    + "@regio.test\", \"digest\": \"NONE\", \"kinds\": {\"NEW_ANSWER\": true, \"QUESTION_ASSIGNED\": true}}", null);
            assertEquals(200, preferred.status(), preferred::toString);
        }
        String title = unique("Vraag die een goed voorbeeld wordt");
        long id = ask(asker, title, "MUNICIPALITY");
        long answerId = answer(expert, id, "Zo pakten wij het aan: eerst de raad informeren.");
        String mailOf = "SELECT m.kind, m.subject FROM mail_outbox m JOIN account a ON a.id = m.account_id"
                + " WHERE a.username = ? AND m.subject LIKE ?";
        assertEquals(List.of(List.of("NEW_ANSWER", "Nieuw antwoord op uw vraag \"" + title + "\"")),
                StoredRows.of(mailOf, "qa-asker-arnhem", "%" + title + "%"), "the asker hears of the answer");
        assertEquals(200, coordinator.post("api/v1/questions/" + id + "/assign",
                Json.createObjectBuilder().add("expert", "qa-expert").build().toString()).status());
        List<List<String>> toExpert = StoredRows.of(mailOf, "qa-expert", "%" + title + "%");
        assertEquals(1, toExpert.size(), toExpert::toString);
        assertEquals("QUESTION_ASSIGNED", toExpert.get(0).get(0));

        String asItem = "{\"kind\": \"BEST_PRACTICE\"}";
        Api.Reply early = editor.post("api/v1/questions/" + id + "/knowledge-item", asItem);
        assertEquals(409, early.status(), "only an answered question: " + early);
        assertEquals(200, asker.post("api/v1/questions/" + id + "/answers/" + answerId + "/accept", null).status());
        assertEquals(403, asker.post("api/v1/questions/" + id + "/knowledge-item", asItem).status(), "editors only");
        assertRefused(editor.post("api/v1/questions/" + id + "/knowledge-item", "{\"kind\": \"NUISANCE_REPORT\"}"),
                "kind", "question.item.kind");
        Api.Reply made = editor.post("api/v1/questions/" + id + "/knowledge-item", asItem);
        assertEquals(201, made.status(), made::toString);
        long itemId = made.object().getJsonNumber("knowledgeItemId").longValue();
        assertEquals(409, editor.post("api/v1/questions/" + id + "/knowledge-item", asItem).status(), "once");

        JsonObject item = editor.get("api/v1/kb/items/" + itemId).object();
        assertEquals("BEST_PRACTICE", item.getString("kind"));
        assertEquals(title, item.getString("title"));
        assertEquals("GM0202", item.getString("municipality"), "the question's owner and visibility: the same readers");
        assertEquals("MUNICIPALITY", item.getString("visibility"));
        String body = item.getString("body");
        assertTrue(body.contains("eerst de raad informeren"), body);
        assertTrue(body.contains("Gevraagd door Test qa-asker-arnhem (Arnhem); beantwoord door Test qa-expert (regio)"), body);
        assertTrue(body.contains("vraag " + id), "the item names the question: " + body);
        assertEquals(itemId, asker.get("api/v1/questions/" + id).object().getJsonNumber("knowledgeItemId").longValue());
    }

    @Test
    void theExpertRoleIsInTheRoleReview() {
        Api admin = Api.as(base, TestAccounts.create("qa-admin", null, "admin"));
        Api.Reply review = admin.get("api/v1/admin/accounts/role-review");
        assertEquals(200, review.status(), review::toString);
        assertTrue(review.object().getJsonArray("expert").toString().contains("qa-expert"), review::toString);
    }
}
