package nl.regioan.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The knowledge base and the search together: a saved item is searchable at once for whoever may
 * read it, and invisible (hits, totals, facets, suggestions) to whoever may not.
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
}
