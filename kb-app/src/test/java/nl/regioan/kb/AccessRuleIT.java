package nl.regioan.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentAccess;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Role;
import nl.regioan.access.domain.Visibility;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access rule on every HTTP channel of the real WAR, with {@link AccessPolicy#canRead} as the
 * oracle: items over every visibility x status x owner (Arnhem, Nijmegen, the region; each by its own
 * author), read by accounts over the roles x municipalities that the rule distinguishes (the author,
 * another writer of the owner, readers, stewards, steering, coordinator, editor, region accounts,
 * administrators). Channels: item GET, list, versions, diff, attachment download, following an item,
 * "what changed" of a theme, search hits and totals, "bedoelde u", autocomplete, the municipality
 * page, the report's developments and the titles in the audit log. Prints the checks and leaks.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRuleIT {

    private static final AccessPolicy POLICY = new AccessPolicy();
    private static final String THEME = "4";
    /** Consonants that no Dutch stemming rule removes, so every marker is its own search term. */
    private static final String LETTERS = "bcfgklmpqrvwxz";
    private static final Pattern MARKER = Pattern.compile("tgq[" + LETTERS + "]{9}");

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    /** An account of the grid: its session and the actor the policy sees. */
    private record Reader(String name, Api api, Actor actor) {
    }

    /** One item of the grid with what the oracle needs, read back from the database. */
    private record Item(long id, long attachmentId, String marker, String owner, ContentAccess access) {
    }

    @Test
    void everyChannelFollowsTheAccessRule() throws Exception {
        String run = letters(new Random(), 3);
        Map<String, Reader> readers = new LinkedHashMap<>();
        reader(readers, "acc-author-arnhem", "GM0202", "contributor");
        reader(readers, "acc-writer-arnhem", "GM0202", "contributor");
        reader(readers, "acc-reader-arnhem", "GM0202", "reader");
        reader(readers, "acc-steward-arnhem", "GM0202", "data-steward");
        reader(readers, "acc-writer-steering-arnhem", "GM0202", "contributor", "steering");
        reader(readers, "acc-admin-writer-arnhem", "GM0202", "admin", "contributor");
        reader(readers, "acc-author-nijmegen", "GM0268", "contributor");
        reader(readers, "acc-reader-nijmegen", "GM0268", "reader");
        reader(readers, "acc-editor", null, "editor");
        reader(readers, "acc-steering", null, "steering");
        reader(readers, "acc-coordinator", null, "coordinator");
        reader(readers, "acc-reader-region", null, "reader");
        reader(readers, "acc-contributor-region", null, "contributor");
        reader(readers, "acc-admin", null, "admin");
        reader(readers, "acc-admin-editor", null, "admin", "editor");

        // "What changed" is news after the last visit: every reader follows the theme before the items exist.
        for (Reader reader : readers.values()) {
            Api.Reply follow = reader.api().post("api/v1/kb/watches", "{\"type\":\"THEME\",\"target\":\"" + THEME + "\"}");
            assertTrue(follow.status() == 201, () -> reader.name() + ": " + follow);
            assertEquals(204, reader.api().post("api/v1/kb/watches/seen", null).status());
        }

        Map<String, Api> authors = Map.of("GM0202", readers.get("acc-author-arnhem").api(),
                "GM0268", readers.get("acc-author-nijmegen").api(), "region", readers.get("acc-editor").api());
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (String owner : List.of("GM0202", "GM0268", "region")) {
            for (Visibility visibility : Visibility.values()) {
                for (ContentStatus status : ContentStatus.values()) {
                    String marker = "tgq" + run + marker(n);
                    items.add(createItem(authors.get(owner), owner, visibility, status, marker));
                    n++;
                }
            }
        }

        Tally tally = new Tally();
        Random random = new Random(12);
        int year = Year.now(ZoneId.of("Europe/Amsterdam")).getValue();
        for (Reader reader : readers.values()) {
            Api api = reader.api();
            Set<Long> listed = listedIds(api);
            Set<Long> changed = changedIds(api);
            Set<Long> arnhemPage = arrayIds(api.get("api/v1/dashboard/municipalities/GM0202/knowledge"));
            Set<Long> nijmegenPage = arrayIds(api.get("api/v1/dashboard/municipalities/GM0268/knowledge"));
            Set<Long> report = new HashSet<>();
            Api.Reply developments = api.get("api/v1/reports/" + year + "/developments");
            assertEquals(200, developments.status(), developments::toString);
            developments.array().getValuesAs(JsonObject.class).forEach(section -> report.addAll(ids(section.getJsonArray("items"))));

            for (Item item : items) {
                boolean may = POLICY.canRead(reader.actor(), item.access());
                String who = reader.name() + " / item " + item.id() + " " + item.access();
                tally.pair();
                tally.check(may, status(api.get("api/v1/kb/items/" + item.id())), "GET item", who);
                tally.check(may, listed.contains(item.id()), "list", who);
                tally.check(may, status(api.get("api/v1/kb/items/" + item.id() + "/versions")), "versions", who);
                tally.check(may, status(api.get("api/v1/kb/items/" + item.id() + "/versions/1")), "version 1", who);
                tally.check(may, status(api.get("api/v1/kb/items/" + item.id() + "/diff?from=1&to=2")), "diff", who);
                tally.check(may, status(api.get("api/v1/kb/attachments/" + item.attachmentId())), "attachment download", who);
                tally.check(may, changed.contains(item.id()), "what changed (theme)", who);
                Api.Reply follow = api.post("api/v1/kb/watches", "{\"type\":\"ITEM\",\"target\":\"" + item.id() + "\"}");
                tally.check(may, follow.status() == 201, "follow item", who);

                Api.Reply search = api.get("api/v1/kb/search?size=50&q=" + item.marker());
                assertEquals(200, search.status(), search::toString);
                tally.check(may, ids(search.object().getJsonArray("hits")).contains(item.id()), "search hits", who);
                tally.check(may, search.object().getJsonNumber("total").longValue() == 1, "search total", who);
                // The hits' own text: the answer also echoes the reader's words it did not find (missingWords).
                tally.check(may, search.object().getJsonArray("hits").toString().contains(item.marker()),
                        "search text (titles, snippets)", who);
                tally.check(may, facetTotal(search.object()) > 0, "search facets", who);
                Api.Reply suggest = api.get("api/v1/kb/suggest?q=" + item.marker().substring(0, 7));
                assertEquals(200, suggest.status(), suggest::toString);
                if (ids(suggest.object().getJsonArray("titles")).contains(item.id())) {
                    tally.check(may, true, "autocomplete", who);
                }
                tally.noLeakIn(suggest.body(), items, reader, "autocomplete text", who);
                Api.Reply misspelled = api.get("api/v1/kb/search?q=" + misspell(item.marker(), random));
                assertEquals(200, misspelled.status(), misspelled::toString);
                tally.noLeakIn(String.valueOf(misspelled.object().get("suggestion")), items, reader, "bedoelde u", who);

                boolean onPage = item.access().status() == ContentStatus.PUBLISHED && may;
                Set<Long> page = "GM0202".equals(item.owner()) ? arnhemPage : "GM0268".equals(item.owner()) ? nijmegenPage : Set.of();
                tally.check(onPage && !"region".equals(item.owner()), page.contains(item.id()), "municipality page", who);
                boolean inReport = POLICY.mayAppearInAnnualReport(item.access()) && !"region".equals(item.owner());
                tally.check(inReport, report.contains(item.id()), "report developments", who);
                if (inReport) {
                    tally.check(may, true, "report developments readable by the reader", who);
                }
            }
            if (reader.actor().has(Role.ADMIN)) {
                for (Item item : items) {
                    boolean may = POLICY.canRead(reader.actor(), item.access());
                    String who = reader.name() + " / audit of item " + item.id() + " " + item.access();
                    Api.Reply entries = api.get("api/v1/admin/audit?entityType=kb_item&entityId=" + item.id());
                    assertEquals(200, entries.status(), entries::toString);
                    assertTrue(entries.array().size() >= 2, entries::toString);
                    tally.check(may, entries.body().contains(item.marker()), "audit log item title", who);
                    Api.Reply files = api.get("api/v1/admin/audit?entityType=kb_attachment&entityId=" + item.attachmentId());
                    assertEquals(1, files.array().size(), files::toString);
                    tally.check(may, files.body().contains(item.marker()), "audit log attachment name", who);
                    if (!may) {
                        tally.check(true, entries.body().contains("item #" + item.id()), "audit log names the item", who);
                    }
                }
            }
        }
        System.out.printf("AccessRuleIT: %d items x %d readers = %d reader x item checks, %d channel checks, %d leaks,"
                + " %d incomplete%n", items.size(), readers.size(), tally.pairs, tally.checks, tally.leaks.size(),
                tally.incomplete.size());
        assertEquals(List.of(), tally.leaks.stream().limit(10).toList(), tally.leaks.size() + " leaks");
        assertEquals(List.of(), tally.incomplete.stream().limit(10).toList(), tally.incomplete.size() + " incomplete");
    }

    @Test
    void aContributorKeepsAndRetiresTheirOwnSteeringItem() throws Exception {
        Map<String, Reader> readers = new LinkedHashMap<>();
        Api author = reader(readers, "acc-author-arnhem", "GM0202", "contributor").api();
        Api colleague = reader(readers, "acc-writer-arnhem", "GM0202", "contributor").api();
        Api steering = reader(readers, "acc-steering", null, "steering").api();
        String marker = "tgq" + letters(new Random(), 6);
        Api.Reply created = author.post("api/v1/kb/items", body("GM0202", Visibility.STEERING, marker));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(404, colleague.get("api/v1/kb/items/" + id).status(), "a steering draft is not for every writer");

        Api.Reply published = author.post("api/v1/kb/items/" + id + "/publish", null);
        assertEquals(200, published.status(), published::toString);
        assertEquals(200, author.get("api/v1/kb/items/" + id).status(), "the author still sees the published item");
        assertTrue(ids(author.get("api/v1/kb/search?q=" + marker).object().getJsonArray("hits")).contains(id));
        assertTrue(listedIds(author).contains(id));
        assertEquals(200, steering.get("api/v1/kb/items/" + id).status());
        assertEquals(404, colleague.get("api/v1/kb/items/" + id).status());

        Api.Reply retired = author.post("api/v1/kb/items/" + id + "/retire", null);
        assertEquals(200, retired.status(), retired::toString);
        assertEquals("RETIRED", retired.object().getString("status"));
        assertEquals(200, author.get("api/v1/kb/items/" + id).status(), "the author still sees the retired item");
        assertEquals(404, steering.get("api/v1/kb/items/" + id).status(), "retired: back with its writers");
        Api.Reply again = author.post("api/v1/kb/items/" + id + "/publish", null);
        assertEquals(200, again.status(), "the author may publish it again: " + again);
    }

    /** Counts checks; a leak shows what the oracle forbids, incomplete hides what it allows. */
    private static final class Tally {
        long pairs;
        long checks;
        final List<String> leaks = new ArrayList<>();
        final List<String> incomplete = new ArrayList<>();

        void pair() {
            pairs++;
        }

        void check(boolean expected, boolean shown, String channel, String who) {
            checks++;
            if (shown && !expected) {
                leaks.add(channel + ": " + who);
            } else if (!shown && expected) {
                incomplete.add(channel + ": " + who);
            }
        }

        /** No marker of an item the reader may not read appears in the text. */
        void noLeakIn(String text, List<Item> items, Reader reader, String channel, String who) {
            checks++;
            Matcher found = MARKER.matcher(text == null ? "" : text);
            while (found.find()) {
                String marker = found.group();
                items.stream().filter(i -> i.marker().equals(marker)).findFirst()
                        .filter(i -> !POLICY.canRead(reader.actor(), i.access()))
                        .ifPresent(i -> leaks.add(channel + " shows " + marker + ": " + who));
            }
        }
    }

    private Item createItem(Api author, String owner, Visibility visibility, ContentStatus status, String marker)
            throws SQLException {
        Api.Reply created = author.post("api/v1/kb/items", body(owner, visibility, marker));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        Api.Reply file = author.upload("api/v1/kb/items/" + id + "/attachments", "bijlage-" + marker + ".txt",
                ("Bijlage over " + marker).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, file.status(), file::toString);
        long attachmentId = file.object().getJsonNumber("id").longValue();
        Api.Reply read = author.get("api/v1/kb/items/" + id);
        String etag = read.response().headers().firstValue("ETag").orElseThrow();
        Api.Reply edited = author.put("api/v1/kb/items/" + id, body(owner, visibility, marker).replace("Eerste", "Tweede"), etag);
        assertEquals(200, edited.status(), edited::toString);
        if (status != ContentStatus.DRAFT) {
            Api.Reply published = author.post("api/v1/kb/items/" + id + "/publish", null);
            assertEquals(200, published.status(), published::toString);
        }
        if (status == ContentStatus.RETIRED) {
            Api.Reply retired = author.post("api/v1/kb/items/" + id + "/retire", null);
            assertEquals(200, retired.status(), retired::toString);
        }
        try (Connection db = TestAccounts.connect(); PreparedStatement select = db.prepareStatement(
                "SELECT visibility, status, owning_municipality_id, owner_account_id FROM kb_item WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                long municipality = row.getLong(3);
                Long owningMunicipalityId = row.wasNull() ? null : municipality;
                ContentAccess access = new ContentAccess(Visibility.valueOf(row.getString(1)),
                        ContentStatus.valueOf(row.getString(2)), owningMunicipalityId, row.getLong(4));
                assertEquals(status, access.status());
                return new Item(id, attachmentId, marker, owner, access);
            }
        }
    }

    private static String body(String owner, Visibility visibility, String marker) {
        return Json.createObjectBuilder().add("kind", "DEVELOPMENT_UPDATE").add("title", "Toegang " + marker)
                .add("summary", "Samenvatting " + marker).add("body", "Eerste regel over " + marker + ".")
                .add("municipality", owner).add("visibility", visibility.name())
                .add("themes", Json.createArrayBuilder().add(THEME)).build().toString();
    }

    private Reader reader(Map<String, Reader> readers, String username, String cbsCode, String... roles)
            throws SQLException {
        TestAccounts.create(username, cbsCode, roles);
        try (Connection db = TestAccounts.connect(); PreparedStatement select = db.prepareStatement(
                "SELECT id, municipality_id FROM account WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                long municipality = row.getLong(2);
                Long municipalityId = row.wasNull() ? null : municipality;
                EnumSet<Role> set = EnumSet.noneOf(Role.class);
                for (String role : roles) {
                    set.add(Role.fromCode(role).orElseThrow());
                }
                Reader reader = new Reader(username, Api.as(base, username),
                        new Actor(row.getLong(1), username, municipalityId, set));
                readers.put(username, reader);
                return reader;
            }
        }
    }

    private static boolean status(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 404, reply::toString);
        return reply.status() == 200;
    }

    /** Every page of the list. */
    private static Set<Long> listedIds(Api api) {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get("api/v1/kb/items?size=100&page=" + page);
            assertEquals(200, reply.status(), reply::toString);
            ids.addAll(ids(reply.object().getJsonArray("items")));
            if ((long) (page + 1) * 100 >= reply.object().getInt("total")) {
                return ids;
            }
        }
    }

    private static Set<Long> changedIds(Api api) {
        Api.Reply reply = api.get("api/v1/kb/watches");
        assertEquals(200, reply.status(), reply::toString);
        Set<Long> ids = new HashSet<>();
        reply.array().getValuesAs(JsonObject.class).stream().filter(w -> THEME.equals(w.getString("target")))
                .forEach(w -> ids.addAll(ids(w.getJsonArray("changed"))));
        return ids;
    }

    private static Set<Long> arrayIds(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return ids(reply.array());
    }

    private static Set<Long> ids(jakarta.json.JsonArray array) {
        Set<Long> ids = new HashSet<>();
        for (JsonValue value : array) {
            ids.add(value.asJsonObject().getJsonNumber("id").longValue());
        }
        return ids;
    }

    private static long facetTotal(JsonObject search) {
        JsonObject facets = search.getJsonObject("facets");
        if (facets == null) {
            return 0;
        }
        long total = 0;
        for (String dimension : facets.keySet()) {
            for (JsonValue count : facets.getJsonArray(dimension)) {
                total += count.asJsonObject().getJsonNumber("count").longValue();
            }
        }
        return total;
    }

    /**
     * Item n's own part of its marker, xxxyyy: any two of them are at least three edits apart, so
     * search's typo tolerance (at most two edits) never takes one marker for another.
     */
    private static String marker(int n) {
        String x = String.valueOf(LETTERS.charAt(n / LETTERS.length()));
        String y = String.valueOf(LETTERS.charAt(n % LETTERS.length()));
        return x.repeat(3) + y.repeat(3);
    }

    private static String letters(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private static String misspell(String marker, Random random) {
        char[] chars = marker.toCharArray();
        int at = 3 + random.nextInt(chars.length - 3);
        chars[at] = LETTERS.charAt((LETTERS.indexOf(chars[at]) + 1 + random.nextInt(LETTERS.length() - 1)) % LETTERS.length());
        return new String(chars);
    }
}
