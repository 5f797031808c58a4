package nl.regioan.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.regioan.testsupport.Api;
import nl.regioan.testsupport.RealWar;
import nl.regioan.testsupport.TestAccounts;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base and the search together: a saved item is searchable at once for whoever may
 * read it, and invisible (hits, totals, facets, suggestions) to whoever may not; a rebuild from the
 * database gives every item the same document as its save did.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeSearchIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return RealWar.load();
    }

    @ArquillianResource
    URL base;

    private static String item(String title, String body, String visibility) {
        return Json.createObjectBuilder().add("kind", "BEST_PRACTICE").add("title", title)
                .add("summary", "Samenvatting").add("body", body).add("visibility", visibility)
                .add("themes", Json.createArrayBuilder().add("1")).add("blocks", Json.createArrayBuilder().add("1.1"))
                .add("tags", Json.createArrayBuilder()).build().toString();
    }

    private static List<String> titles(Api api, String query) {
        Api.Reply reply = api.get("api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("title")).toList();
    }

    private long publish(Api author, String json) {
        Api.Reply created = author.post("api/v1/kb/items", json);
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(200, author.post("api/v1/kb/items/" + id + "/publish", null).status());
        return id;
    }

    @Test
    void aPublishedItemIsFoundAtOnceByThoseWhoMayReadItAndNeverByOthers() {
        Api arnhemAuthor = Api.as(base, TestAccounts.create("ks-contrib-arnhem", "GM0202", "contributor"));
        Api arnhemReader = Api.as(base, TestAccounts.create("ks-reader-arnhem", "GM0202", "reader"));
        Api nijmegenReader = Api.as(base, TestAccounts.create("ks-reader-nijmegen", "GM0268", "reader"));

        publish(arnhemAuthor, item("Handhaving kamerverhuur Zwanenveld",
                "Overlastmeldingen bij de locatie kwartelkoning werden samen met de politie opgepakt.", "MUNICIPALITY"));
        // Seen by the author's municipality straight after the save ...
        assertTrue(titles(arnhemAuthor, "kwartelkoning").contains("Handhaving kamerverhuur Zwanenveld"));
        assertTrue(titles(arnhemReader, "kwartelkoning").contains("Handhaving kamerverhuur Zwanenveld"));
        // ... and by nobody in another municipality: no hit, no count, no facet.
        Api.Reply hidden = nijmegenReader.get("api/v1/kb/search?q=kwartelkoning");
        assertEquals(0, hidden.object().getJsonNumber("total").longValue(), hidden::toString);
        assertFalse(hidden.body().contains("Zwanenveld"), hidden::toString);
        assertFalse(nijmegenReader.get("api/v1/kb/suggest?q=Handhaving%20kamerv").body().contains("Zwanenveld"));
    }

    @Test
    void regionItemsAreFoundByEveryoneAlsoThroughTheDutchSynonyms() {
        Api arnhemAuthor = Api.as(base, TestAccounts.create("ks-contrib-arnhem", "GM0202", "contributor"));
        Api nijmegenReader = Api.as(base, TestAccounts.create("ks-reader-nijmegen", "GM0268", "reader"));
        publish(arnhemAuthor, item("Huisvesting internationale werknemers Elst",
                "Over tijdelijke internationale werknemers in een omgebouwd kantoor, met een klankbordgroep.", "REGION"));
        List<String> found = titles(nijmegenReader, "arbeidsmigranten klankbordgroep");
        assertTrue(found.contains("Huisvesting internationale werknemers Elst"), found::toString);
    }

    @Test
    void draftsStayOutOfOtherMunicipalitiesResults() {
        Api arnhemAuthor = Api.as(base, TestAccounts.create("ks-contrib-arnhem", "GM0202", "contributor"));
        Api nijmegenReader = Api.as(base, TestAccounts.create("ks-reader-nijmegen", "GM0268", "reader"));
        Api.Reply draft = arnhemAuthor.post("api/v1/kb/items", item("Concept nachtregister roerdomp",
                "Concepttekst over het roerdomp nachtregister.", "REGION"));
        assertEquals(201, draft.status(), draft::toString);
        assertTrue(titles(arnhemAuthor, "roerdomp").contains("Concept nachtregister roerdomp"));
        assertEquals(0, nijmegenReader.get("api/v1/kb/search?q=roerdomp").object().getJsonNumber("total").longValue());
    }

    /** A synonym saved by an editor is used by the next search (it reaches the index after the commit). */
    @Test
    void aNewSynonymIsUsedByTheNextSearch() {
        Api arnhemAuthor = Api.as(base, TestAccounts.create("ks-contrib-arnhem", "GM0202", "contributor"));
        Api editor = Api.as(base, TestAccounts.create("ks-editor", null, "editor"));
        String word = "zq" + letters(), other = "zq" + letters();
        publish(arnhemAuthor, item("Synoniem " + word, "Een verslag over " + word + ".", "REGION"));
        assertTrue(titles(arnhemAuthor, other).isEmpty());
        Api.Reply created = editor.post("api/v1/kb/synonyms", "{\"terms\":[\"" + word + "\",\"" + other + "\"]}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(List.of("Synoniem " + word), titles(arnhemAuthor, other));
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /**
     * A save indexes the item read on its own ({@code find}), a rebuild reads it a page at a time
     * ({@code batch}): both must give the same document, compared on the committed index on disk,
     * field by field (stored values, access terms, update time), for items with tags, themes,
     * blocks, attachments, with and without an owning municipality.
     */
    @Test
    void aRebuildGivesEveryItemTheSameDocumentAsItsSave() throws Exception {
        Api author = Api.as(base, TestAccounts.create("ks-contrib-arnhem", "GM0202", "contributor"));
        Api admin = Api.as(base, TestAccounts.create("ks-admin", null, "admin"));
        String marker = "herbouw" + UUID.randomUUID().toString().substring(0, 8);
        long municipal = publish(author, Json.createObjectBuilder().add("kind", "BEST_PRACTICE")
                .add("title", "Nachtregister " + marker).add("summary", "Samenvatting " + marker)
                .add("body", "Een **vet** verslag over het nachtregister en de *toeristenbelasting*.")
                .add("visibility", "MUNICIPALITY")
                .add("themes", Json.createArrayBuilder().add("2").add("1"))
                .add("blocks", Json.createArrayBuilder().add("2.1").add("1.2").add("1.1"))
                .add("tags", Json.createArrayBuilder().add("zomer").add("arbeidsmigratie").add("rni"))
                .build().toString());
        long region = publish(author, Json.createObjectBuilder().add("kind", "POLICY_DOCUMENT")
                .add("title", "Regionaal beleid " + marker).add("summary", "Voor de hele regio").add("body", "")
                .add("visibility", "REGION").add("themes", Json.createArrayBuilder().add("3"))
                .add("blocks", Json.createArrayBuilder()).add("tags", Json.createArrayBuilder())
                .build().toString());
        long draft = author.post("api/v1/kb/items", item("Concept " + marker, "Nog niet gepubliceerd.", "REGION"))
                .object().getJsonNumber("id").longValue();
        String path = "api/v1/kb/items/" + municipal + "/attachments";
        assertEquals(201, author.upload(path, "notities.txt", ("Afspraken over de kwartiermaker " + marker)
                .getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(201, author.upload(path, "tweede.txt", "Tweede bijlage".getBytes(StandardCharsets.UTF_8)).status());
        List<Long> ids = List.of(municipal, region, draft);

        // What the saves indexed, once the periodic index commit (every 5 s) has them on disk; the last
        // save is the second file.
        Map<Long, String> saved = Map.of();
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; Thread.sleep(250)) {
            saved = documents(ids);
            if (committed(saved, ids, marker) && saved.get(municipal).contains("tweede.txt")) {
                break;
            }
        }
        assertTrue(committed(saved, ids, marker) && saved.get(municipal).contains("tweede.txt"), saved::toString);
        assertTrue(saved.get(municipal).contains("kwartiermaker " + marker) && saved.get(municipal).contains("GM0202")
                && saved.get(municipal).contains("tag=rni"), saved::toString);

        String before = Files.readString(indexRoot().resolve("current")).strip();
        Api.Reply rebuild = admin.post("api/v1/admin/search/rebuild", "{}");
        assertEquals(202, rebuild.status(), rebuild::toString);
        JsonObject status = admin.get("api/v1/admin/search/status").object();
        for (long deadline = System.nanoTime() + 60_000_000_000L; System.nanoTime() < deadline
                && (status.getBoolean("rebuilding") || !"READY".equals(status.getString("state"))
                || before.equals(status.getString("generation", before))); Thread.sleep(200)) {
            status = admin.get("api/v1/admin/search/status").object();
        }
        assertEquals("READY", status.getString("state"), status::toString);
        assertEquals(saved, documents(ids), "a rebuilt document differs from the one its save indexed");

        // And the rebuilt index answers from the attachment text, with the item's municipality.
        Api.Reply found = author.get("api/v1/kb/search?q=kwartiermaker%20" + marker);
        assertEquals(1, found.object().getJsonNumber("total").longValue(), found::toString);
        assertTrue(found.body().contains("GM0202") && found.body().contains("notities.txt"), found::toString);
    }

    private static boolean committed(Map<Long, String> documents, List<Long> ids, String marker) {
        return ids.stream().allMatch(id -> documents.containsKey(id) && documents.get(id).contains(marker));
    }

    private static Path indexRoot() {
        return Path.of(System.getProperty("kb.test.work"), "data", "index");
    }

    /** The committed documents of these items in the index generation in use, each as text: field=value lines. */
    private static Map<Long, String> documents(List<Long> ids) throws Exception {
        Path root = indexRoot();
        String generation = Files.readString(root.resolve("current")).strip();
        Map<Long, String> result = new TreeMap<>();
        try (FSDirectory directory = FSDirectory.open(root.resolve(generation));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (long id : ids) {
                TopDocs hits = searcher.search(new TermQuery(new org.apache.lucene.index.Term("id", Long.toString(id))), 2);
                if (hits.scoreDocs.length == 0) {
                    continue;
                }
                assertEquals(1, hits.scoreDocs.length, "one document per item");
                int doc = hits.scoreDocs[0].doc;
                StringBuilder text = new StringBuilder();
                Document stored = searcher.storedFields().document(doc);
                for (IndexableField field : stored.getFields()) {
                    text.append(field.name()).append('=').append(field.stringValue()).append('\n');
                }
                LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
                int local = doc - leaf.docBase;
                text.append("access=").append(access(leaf.reader(), local)).append('\n');
                NumericDocValues updated = leaf.reader().getNumericDocValues("updated");
                text.append("updated=").append(updated != null && updated.advanceExact(local) ? updated.longValue() : null);
                result.put(id, text.toString());
            }
        }
        return result;
    }

    /** The access terms a document is indexed with (not stored, so read from the postings). */
    private static List<String> access(LeafReader reader, int doc) throws Exception {
        List<String> terms = new ArrayList<>();
        Terms access = reader.terms("access");
        if (access == null) {
            return terms;
        }
        TermsEnum each = access.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            PostingsEnum postings = each.postings(null, PostingsEnum.NONE);
            if (postings.advance(doc) == doc) {
                terms.add(term.utf8ToString());
            }
        }
        return terms;
    }
}
