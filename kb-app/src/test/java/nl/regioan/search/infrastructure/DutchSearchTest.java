package nl.regioan.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.search.domain.SearchableItem;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Analysis and ranking on Dutch fixtures: synonyms, stemming, compounds, phrases, operators, spelling. */
class DutchSearchTest {

    private static TestIndex index;

    @BeforeAll
    static void build() {
        index = TestIndex.withSeedSynonyms(
                TestIndex.item(1, "Huisvesting in Druten", "Druten bouwt units voor internationale werknemers bij het bedrijventerrein."),
                TestIndex.item(2, "Beleidsregel", "Nieuwe regels voor arbeidsmigrantenhuisvesting in het buitengebied."),
                TestIndex.item(3, "Expertisepunt", "Een participatiehandreiking voor gemeenten die omwonenden betrekken."),
                TestIndex.item(4, "Inschrijving", "Inschrijving in de Registratie Niet-Ingezetenen bij aankomst."),
                TestIndex.item(5, "Vergunningen", "Een vergunning voor tijdelijke huisvesting van werknemers op een camping."),
                TestIndex.item(6, "Vergunning", "De vergunning voor een woning met acht bedden."),
                TestIndex.item(7, "Huisvesting tijdelijk", "Huisvesting die tijdelijk is: de huisvesting stopt na tien jaar."),
                TestIndex.item(8, "Handhaving", "Controle en handhaving bij overbewoning van woningen in Arnhem."),
                TestIndex.item(9, "Toeristenbelasting", "Tarief per persoon per nacht in Lingewaard is 1,00 euro."),
                TestIndex.item(10, "SNF-keurmerk", "Alleen SNF gecertificeerde aanbieders krijgen een vergunning."));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void arbeidsmigrantenFindsAnItemThatOnlySaysInternationaleWerknemers() {
        assertTrue(index.ids("arbeidsmigranten").contains(1L), index.ids("arbeidsmigranten")::toString);
        assertTrue(index.ids("arbeidsmigrant").contains(1L));
        assertTrue(index.ids("labour migrants").contains(1L));
    }

    @Test
    void internationaleWerknemersFindsAnItemThatSaysArbeidsmigranten() {
        List<Long> ids = index.ids("internationale werknemers");
        assertTrue(ids.contains(1L) && ids.contains(2L), ids::toString);
    }

    @Test
    void abbreviationsFindTheirExpansionAndBack() {
        assertTrue(index.ids("RNI").contains(4L), index.ids("RNI")::toString);
        assertTrue(index.ids("Stichting Normering Flexwonen").contains(10L));
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertTrue(index.ids("woning").contains(8L), "woningen is found by woning");
        assertTrue(index.ids("vergunningen").containsAll(List.of(5L, 6L, 10L)));
    }

    @Test
    void theExactFormRanksAboveAnotherForm() {
        List<Long> ids = index.ids("vergunningen");
        assertEquals(5L, ids.get(0), "item 5 has the exact word 'vergunningen' in its title: " + ids);
    }

    @Test
    void huisvestingFindsTheCompoundArbeidsmigrantenhuisvesting() {
        assertTrue(index.ids("huisvesting").contains(2L), index.ids("huisvesting")::toString);
    }

    @Test
    void participatieHandreikingFindsParticipatiehandreiking() {
        assertEquals(List.of(3L), index.ids("participatie handreiking"));
    }

    @Test
    void aPhraseNeedsTheWordsTogether() {
        List<Long> ids = index.ids("\"tijdelijke huisvesting\"");
        assertTrue(ids.contains(5L), ids::toString);
        assertFalse(ids.contains(7L), "item 7 has both words, but not together: " + ids);
        assertTrue(index.ids("tijdelijke huisvesting").contains(7L), "without quotes both match");
    }

    @Test
    void operatorsAndFieldPrefixesWork() {
        assertEquals(Set.of(5L, 6L, 10L), TestIndex.set(index.ids("vergunning")));
        assertEquals(Set.of(6L, 10L), TestIndex.set(index.ids("vergunning NOT camping")));
        assertEquals(Set.of(8L, 9L), TestIndex.set(index.ids("Arnhem OR Lingewaard")));
        assertEquals(Set.of(6L, 5L), TestIndex.set(index.ids("titel:vergunning")));
        assertEquals(Set.of(1L, 5L, 7L), TestIndex.set(index.ids("title:huisvesting OR camping")));
        assertTrue(index.ids("NOT huisvesting").size() > 0, "a query of only NOT means everything except");
        assertTrue(index.ids("huisv*").containsAll(List.of(1L, 5L, 7L)));
    }

    @Test
    void aMisspellingGetsASuggestion() {
        SearchResult result = index.search("huisvestnig");
        assertEquals("huisvesting", result.suggestion());
        assertEquals("toeristenbelasting Lingewaard", index.search("toeristenbelastnig Lingewaard").suggestion());
        assertNull(index.search("huisvesting").suggestion(), "a word that finds something is not corrected");
        assertEquals("titel:huisvesting", index.search("titel:huisvestnig").suggestion(), "field prefixes stay");
    }

    @Test
    void snippetsHighlightTheMatchAndEscapeTheRest() {
        SearchResult.Hit hit = index.search("camping").hits().get(0);
        String html = hit.snippets().get(0).html();
        assertTrue(html.contains("<mark>camping</mark>"), html);
        SearchResult.Hit compound = index.search("huisvesting").hits().stream().filter(h -> h.id() == 2).findFirst().orElseThrow();
        assertTrue(compound.snippets().get(0).html().contains("<mark>arbeidsmigrantenhuisvesting</mark>"),
                compound.snippets()::toString);
    }

    @Test
    void aSnippetFromAnAttachmentSaysWhichAttachment() throws Exception {
        SearchableItem withAttachment = TestIndex.item(20, "policy", "Beleidskader", "Het kader in het kort.", "2", null,
                null, null, Visibility.REGION, ContentStatus.PUBLISHED, 2023,
                List.of(new SearchableItem.Attachment(7, "leeg.pdf", "Niets bijzonders."),
                        new SearchableItem.Attachment(8, "bijlage-nachtregister.pdf",
                                "Het digitale nachtregister geldt voor verblijf korter dan vier maanden <script>.")));
        try (TestIndex attachments = TestIndex.withSeedSynonyms(withAttachment)) {
            SearchResult.Hit hit = attachments.search("nachtregister").hits().get(0);
            SearchResult.Snippet snippet = hit.snippets().stream().filter(s -> s.source().equals("attachment"))
                    .findFirst().orElseThrow();
            assertEquals(8L, snippet.attachmentId());
            assertEquals("bijlage-nachtregister.pdf", snippet.fileName());
            assertTrue(snippet.html().contains("<mark>nachtregister</mark>"), snippet.html());
            assertFalse(snippet.html().contains("<script>"), "stored text is escaped: " + snippet.html());
        }
    }

    @Test
    void facetsCountTheHits() {
        SearchResult result = index.search("vergunning");
        assertEquals(3, result.total());
        assertEquals(List.of(new SearchResult.FacetCount("best-practice", 3)), result.facets().get("kind"));
        assertEquals(List.of(new SearchResult.FacetCount("2024", 3)), result.facets().get("year"));
    }

    @Test
    void anEmptyQueryListsEverythingNewestFirst() {
        SearchResult result = index.search("");
        assertEquals(10, result.total());
        assertEquals(10L, result.hits().get(0).id());
        assertNull(result.suggestion());
    }

    @Test
    void badInputGivesASensibleResultNeverAnError() {
        String[] queries = {"\"huisvesting", "((huisvesting", "huisvesting)", "*vesting", "*huisvesting", "?uis", "/hu.*ing/",
                "[a TO z]", "!!! ??? ...", ":", "title:", "AND", "NOT", "huisvesting~~~", "a* b* c* d* e* f*",
                "\\", "\"\"", "huisvesting^1000000", "access:editor", "x".repeat(10_000),
                "huisvesting ".repeat(2000), "{!lucene}huisvesting", "huisvesting AND OR NOT", "huisvestnig ".repeat(40),
                "a".repeat(45) + " huisvesting", "kwaliteitsei".repeat(3), "((((", "\"\"\"", "huis-", "-", "+", "&&", "||"};
        UserQueryParser parser = new UserQueryParser(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()).queryAnalyzer());
        for (String query : queries) {
            assertNotNull(index.search(query), query);
            // Never slow, checked by shape rather than by the clock: no expensive query kinds, few terms.
            Query parsed = parser.parse(query, IndexFields.ALL);
            if (parsed != null) {
                List<Query> leaves = new ArrayList<>();
                parsed.visit(new QueryVisitor() {
                    @Override
                    public void visitLeaf(Query leaf) {
                        leaves.add(leaf);
                    }

                    @Override
                    public void consumeTerms(Query leaf, Term... terms) {
                        leaves.add(leaf);
                    }
                });
                assertTrue(leaves.size() <= 4 * UserQueryParser.MAX_WORDS, "'" + abbreviate(query) + "' became "
                        + leaves.size() + " term queries");
                assertTrue(leaves.stream().noneMatch(leaf -> leaf instanceof RegexpQuery || leaf instanceof TermRangeQuery
                        || leaf instanceof WildcardQuery wildcard && wildcard.getTerm().text().matches("^[*?].*")),
                        "'" + abbreviate(query) + "' became " + parsed);
            }
        }
        assertTrue(index.ids("\"huisvesting").contains(7L), "an unbalanced quote is searched as plain words");
        assertTrue(index.ids("*huisvesting").contains(7L), "a leading wildcard is searched as plain words");
        assertTrue(index.ids("/hu.*ing/").isEmpty() || index.ids("/hu.*ing/").size() < 10, "regex is not a regex");
        assertEquals(10, index.search("!!! ??? ...").total(), "only punctuation lists everything");
    }

    @Test
    void pagingIsBounded() {
        SearchResult second = index.search(SearchRequest.of("").withPage(2, 3), TestIndex.EDITOR);
        assertEquals(3, second.hits().size());
        assertEquals(7L, second.hits().get(0).id());
        SearchResult beyond = index.search(SearchRequest.of("").withPage(500, 50), TestIndex.EDITOR);
        assertEquals(10, beyond.total());
        assertTrue(beyond.hits().isEmpty());
    }

    @Test
    void autocompleteOffersTitlesAndWords() {
        var completions = index.complete("verg", TestIndex.EDITOR);
        assertTrue(completions.titles().stream().anyMatch(t -> t.title().equals("Vergunningen")), completions::toString);
        assertTrue(completions.terms().contains("vergunning"), completions::toString);
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
