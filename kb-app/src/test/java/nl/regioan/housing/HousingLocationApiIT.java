package nl.regioan.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.Refusals;
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
 * The housing-location register against the real WAR and MariaDB: every endpoint, the norm check
 * on every save, ETag/If-Match, history, the visibility of knowledge items (a location restricted to
 * its municipality is 404 to another municipality), and refusals (wrong role, other municipality,
 * bad input naming the field) that store nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HousingLocationApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private Api arnhem;          // contributor of Arnhem (GM0202)
    private Api arnhemReader;
    private Api nijmegen;        // contributor of Nijmegen (GM0268)
    private Api nijmegenReader;
    private Api steward;         // data steward of Arnhem: reads, never writes
    private Api steering;
    private Api coordinator;

    @BeforeEach
    void logIn() {
        arnhem = Api.as(base, TestAccounts.create("housing-contrib-arnhem", "GM0202", "contributor")).inLanguage("nl");
        arnhemReader = Api.as(base, TestAccounts.create("housing-reader-arnhem", "GM0202", "reader"));
        nijmegen = Api.as(base, TestAccounts.create("housing-contrib-nijmegen", "GM0268", "contributor"));
        nijmegenReader = Api.as(base, TestAccounts.create("housing-reader-nijmegen", "GM0268", "reader"));
        steward = Api.as(base, TestAccounts.create("housing-steward-arnhem", "GM0202", "data-steward"));
        steering = Api.as(base, TestAccounts.create("housing-steering", null, "steering"));
        coordinator = Api.as(base, TestAccounts.create("housing-coordinator", null, "coordinator"));
    }

    /** A location in use in Arnhem whose third room fails the 5.5 m2 norm. */
    static JsonObjectBuilder location(String name) {
        JsonArrayBuilder rooms = Json.createArrayBuilder()
                .add(room(9.0, 1, false)).add(room(6.0, 1, false)).add(room(8.0, 2, true));
        return Json.createObjectBuilder().add("name", name).add("address", "Kolkweg 1, Arnhem")
                .add("municipality", "GM0202").add("kind", "CONVERTED_BUILDING").add("status", "IN_USE")
                .add("inUseFrom", "2024-05-01").add("operator", "Flexwonen BV").add("beds", 4).add("rooms", rooms)
                .add("usableLivingArea", 60).add("snfCertified", true).add("snfCertifiedOn", "2025-03-01")
                .add("snfExpiresOn", "2030-03-01").add("manager", "REMOTE").add("separateRentalContract", true)
                .add("minorsHoused", false).add("sleepingPlaceSharedPerDay", false).add("shortStays", true)
                .add("nightRegister", true).add("houseRulesLanguages", Json.createArrayBuilder().add("nl").add("pl"))
                .add("residentLanguages", Json.createArrayBuilder().add("pl")).add("contactPerson", "J. de Vries");
    }

    static JsonObjectBuilder room(double area, int occupants, boolean couple) {
        return Json.createObjectBuilder().add("area", area).add("occupants", occupants).add("couple", couple);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject create(Api api, JsonObjectBuilder body) {
        Api.Reply reply = api.post("api/v1/housing/locations", body.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    private static long id(JsonObject location) {
        return location.getJsonNumber("id").longValue();
    }

    private static String etag(Api.Reply reply) {
        return reply.response().headers().firstValue("ETag").orElseThrow();
    }

    private static JsonObject norm(JsonObject location, String norm) {
        return location.getJsonArray("norms").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("norm").equals(norm)).findFirst().orElseThrow();
    }

    private static long rowsNamed(String name) throws Exception {
        return Long.parseLong(StoredRows.of("SELECT COUNT(*) FROM housing_location WHERE name = ?", name).get(0).get(0));
    }

    @Test
    void anonymousIs401AndRolesThatDoNotWriteAre403() throws Exception {
        assertEquals(401, new Api(base).get("api/v1/housing/locations").status());
        String name = unique("Niet toegestaan");
        assertEquals(403, steward.post("api/v1/housing/locations", location(name).build().toString()).status());
        assertEquals(403, arnhemReader.post("api/v1/housing/locations", location(name).build().toString()).status());
        assertEquals(403, steering.post("api/v1/housing/locations", location(name).build().toString()).status());
        assertEquals(0, rowsNamed(name));
    }

    @Test
    void aSavedLocationCarriesItsNormCheckWithTheFailingFiguresInDutch() throws Exception {
        String name = unique("De Kolk");
        Api.Reply reply = arnhem.post("api/v1/housing/locations", location(name).build().toString());
        assertEquals(201, reply.status(), reply::toString);
        JsonObject saved = reply.object();
        assertEquals("\"" + saved.getJsonNumber("version").longValue() + "\"", etag(reply));
        JsonObject bedroom = norm(saved, "BEDROOM_AREA");
        assertEquals("NOT_MET", bedroom.getString("outcome"));
        assertEquals("kamer 3: 8,0 m² voor 2 personen = 4,0 m² per persoon, norm 5,5",
                bedroom.getJsonArray("findings").getString(0));
        assertEquals("MET", norm(saved, "LIVING_AREA").getString("outcome"), "60 m² for 4 residents");
        assertEquals("MET", norm(saved, "MANAGER").getString("outcome"));
        assertEquals(11, saved.getJsonArray("norms").size());
        assertEquals(10, saved.getJsonObject("normCounts").getInt("met"));
        assertEquals(1, saved.getJsonObject("normCounts").getInt("notMet"));
        assertEquals("GM0202", saved.getJsonObject("details").getString("municipality"));
        assertEquals("Arnhem", saved.getString("municipalityName"));
        assertEquals(List.of("edit"), saved.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        // in English on request
        JsonObject english = coordinator.get("api/v1/housing/locations/" + id(saved)).object();
        assertEquals("room 3: 8.0 m² for 2 people = 4.0 m² per person, norm 5.5",
                norm(english, "BEDROOM_AREA").getJsonArray("findings").getString(0));
        // audited, with version 1 in the history
        assertEquals(List.of(List.of("housing.location.created", "housing-contrib-arnhem")),
                StoredRows.of("SELECT action, actor_username FROM audit_entry"
                        + " WHERE entity_type = 'housing_location' AND entity_id = ?", String.valueOf(id(saved))));
        Api.Reply history = arnhem.get("api/v1/housing/locations/" + id(saved) + "/versions");
        assertEquals(200, history.status(), history::toString);
        assertEquals(1, history.array().size());
        assertEquals(name, history.array().getJsonObject(0).getJsonObject("details").getString("name"));
    }

    @Test
    void aChangeNeedsTheETagAndAStaleOneIs412WithTheCurrentVersion() throws Exception {
        JsonObject saved = create(arnhem, location(unique("Het Veld")));
        long id = id(saved);
        Api.Reply read = arnhemReader.get("api/v1/housing/locations/" + id);
        assertEquals(200, read.status(), read::toString);
        String etag = etag(read);
        assertEquals(List.of(), read.object().getJsonArray("actions"), "a reader may not change it");

        // a builder empties itself on build(): the body is written once
        String fixed = location(saved.getJsonObject("details").getString("name"))
                .add("rooms", Json.createArrayBuilder().add(room(9.0, 1, false)).add(room(6.0, 1, false))
                        .add(room(11.0, 2, true))).build().toString();
        Api.Reply missing = arnhem.put("api/v1/housing/locations/" + id, fixed, null);
        assertEquals(428, missing.status(), missing::toString);
        Api.Reply changed = arnhem.put("api/v1/housing/locations/" + id, fixed, etag);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("MET", norm(changed.object(), "BEDROOM_AREA").getString("outcome"), "re-checked on save");
        assertFalse(etag.equals(etag(changed)));

        Api.Reply stale = coordinator.put("api/v1/housing/locations/" + id, location("Oud").build().toString(), etag);
        assertEquals(412, stale.status(), stale::toString);
        assertEquals(changed.object().getJsonNumber("version").longValue(),
                stale.object().getJsonNumber("currentVersion").longValue());
        assertEquals(0, rowsNamed("Oud"));
        assertEquals(400, arnhem.put("api/v1/housing/locations/" + id, fixed, "\"drie\"").status());

        Api.Reply history = steering.get("api/v1/housing/locations/" + id + "/versions");
        assertEquals(List.of(2, 1), history.array().getValuesAs(JsonObject.class).stream().map(v -> v.getInt("number")).toList());
        assertEquals(List.of("edited", "created"), history.array().getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("note")).toList());
        assertEquals(404, arnhem.get("api/v1/housing/locations/99999999").status());
        assertEquals(404, arnhem.put("api/v1/housing/locations/99999999", fixed, "\"1\"").status());
    }

    @Test
    void aLocationRestrictedToItsMunicipalityIsSeenByItAndTheRegionalStaffOnly() {
        JsonObject restricted = create(arnhem, location(unique("Probleemlocatie")).add("visibility", "MUNICIPALITY"));
        long id = id(restricted);
        String path = "api/v1/housing/locations/" + id;
        assertEquals(200, arnhemReader.get(path).status());
        assertEquals(200, steering.get(path).status());
        assertEquals(200, coordinator.get(path).status());
        assertEquals(404, nijmegenReader.get(path).status());
        assertEquals(404, nijmegen.get(path + "/versions").status());
        assertFalse(nijmegenReader.get("api/v1/housing/locations?size=100&q=Probleemlocatie").body()
                .contains("\"id\":" + id + ","));
        assertTrue(coordinator.get("api/v1/housing/locations?size=100&q=Probleemlocatie").body().contains("\"id\":" + id + ","));

        JsonObject steeringOnly = create(coordinator, location(unique("Stuurgroep")).add("visibility", "STEERING"));
        assertEquals(404, arnhemReader.get("api/v1/housing/locations/" + id(steeringOnly)).status());
        assertEquals(200, steering.get("api/v1/housing/locations/" + id(steeringOnly)).status());

        JsonObject open = create(arnhem, location(unique("Open locatie")));
        assertEquals(200, nijmegenReader.get("api/v1/housing/locations/" + id(open)).status(), "region is the default");
    }

    @Test
    void anotherMunicipalityCannotRegisterOrChangeArnhemsLocations() throws Exception {
        String name = unique("Overgenomen");
        Api.Reply created = nijmegen.post("api/v1/housing/locations", location(name).build().toString());
        assertEquals(403, created.status(), created::toString);
        assertEquals(0, rowsNamed(name));

        JsonObject open = create(arnhem, location(unique("Van Arnhem")));
        Api.Reply read = nijmegen.get("api/v1/housing/locations/" + id(open));
        Api.Reply changed = nijmegen.put("api/v1/housing/locations/" + id(open),
                location(name).add("municipality", "GM0268").build().toString(), etag(read));
        assertEquals(403, changed.status(), changed::toString);
        assertEquals(0, rowsNamed(name));
        // and Arnhem's contributor cannot move it to Nijmegen
        Api.Reply moved = arnhem.put("api/v1/housing/locations/" + id(open),
                location(name).add("municipality", "GM0268").build().toString(), etag(read));
        assertEquals(403, moved.status(), moved::toString);
        assertEquals(0, rowsNamed(name));
        // the coordinator keeps the regional register
        assertEquals(201, coordinator.post("api/v1/housing/locations",
                location(unique("Door de coördinator")).add("municipality", "GM0268").build().toString()).status());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        List<Case> cases = List.of(
                new Case("beds", "5000", b -> b.add("beds", 10_000)),
                new Case("beds", "1", b -> b.add("beds", 0)),
                new Case("/rooms/0/area", "500", b -> b.add("rooms", Json.createArrayBuilder().add(room(0, 1, false)))),
                new Case("/rooms/0/area", "500", b -> b.add("rooms", Json.createArrayBuilder().add(room(-4, 1, false)))),
                new Case("rooms", "4", b -> b.add("rooms", Json.createArrayBuilder().add(room(12, 2, true))
                        .add(room(12, 2, true)).add(room(8, 1, false)))),
                new Case("usableLivingArea", "200000", b -> b.add("usableLivingArea", 0)),
                new Case("snfExpiresOn", "2025-03-01", b -> b.add("snfExpiresOn", "2025-01-01")),
                new Case("municipality", "GM9999", b -> b.add("municipality", "GM9999")),
                new Case("kind", "CONCENTRATED_LOCATION", b -> b.add("kind", "kasteel")),
                new Case("inUseFrom", "2000-01-01", b -> b.add("inUseFrom", "gisteren")),
                new Case("residentLanguages", "ISO 639", b -> b.add("residentLanguages", Json.createArrayBuilder().add("Pools"))),
                new Case("/linkedItems/0", "99999999", b -> b.add("linkedItems", Json.createArrayBuilder().add(99999999))));
        for (Case c : cases) {
            String name = unique("Fout " + c.field());
            JsonObjectBuilder body = location(name);
            c.change().accept(body);
            Api.Reply reply = arnhem.inLanguage("en").post("api/v1/housing/locations", body.build().toString());
            Refusals.assertRefused(reply, c.field(), c.mentioned());
            assertEquals(0, rowsNamed(name), c.field());
        }
        // a wrong shape is refused by the strict JSON reader
        assertEquals(400, arnhem.post("api/v1/housing/locations", "{\"name\": \"x\", \"beds\": \"vier\"}").status());
        assertEquals(400, arnhem.post("api/v1/housing/locations", "{\"name\": \"x\", \"unknown\": 1}").status());
        assertEquals(400, arnhem.post("api/v1/housing/locations", "{}").status());
    }

    record Case(String field, String mentioned, Consumer<JsonObjectBuilder> change) {
    }

    @Test
    void theListIsFilteredAndPaged() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create(arnhem, location("Filter " + tag + " een").add("kind", "TEMPORARY_UNITS"));
        create(arnhem, location("Filter " + tag + " twee").add("kind", "TEMPORARY_UNITS"));
        create(coordinator, location("Filter " + tag + " drie").add("municipality", "GM0268"));
        JsonObject page = steering.get("api/v1/housing/locations?q=" + tag + "&municipality=GM0202&kind=TEMPORARY_UNITS&size=1&page=1").object();
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("locations").size());
        assertEquals("Filter " + tag + " twee", page.getJsonArray("locations").getJsonObject(0)
                .getJsonObject("details").getString("name"));
        assertEquals(3, steering.get("api/v1/housing/locations?q=" + tag).object().getInt("total"));
        assertEquals(0, steering.get("api/v1/housing/locations?q=" + tag + "&status=CLOSED").object().getInt("total"));
        assertEquals("municipality", steering.get("api/v1/housing/locations?municipality=GM9999").badRequestField());
        assertEquals("kind", steering.get("api/v1/housing/locations?kind=kasteel").badRequestField());
        assertEquals("size", steering.get("api/v1/housing/locations?size=1000").badRequestField());
        assertEquals("page", steering.get("api/v1/housing/locations?page=-1").badRequestField());
    }

    @Test
    void theOverviewCountsLocationsBedsAndNormsForRegionalStaffOnly() {
        create(arnhem, location(unique("Overzicht")).add("kind", "SHARED_DWELLING"));
        Api.Reply reply = coordinator.get("api/v1/housing/overview");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject overview = reply.object();
        JsonObject group = overview.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("municipality").equals("GM0202") && g.getString("kind").equals("SHARED_DWELLING"))
                .findFirst().orElseThrow();
        assertTrue(group.getInt("locations") >= 1);
        assertTrue(group.getInt("beds") >= 4);
        assertEquals(group.getInt("locations"), group.getInt("inUse"));
        JsonObject bedroom = overview.getJsonArray("norms").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("norm").equals("BEDROOM_AREA")).findFirst().orElseThrow();
        assertEquals(overview.getInt("locations"), bedroom.getInt("met") + bedroom.getInt("notMet") + bedroom.getInt("unknown"));
        assertTrue(bedroom.getInt("notMet") >= 1);
        assertEquals(200, steering.get("api/v1/housing/overview").status());
        assertEquals(403, arnhemReader.get("api/v1/housing/overview").status());
        assertEquals(403, steward.get("api/v1/housing/overview").status());
        assertEquals(403, arnhem.get("api/v1/housing/overview").status());
    }

    @Test
    void theRegisterProposesTheQuartersKnownLocationsAndPlacesWithTheListBehindThem() {
        // Beuningen (GM0209): no other test registers locations there
        create(coordinator, location(unique("Beuningen in gebruik")).add("municipality", "GM0209").add("beds", 40)
                .add("rooms", Json.createArrayBuilder()).add("inUseFrom", "2025-02-01"));
        create(coordinator, location(unique("Beuningen gesloten")).add("municipality", "GM0209").add("beds", 10)
                .add("rooms", Json.createArrayBuilder()).add("status", "CLOSED").add("inUseFrom", "2024-01-01")
                .add("closedOn", "2025-03-31"));
        create(coordinator, location(unique("Beuningen gepland")).add("municipality", "GM0209").add("status", "PLANNED")
                .add("rooms", Json.createArrayBuilder()).remove("inUseFrom"));
        create(coordinator, location(unique("Beuningen stuurgroep")).add("municipality", "GM0209").add("beds", 5)
                .add("rooms", Json.createArrayBuilder()).add("inUseFrom", "2025-01-01").add("visibility", "STEERING"));
        Api beuningen = Api.as(base, TestAccounts.create("housing-steward-beuningen", "GM0209", "data-steward"));

        Api.Reply reply = beuningen.get("api/v1/monitoring/suggestions/GM0209/2025-Q1");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject locations = suggestion(reply, "HUISV_LOCATIES");
        JsonObject places = suggestion(reply, "HUISV_PLEKKEN");
        assertEquals(1, locations.getJsonNumber("value").intValue(), "in use on 31 March; closed that day; planned; hidden");
        assertEquals(40, places.getJsonNumber("value").intValue());
        assertTrue(places.getJsonArray("basis").getJsonObject(0).getString("name").startsWith("Beuningen in gebruik"));
        assertEquals(40, places.getJsonArray("basis").getJsonObject(0).getJsonNumber("amount").intValue());
        // the coordinator may read the steering group's location too
        Api.Reply all = coordinator.get("api/v1/monitoring/suggestions/GM0209/2025-Q1");
        assertEquals(2, suggestion(all, "HUISV_LOCATIES").getJsonNumber("value").intValue());
        assertEquals(45, suggestion(all, "HUISV_PLEKKEN").getJsonNumber("value").intValue());
        // a quarter earlier the closed location was still in use and the others were not yet
        Api.Reply earlier = beuningen.get("api/v1/monitoring/suggestions/GM0209/2024-Q4");
        assertEquals(10, suggestion(earlier, "HUISV_PLEKKEN").getJsonNumber("value").intValue());

        assertEquals(403, steward.get("api/v1/monitoring/suggestions/GM0209/2025-Q1").status(), "another municipality's");
        assertEquals(403, arnhemReader.get("api/v1/monitoring/suggestions/GM0202/2025-Q1").status());
        assertEquals("period", beuningen.get("api/v1/monitoring/suggestions/GM0209/2025").badRequestField());
        assertEquals("cbsCode", coordinator.get("api/v1/monitoring/suggestions/region/2025-Q1").badRequestField());
    }

    private static JsonObject suggestion(Api.Reply reply, String indicator) {
        return reply.array().getValuesAs(JsonObject.class).stream().filter(s -> s.getString("indicator").equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError(indicator + " in " + reply));
    }

    @Test
    void theExportIsTrimmedAndWritesAFormulaAsText() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create(arnhem, location("=HYPERLINK(\"http://x\") " + tag));
        create(arnhem, location("Beperkt " + tag).add("visibility", "MUNICIPALITY"));
        String arnhems = csv(arnhemReader, "api/v1/housing/export?q=" + tag);
        assertTrue(arnhems.startsWith("id,name,address,cbs_code,"), arnhems);
        assertTrue(arnhems.contains("\"'=HYPERLINK(\"\"http://x\"\") " + tag + "\""), arnhems);
        assertTrue(arnhems.contains("Beperkt " + tag), arnhems);
        assertTrue(arnhems.contains(",NOT_MET,"), "one column per norm: " + arnhems);
        String nijmegens = csv(nijmegenReader, "api/v1/housing/export?q=" + tag);
        assertFalse(nijmegens.contains("Beperkt " + tag), nijmegens);
        assertEquals(2, nijmegens.strip().lines().count(), "the header and the open location: " + nijmegens);
    }

    private static String csv(Api api, String path) {
        Api.Reply reply = api.send(java.net.http.HttpRequest.newBuilder(api.resolve(path)).GET().header("Accept", "text/csv"));
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        return reply.body();
    }

    @Test
    void anImportedRegisterIsStoredWholeOrNotAtAll() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bad = "name;cbs_code;kind;status;in_use_from;beds;usable_living_area_m2;snf_certified\n"
                + "Import " + tag + " goed;GM0202;OTHER;IN_USE;2024-01-01;12;200,5;ja\n"
                + "Import " + tag + " fout;GM0202;OTHER;IN_USE;2024-01-01;0;;misschien\n"
                + "Import " + tag + " onbekend;GM9999;OTHER;PLANNED;;;;\n";
        Api.Reply refused = upload(arnhem.inLanguage("en"), bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("/3/beds", "/3/snf_certified", "/4/cbs_code"), Refusals.fields(refused).stream().sorted().toList());
        assertEquals(0, Long.parseLong(StoredRows.of("SELECT COUNT(*) FROM housing_location WHERE name LIKE ?",
                "Import " + tag + "%").get(0).get(0)), "nothing stored");

        String good = "name,cbs_code,kind,status,in_use_from,beds\n"
                + "Import " + tag + " een,GM0202,OTHER,IN_USE,2024-01-01,12\n"
                + "Import " + tag + " twee,,TEMPORARY_UNITS,PLANNED,,\n";
        Api.Reply stored = upload(arnhem, good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(2, stored.object().getInt("imported"));
        long id = stored.object().getJsonArray("ids").getJsonNumber(0).longValue();
        JsonObject first = arnhem.get("api/v1/housing/locations/" + id).object();
        assertEquals(12, first.getJsonObject("details").getInt("beds"));
        assertEquals("imported", arnhem.get("api/v1/housing/locations/" + id + "/versions").array().getJsonObject(0)
                .getString("note"));

        // the same from a workbook, as Excel saves it
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("Register");
            String[][] cells = {{"name", "cbs_code", "kind", "status", "in_use_from", "beds"},
                    {"Import " + tag + " werkboek", "GM0202", "CONCENTRATED_LOCATION", "IN_USE", "2023-06-01", "120"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (r == 1 && c == 5) {
                        row.createCell(c).setCellValue(120);
                    } else {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            workbook.write(xlsx);
        }
        Api.Reply fromWorkbook = upload(arnhem, xlsx.toByteArray());
        assertEquals(201, fromWorkbook.status(), fromWorkbook::toString);
        JsonObject big = arnhem.get("api/v1/housing/locations/" + fromWorkbook.object().getJsonArray("ids")
                .getJsonNumber(0).longValue()).object();
        assertEquals("UNKNOWN", norm(big, "MANAGER").getString("outcome"), "120 residents, supervision not filled in");

        assertEquals(403, upload(steward, good.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
        assertEquals("file", upload(arnhem, new byte[] {'P', 'K', 3, 4, 0, 0}).badRequestField());
    }

    private static Api.Reply upload(Api api, byte[] file) {
        return api.send(java.net.http.HttpRequest.newBuilder(api.resolve("api/v1/housing/import"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json"));
    }
}
