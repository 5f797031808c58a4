package nl.regioan.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each analysis and relaxation rule of the search pinned on Dutch fixtures. */
class RelaxedSearchTest {

    private static TestIndex index;

    @BeforeAll
    static void build() {
        index = TestIndex.withSeedSynonyms(
                TestIndex.item(1, "Kwaliteitseisen voor logies", "Eisen aan logiesgebouwen: een eigen kast per persoon."),
                TestIndex.item(2, "Handhavingsstrategie kamerverhuur", "Optreden tegen illegale kamerverhuur met een last onder dwangsom."),
                TestIndex.item(3, "Huisvestingsverordening", "De verordening regelt de vergunning voor woningsplitsing."),
                TestIndex.item(4, "Controle op overbewoning", "Toezichthouders tellen de bedden."),
                TestIndex.item(5, "Huisjes op de camping", "Seizoenwerkers wonen in huisjes van de camping."),
                TestIndex.item(6, "Nachtregister", "Wie logies aanbiedt, houdt een nachtregister bij."),
                TestIndex.item(7, "Brandveiligheid", "De brandweer keurt de rookmelders."),
                TestIndex.item(8, "Certificering van huisvesters", "Gecertificeerde huisvesters werken met uitzendbureaus."),
                TestIndex.item(9, "Busvervoer naar het werk", "Busjes rijden van de woonlocatie naar het distributiecentrum."),
                TestIndex.item(10, "Expertisepunt huisvesting arbeidsmigranten", "Vragen over regels en locaties."));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    // ---- analysis rules -------------------------------------------------------------------------

    @Test
    void diminutivesAreSearchedAsTheirBaseWord() {
        assertEquals("huis", Diminutives.base("huisje"));
        assertEquals("huis", Diminutives.base("huisjes"));
        assertEquals("kamer", Diminutives.base("kamertje"));
        assertEquals("bal", Diminutives.base("balletje"));
        assertEquals("boom", Diminutives.base("boompje"));
        assertEquals("woning", Diminutives.base("woninkje"));
        assertEquals("auto", Diminutives.base("autootje"));
        assertEquals("bus", Diminutives.base("busje"));
        assertEquals("huisvesting", Diminutives.base("huisvesting"), "not a diminutive");
        assertEquals("je", Diminutives.base("je"), "too short to be one");
        assertEquals("rij", Diminutives.base("rijtje"));
    }

    @Test
    void aVerbMeetsItsNoun() {
        assertEquals(WordFamilies.snowball("controle"), WordFamilies.stemOf("controleren"));
        assertEquals(WordFamilies.snowball("controle"), WordFamilies.stemOf("gecontroleerd"));
        assertEquals(WordFamilies.snowball("certificering"), WordFamilies.stemOf("gecertificeerde"));
        assertEquals(null, WordFamilies.stemOf("huis"), "a word of no family is left to the stemmer");
        // The Snowball stemmer itself joins these, so they need no lexicon line:
        assertEquals(WordFamilies.snowball("inschrijving"), WordFamilies.snowball("inschrijven"));
        assertEquals(WordFamilies.snowball("handhaving"), WordFamilies.snowball("handhaven"));
    }

    @Test
    void compoundsSplitAgainstTheIndexsOwnWords() throws Exception {
        DutchAnalysis analysis = DutchAnalysis.withoutSynonyms();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
                writer.addDocument(new ItemDocuments(TestIndex.POLICY).build(TestIndex.item(1, "Verordening",
                        "Huisvesting van migranten in kamers; de kamerverhuur en de woningsplitsing.")));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                CompoundWords words = new CompoundWords(reader, analysis);
                assertEquals(List.of("huisvesting", "verordening"), words.split("huisvestingverordening"), "without -s-");
                assertEquals(List.of("huisvesting", "verordening"), words.split("huisvestingsverordening"), "with -s-");
                assertEquals(List.of("migrant", "huisvesting"), words.split("migrantenhuisvesting"), "with -en-");
                assertEquals(List.of(), words.split("zonnepanelen"), "parts the index does not have");
                assertTrue(words.joined("kamer", "verhuur") != null, "kamer verhuur = kamerverhuur");
                assertTrue(words.joined("woning", "splitsing") != null, "woning splitsing = woningsplitsing (-s-)");
                assertEquals(null, words.joined("kamer", "splitsing"));
            }
        }
    }

    @Test
    void syntaxIsTakenAsTyped() {
        assertTrue(UserQueryParser.hasSyntax("\"tijdelijke huisvesting\""));
        assertTrue(UserQueryParser.hasSyntax("titel:vergunning"));
        assertTrue(UserQueryParser.hasSyntax("vergunning NOT camping"));
        assertTrue(UserQueryParser.hasSyntax("huisv*"));
        assertTrue(UserQueryParser.hasSyntax("-camping vergunning"));
        assertFalse(UserQueryParser.hasSyntax("Registratie Niet-Ingezetenen"), "a hyphen inside a word is no operator");
        assertFalse(UserQueryParser.hasSyntax("hoe vraag ik een vergunning aan"));
    }

    @Test
    void stopWordsDoNotCountAsWordsUnlessThereIsNothingElse() {
        assertEquals(List.of("vraag", "vergunning"), RelaxedQuery.contentWords("hoe vraag ik een vergunning aan"));
        assertEquals(List.of("de", "het"), RelaxedQuery.contentWords("de het"));
        assertEquals(List.of(4, 3, 2, 1), RelaxedQuery.steps(4));
        assertEquals(List.of(1), RelaxedQuery.steps(1));
        assertEquals(List.of(7, 6, 4, 1), RelaxedQuery.steps(7));
    }

    // ---- the rules at work ----------------------------------------------------------------------

    @Test
    void aWordNoItemHoldsRelaxesTheQueryAndIsNamed() {
        SearchResult result = index.search("nachtregister hotelketen");
        assertEquals(6L, result.hits().get(0).id());
        assertEquals(List.of("hotelketen"), result.missingWords());
        assertFalse(result.allWords());
        SearchResult all = index.search("nachtregister logies");
        assertTrue(all.allWords());
        assertEquals(List.of(), all.missingWords());
    }

    @Test
    void relaxingStepsDownFromAllWordsAndRanksItemsWithMoreWordsFirst() {
        // No item holds all three words; item 2 holds two of them: all but one.
        SearchResult twoOfThree = index.search("kamerverhuur dwangsom rookmelders");
        assertEquals(List.of(2L), twoOfThree.hits().stream().map(SearchResult.Hit::id).toList());
        assertFalse(twoOfThree.allWords());
        try (TestIndex spread = TestIndex.withSeedSynonyms(
                TestIndex.item(1, "Dwangsom", "Een dwangsom bij kamerverhuur."),
                TestIndex.item(2, "Nachtregister", "Het nachtregister."),
                TestIndex.item(3, "Brandweer", "De brandweer."),
                TestIndex.item(4, "Camping", "De camping."))) {
            // Five words found, at most two in one item: half (three) is not reached, any word is; item 1 holds two.
            List<Long> ids = spread.ids("dwangsom kamerverhuur nachtregister brandweer camping qqqzzz");
            assertEquals(1L, ids.get(0), ids::toString);
            assertEquals(Set.of(1L, 2L, 3L, 4L), Set.copyOf(ids), "any word; a word nobody holds does not count");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneOrTwoLettersWrongStillFind() {
        assertEquals(4L, index.ids("overbewonig").get(0));
        assertEquals(7L, index.ids("brandveilighied").get(0));
        assertEquals("brandveiligheid", index.search("brandveilighied").suggestion(), "and a bedoelde u");
    }

    @Test
    void theLastWordCutOffWhileTypingFindsTheWordsItBegins() {
        assertEquals(1L, index.ids("kwaliteitsei").get(0));
        assertEquals(6L, index.ids("nachtreg").get(0));
        assertTrue(index.ids("nachtreg ").isEmpty() || index.ids("nachtreg ").get(0) != 6L,
                "a word followed by a space is finished");
    }

    @Test
    void compoundsTypedDifferentlyStillFind() {
        assertEquals(3L, index.ids("huisvestingverordening").get(0), "without the linking -s-");
        assertEquals(2L, index.ids("kamer verhuur").get(0), "written apart");
        assertEquals(1L, index.ids("kwaliteit eisen").get(0), "written apart, with a linking -s- in the text");
        assertEquals(10L, index.ids("migrantenhuisvesting").get(0), "a part left out");
    }

    @Test
    void wordFamiliesAndDiminutivesFindEachOther() {
        assertEquals(4L, index.ids("controleren").get(0));
        assertEquals(8L, index.ids("gecertificeerd").get(0));
        assertEquals(5L, index.ids("huisje").get(0));
        assertEquals(9L, index.ids("busje").get(0));
    }

    @Test
    void englishWordsFindTheirDutchWords() {
        assertEquals(7L, index.ids("fire safety").get(0));
        assertEquals(6L, index.ids("night register").get(0));
    }

    @Test
    void theWholeQueryAsAPhraseRanksFirst() {
        try (TestIndex phrases = TestIndex.withSeedSynonyms(
                TestIndex.item(1, "Dwangsom", "Een last voor de eigenaar; onder voorwaarden een dwangsom."),
                TestIndex.item(2, "Bestuursdwang", "De last onder dwangsom gaat voor bestuursdwang."),
                TestIndex.item(3, "Dwangsom en last", "Over de dwangsom: de last, de dwangsom, de last."))) {
            assertEquals(2L, phrases.ids("last onder dwangsom").get(0), phrases.ids("last onder dwangsom")::toString);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void relaxingCountsOnlyWhatTheReaderMaySee() {
        try (TestIndex mixed = new TestIndex(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()), List.of(
                TestIndex.item(1, "best-practice", "Nachtregister Arnhem", "Het nachtregister in Arnhem.", "1", 1L,
                        "GM0202", "Arnhem", Visibility.MUNICIPALITY, ContentStatus.PUBLISHED, 2024, List.of()),
                TestIndex.item(2, "best-practice", "Nachtregister", "Het nachtregister.", "1", null, null, null,
                        Visibility.REGION, ContentStatus.PUBLISHED, 2024, List.of())))) {
            SearchResult reader = mixed.search(SearchRequest.of("nachtregister arnhem"), TestIndex.READER_NIJMEGEN);
            assertEquals(List.of(2L), reader.hits().stream().map(SearchResult.Hit::id).toList());
            assertEquals(List.of("arnhem"), reader.missingWords(), "Arnhem is only in an item the reader may not see");
            SearchResult editor = mixed.search(SearchRequest.of("nachtregister arnhem"), TestIndex.EDITOR);
            assertEquals(1L, editor.hits().get(0).id());
            assertTrue(editor.allWords());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
