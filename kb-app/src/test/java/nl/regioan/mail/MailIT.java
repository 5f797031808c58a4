package nl.regioan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import nl.regioan.testsupport.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail against the real WAR: the WAR sends through SMTP to a GreenMail server in this JVM (on the
 * port arquillian.xml gives the WAR), and the tests read what arrived: the coordinator's notice of a
 * submission in the receiver's language, plain text and HTML, the link to the page, unsubscribing
 * without a login, the preferences and their refusals, a stopped SMTP server that is retried
 * while the user's request succeeds, the digest (only what the receiver may read, once per period)
 * and the data steward's reminders before a deadline.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.parseInt(TestDatabaseSession.SMTP_PORT), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api steward;       // data steward of Arnhem (GM0202)
    private Api coordinatorNl; // Dutch
    private Api coordinatorEn; // chose English
    private Api coordinatorUnsubscribing;

    @BeforeEach
    void setUp() {
        steward = Api.as(base, TestAccounts.create("mail-steward-arnhem", "GM0202", "data-steward"));
        coordinatorNl = Api.as(base, TestAccounts.create("mail-coord-nl", null, "coordinator"));
        coordinatorEn = Api.as(base, TestAccounts.create("mail-coord-en", null, "coordinator"));
        coordinatorUnsubscribing = Api.as(base, TestAccounts.create("mail-coord-unsub", null, "coordinator"));
        assertEquals(200, coordinatorEn.put("api/v1/auth/me/language", "{\"language\": \"en\"}", null).status());
        assertEquals(200, coordinatorNl.put("api/v1/auth/me/language", "{\"language\": \"nl\"}", null).status());
        prefer(coordinatorNl, "coord-nl@regio.test");
        prefer(coordinatorEn, "coord-en@regio.test");
        prefer(coordinatorUnsubscribing, "coord-unsub@regio.test");
    }

    private static void prefer(Api api, String address) {
        Api.Reply saved = api.put("api/v1/mail/preferences", "{\"address\": \"" + address
                + "\", \"digest\": \"NONE\", \"kinds\": {\"FORM_SUBMITTED\": true}}", null);
        assertEquals(200, saved.status(), saved::toString);
    }

    private void submit(String period) {
        String form = "api/v1/monitoring/forms/GM0202/" + period;
        Api.Reply draft = steward.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 7}]}", null);
        assertEquals(200, draft.status(), draft::toString);
        Api.Reply submitted = steward.post(form + "/submit", null);
        assertEquals(200, submitted.status(), submitted::toString);
    }

    @Test
    void theCoordinatorsHearOfASubmissionEachInTheirLanguageAsTextAndHtml() throws Exception {
        submit("2024-Q1");
        MimeMessage english = awaitMail("coord-en@regio.test", m -> subject(m).contains("2024-Q1"));
        assertEquals("Arnhem submitted its figures for 2024-Q1", english.getSubject());
        assertEquals("kennisbank@regio-an.test", english.getFrom()[0].toString());
        assertTrue(english.getContentType().startsWith("multipart/alternative"), english.getContentType());
        String text = part(english, "text/plain");
        String html = part(english, "text/html");
        assertTrue(text.contains("mail-steward-arnhem submitted the figures of Arnhem for 2024-Q1 (number: 1)"), text);
        assertTrue(text.contains("Submitted indicators: REG_RNI"), text);
        assertTrue(text.contains("Open the page in the knowledge base: http://kennisbank.test/monitoring/coordinator.html"), text);
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("href=\"http://kennisbank.test/monitoring/coordinator.html\""), html);
        assertTrue(english.getHeader("List-Unsubscribe")[0].startsWith("<http://kennisbank.test/api/v1/mail/unsubscribe?token="));

        MimeMessage dutch = awaitMail("coord-nl@regio.test", m -> subject(m).contains("2024-Q1"));
        assertEquals("Arnhem heeft de cijfers over 2024-Q1 ingediend", dutch.getSubject());
        String dutchText = part(dutch, "text/plain");
        assertTrue(dutchText.contains("Afmelden voor berichten dat een gemeente haar cijfers heeft ingediend: "
                + "http://kennisbank.test/unsubscribe.html?token="), dutchText);
        assertTrue(part(dutch, "text/html").contains("<html lang=\"nl\">"));
        assertEquals(1, mailsTo("coord-nl@regio.test", m -> subject(m).contains("2024-Q1")).size(), "one notice per submission");
    }

    @Test
    void theUnsubscribeLinkWorksWithoutALoginAndStopsOnlyThatKindForThatPerson() throws Exception {
        submit("2024-Q2");
        MimeMessage notice = awaitMail("coord-unsub@regio.test", m -> subject(m).contains("2024-Q2"));
        String token = token(part(notice, "text/plain"));
        Api anonymous = new Api(base);
        assertEquals(400, anonymous.post("api/v1/mail/unsubscribe?token=kort", null).status());
        Api.Reply unknown = anonymous.post("api/v1/mail/unsubscribe?token=" + "A".repeat(43), null);
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("token", unknown.firstErrorField());
        // as a mail program's one-click unsubscribe (RFC 8058) sends it
        Api.Reply done = anonymous.send(HttpRequest.newBuilder(anonymous.resolve("api/v1/mail/unsubscribe?token=" + token))
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(200, done.status(), done::toString);
        assertEquals("FORM_SUBMITTED", done.object().getString("kind"));
        // a browser that is logged in but opened the link from a mail has no CSRF token: the mail's token is the proof
        coordinatorUnsubscribing.forgetCsrfToken();
        Api.Reply again = coordinatorUnsubscribing.post("api/v1/mail/unsubscribe?token=" + token, null);
        assertEquals(200, again.status(), again::toString);
        assertEquals("FORM_SUBMITTED", again.object().getString("kind"), "twice changes nothing more");
        coordinatorUnsubscribing = Api.as(base, "mail-coord-unsub");
        JsonObject kinds = coordinatorUnsubscribing.get("api/v1/mail/preferences").object().getJsonObject("kinds");
        assertFalse(kinds.getBoolean("FORM_SUBMITTED"));
        assertTrue(kinds.getBoolean("DEADLINE_REMINDER"), "other kinds stay on");

        submit("2024-Q3");
        awaitMail("coord-en@regio.test", m -> subject(m).contains("2024-Q3"));
        Thread.sleep(2_000); // the sender runs every 0.3 s: a notice that was queued would have arrived too
        assertEquals(List.of(), mailsTo("coord-unsub@regio.test", m -> subject(m).contains("2024-Q3")));
        assertEquals(1, auditCount("MAIL_UNSUBSCRIBED", "mail-coord-unsub"), "audited once, for that person");
    }

    @Test
    void aStoppedSmtpServerIsRetriedAndTheSubmitStillSucceeds() throws Exception {
        SMTP.stop();
        try {
            Instant before = Instant.now();
            submit("2024-Q4");
            assertTrue(Duration.between(before, Instant.now()).toSeconds() < 10, "the request does not wait for mail");
            long id = awaitOutbox("coord-en@regio.test", "%2024-Q4%", row -> row.attempts() >= 2);
            Row failing = outbox(id);
            assertEquals("PENDING", failing.status());
            assertNotNull(failing.lastError());
        } finally {
            SMTP.start();
        }
        MimeMessage late = awaitMail("coord-en@regio.test", m -> subject(m).contains("2024-Q4"));
        assertEquals("Arnhem submitted its figures for 2024-Q4", late.getSubject());
        long id = awaitOutbox("coord-en@regio.test", "%2024-Q4%", row -> "SENT".equals(row.status()));
        assertTrue(outbox(id).attempts() >= 3, "failed at least twice, then sent");
    }

    @Test
    void preferencesRefuseBadInputNamingTheFieldAndStoreNothing() {
        Api person = Api.as(base, TestAccounts.create("mail-reader-nijmegen", "GM0268", "reader"));
        Api.Reply fresh = person.get("api/v1/mail/preferences");
        assertEquals(200, fresh.status(), fresh::toString);
        assertEquals("", fresh.object().getString("address"));
        assertEquals("NONE", fresh.object().getString("digest"));
        assertTrue(fresh.object().getJsonObject("kinds").getBoolean("DIGEST"));
        assertEquals(field(person.put("api/v1/mail/preferences", "{\"address\": \"geen-apenstaartje.nl\"}", null)), "address");
        assertEquals(field(person.put("api/v1/mail/preferences", "{\"address\": \"a@b@c.nl\"}", null)), "address");
        assertEquals(field(person.put("api/v1/mail/preferences", "{\"address\": \"jan @nijmegen.nl\"}", null)), "address");
        assertEquals(field(person.put("api/v1/mail/preferences", "{\"digest\": \"HOURLY\"}", null)), "digest");
        assertEquals(field(person.put("api/v1/mail/preferences", "{\"kinds\": {\"SPAM\": true}}", null)), "/kinds/SPAM");
        Api.Reply notBoolean = person.put("api/v1/mail/preferences", "{\"kinds\": {\"DIGEST\": \"yes\"}}", null);
        assertEquals(400, notBoolean.status(), notBoolean::toString);
        Api.Reply unknownField = person.put("api/v1/mail/preferences", "{\"adres\": \"jan@nijmegen.nl\"}", null);
        assertEquals(400, unknownField.status(), unknownField::toString);
        assertEquals(0, person.get("api/v1/mail/preferences").object().getInt("version"), "nothing stored");

        Api.Reply saved = person.put("api/v1/mail/preferences",
                "{\"address\": \"jan@nijmegen.nl\", \"digest\": \"WEEKLY\", \"kinds\": {\"NEW_ANSWER\": false}}", "\"0\"");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("\"1\"", saved.response().headers().firstValue("ETag").orElse(""));
        assertEquals("WEEKLY", saved.object().getString("digest"));
        assertFalse(saved.object().getJsonObject("kinds").getBoolean("NEW_ANSWER"));
        Api.Reply stale = person.put("api/v1/mail/preferences", "{\"digest\": \"DAILY\"}", "\"0\"");
        assertEquals(412, stale.status(), stale::toString);
        assertEquals("If-Match", stale.firstErrorField());
        assertEquals("WEEKLY", person.get("api/v1/mail/preferences").object().getString("digest"));
    }

    // --- digests

    private static String item(String title, String visibility) {
        return "{\"kind\": \"BEST_PRACTICE\", \"title\": \"" + title + "\", \"summary\": \"Samenvatting\", \"body\": \"Tekst\","
                + " \"municipality\": \"GM0202\", \"visibility\": \"" + visibility + "\", \"themes\": [\"4\"], \"blocks\": [\"4.1\"]}";
    }

    private static long create(Api writer, String title, String visibility, boolean publish) {
        Api.Reply created = writer.post("api/v1/kb/items", item(title, visibility));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        if (publish) {
            Api.Reply published = writer.post("api/v1/kb/items/" + id + "/publish", null);
            assertEquals(200, published.status(), published::toString);
        }
        return id;
    }

    @Test
    void theDigestNamesOnlyWhatTheReceiverMayReadAndGoesOutOncePerPeriod() throws Exception {
        Api writer = Api.as(base, TestAccounts.create("mail-contrib-arnhem", "GM0202", "contributor"));
        Api reader = Api.as(base, TestAccounts.create("mail-digest-nijmegen", "GM0268", "reader"));
        Api english = Api.as(base, TestAccounts.create("mail-digest-en", "GM0268", "reader"));
        assertEquals(200, english.put("api/v1/auth/me/language", "{\"language\": \"en\"}", null).status());
        String mark = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        long readable = create(writer, "Voor de hele regio " + mark, "REGION", true);
        create(writer, "Alleen voor Arnhem " + mark, "MUNICIPALITY", true);
        create(writer, "Nog een concept " + mark, "REGION", false);
        for (Api follower : List.of(reader, english)) {
            assertEquals(201, follower.post("api/v1/kb/watches", "{\"type\": \"THEME\", \"target\": \"4\"}").status());
        }
        assertEquals(200, reader.put("api/v1/mail/preferences", "{\"address\": \"digest-nl@nijmegen.test\", \"digest\": \"DAILY\"}", null).status());
        assertEquals(200, english.put("api/v1/mail/preferences", "{\"address\": \"digest-en@nijmegen.test\", \"digest\": \"WEEKLY\"}", null).status());

        MimeMessage digest = awaitMail("digest-nl@nijmegen.test", m -> subject(m).startsWith("Wat er veranderde"));
        String text = part(digest, "text/plain");
        String html = part(digest, "text/html");
        assertTrue(digest.getSubject().startsWith("Wat er veranderde in wat u volgt: overzicht van "), digest.getSubject());
        assertTrue(text.contains("Voor de hele regio " + mark + "\nhttp://kennisbank.test/kb/item.html?id=" + readable), text);
        assertTrue(text.contains("Thema 4: "), text);
        assertTrue(html.contains("href=\"http://kennisbank.test/kb/item.html?id=" + readable + "\""), html);
        for (String body : List.of(text, html)) {
            assertFalse(body.contains("Alleen voor Arnhem " + mark), "another municipality's item is not named");
            assertFalse(body.contains("Nog een concept " + mark), "a draft is not named");
        }
        MimeMessage weekly = awaitMail("digest-en@nijmegen.test", m -> subject(m).startsWith("What changed"));
        assertTrue(weekly.getSubject().matches("What changed in what you follow: digest of week \\d{4}-W\\d{2}"), weekly.getSubject());
        assertTrue(part(weekly, "text/plain").contains("Theme 4: "));
        assertFalse(part(weekly, "text/plain").contains("Alleen voor Arnhem " + mark));

        // a later change waits for the next period: still one digest, and one key for this period
        // (unless the test ran across midnight in Amsterdam, when a new day may have its own digest)
        create(writer, "Later op de dag " + mark, "REGION", true);
        Thread.sleep(3_500); // digests are looked for every second
        int periods = today.equals(LocalDate.now(ZoneId.of("Europe/Amsterdam"))) ? 1 : 2;
        int daily = mailsTo("digest-nl@nijmegen.test", m -> subject(m).startsWith("Wat er veranderde")).size();
        assertTrue(daily >= 1 && daily <= periods, daily + " daily digests");
        assertTrue(mailsTo("digest-en@nijmegen.test", m -> subject(m).startsWith("What changed")).size() <= periods);
        assertEquals(daily, onceKeys("mail-digest-nijmegen", "digest:%"), "one key per period, one mail per key");
    }

    // --- deadline reminders

    @Test
    void dataStewardsWhoHaveNotSubmittedAreRemindedOnceBeforeTheDeadline() throws Exception {
        Api coordinator = Api.as(base, TestAccounts.create("mail-coord-deadlines", null, "coordinator"));
        Api arnhem = Api.as(base, TestAccounts.create("mail-steward-late", "GM0202", "data-steward"));
        Api nijmegen = Api.as(base, TestAccounts.create("mail-steward-nijmegen", "GM0268", "data-steward"));
        String period = "2021-Q1";
        String form = "api/v1/monitoring/forms/GM0268/" + period;
        assertEquals(200, nijmegen.put(form, "{\"values\": [{\"indicator\": \"REG_RNI\", \"value\": 3}]}", null).status());
        assertEquals(200, nijmegen.post(form + "/submit", null).status());
        assertEquals(200, arnhem.put("api/v1/mail/preferences", "{\"address\": \"late@arnhem.test\"}", null).status());
        assertEquals(200, nijmegen.put("api/v1/mail/preferences", "{\"address\": \"on-time@nijmegen.test\"}", null).status());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate inThreeDays = today.plusDays(3);
        Api.Reply deadline = coordinator.put("api/v1/monitoring/periods/" + period, "{\"deadline\": \"" + inThreeDays + "\"}", null);
        assertEquals(200, deadline.status(), deadline::toString);
        MimeMessage first = awaitMail("late@arnhem.test", m -> subject(m).contains(period));
        assertEquals("Herinnering: cijfers over " + period + " van Arnhem uiterlijk " + inThreeDays + " indienen", first.getSubject());
        String text = part(first, "text/plain");
        assertTrue(text.contains("De cijfers van Arnhem over " + period + " zijn nog niet ingediend. De inleverdatum is "
                + inThreeDays + " (nog 3 dag(en))."), text);
        assertTrue(text.contains("http://kennisbank.test/monitoring/entry.html?period=" + period), text);

        // the deadline moved to today: the last reminder of the new deadline; the first is not sent twice
        assertEquals(200, coordinator.put("api/v1/monitoring/periods/" + period, "{\"deadline\": \"" + today + "\"}", null).status());
        MimeMessage last = awaitMail("late@arnhem.test", m -> subject(m).contains(period) && subject(m).contains(today.toString()));
        assertTrue(part(last, "text/plain").contains("Vandaag (" + today + ") is de laatste dag."), part(last, "text/plain"));
        Thread.sleep(3_500); // reminders are looked for every second
        assertEquals(2, mailsTo("late@arnhem.test", m -> subject(m).contains(period)).size(), "each reminder once");
        assertEquals(List.of(), mailsTo("on-time@nijmegen.test", m -> subject(m).contains(period)), "Nijmegen submitted");
        assertEquals(2, onceKeys("mail-steward-late", "reminder:" + period + ":%"));
    }

    private static int onceKeys(String username, String like) throws Exception {
        try (Connection db = TestAccounts.connect();
             PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM mail_once o JOIN account a ON a.id = o.account_id"
                     + " WHERE a.username = ? AND o.occasion LIKE ?")) {
            select.setString(1, username);
            select.setString(2, like);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    // --- reading what arrived

    private static String field(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        return reply.firstErrorField();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> mailsTo(String address, Predicate<MimeMessage> which) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            boolean toThem = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
            if (toThem && which.test(message)) {
                found.add(message);
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(String address, Predicate<MimeMessage> which) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> found = mailsTo(address, which);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + address + " within " + WAIT);
    }

    static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                assertTrue(part.getContentType().toLowerCase().contains("charset=utf-8"), part.getContentType());
                return ((String) part.getContent()).replace("\r\n", "\n"); // SMTP carries CRLF line ends
            }
        }
        throw new AssertionError("No " + type + " part in " + message.getSubject());
    }

    private static String token(String text) {
        Matcher matcher = Pattern.compile("unsubscribe\\.html\\?token=([A-Za-z0-9_-]{43})").matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    // --- the outbox as stored

    record Row(long id, String status, int attempts, String lastError) {
    }

    private static Row outbox(long id) throws Exception {
        try (Connection db = TestAccounts.connect();
             PreparedStatement select = db.prepareStatement("SELECT status, attempts, last_error FROM mail_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Row(id, row.getString(1), row.getInt(2), row.getString(3));
            }
        }
    }

    private static long awaitOutbox(String recipient, String subjectLike, Predicate<Row> until) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        Row last = null;
        while (Instant.now().isBefore(end)) {
            try (Connection db = TestAccounts.connect();
                 PreparedStatement select = db.prepareStatement(
                         "SELECT id FROM mail_outbox WHERE recipient = ? AND subject LIKE ? ORDER BY id DESC LIMIT 1")) {
                select.setString(1, recipient);
                select.setString(2, subjectLike);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        last = outbox(row.getLong(1));
                        if (until.test(last)) {
                            return last.id();
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The outbox row for " + recipient + " never got there: " + last);
    }

    private static long accountId(Connection db, String username) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM account WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static int auditCount(String action, String username) throws Exception {
        try (Connection db = TestAccounts.connect();
             PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action = ?"
                     + " AND entity_type = 'account' AND entity_id = ?")) {
            select.setString(1, action);
            select.setString(2, Long.toString(accountId(db, username)));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
