package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis of the index, one immutable set of analyzers per synonym list.
 *
 * <p>Index time: words are lower-cased and folded (coördinatie = coordinatie), compounds are split
 * by a small domain dictionary (arbeidsmigrantenhuisvesting also yields arbeidsmigranten and
 * huisvesting, at the same position), diminutives are reduced to their base ({@link Diminutives}),
 * verbs meet their nouns ({@link WordFamilies}) and the rest is stemmed with Snowball Dutch. Query time:
 * the same chain without splitting (a compound typed by a person should not widen to its parts) plus the editors'
 * synonyms and the shipped English glossary ({@code english-dutch.txt}), so synonym changes need no
 * reindex; splitting a typed compound is the query builder's fallback ({@link CompoundWords}). The {@link IndexFields#EXACT} field skips stemming
 * and splitting, so exact word forms rank higher.
 */
public final class DutchAnalysis {

    /**
     * Stored in each commit; an index built with another version is rebuilt at start. Also bumped when
     * the documents change (4: body and attachments with offsets; 5: the access terms of one rule in
     * every status, with the author's term; 6: the item's status stored for the hits' labels; 7: diminutives,
     * word families and more compound parts).
     */
    public static final String VERSION = "nl-snowball-compounds-7-families";

    /** Parts of Dutch compounds common in this domain (lower case, folded). */
    static final List<String> COMPOUND_PARTS = List.of(
            "arbeidsmigranten", "arbeidsmigrant", "migranten", "migrant", "werknemers", "werknemer",
            "huisvesting", "huisvestings", "participatie", "handreiking", "vergunning", "vergunningen",
            "handhaving", "toezicht", "controle", "beleid", "kader", "regels", "regel", "locatie", "locaties",
            "woning", "woningen", "wonen", "registratie", "register", "nachtregister", "inschrijving",
            "uitschrijving", "toeristenbelasting", "belasting", "overlast", "melding", "meldingen", "bewoners",
            "omwonenden", "informatie", "avond", "bijeenkomst", "klankbordgroep", "nieuwsbrief", "gemeente",
            "samenwerking", "kwaliteit", "normen", "norm", "flexwonen", "huurcontract", "contract",
            "formulier", "verblijf", "aanpak", "monitoring", "monitor", "communicatie", "zorg", "onderwijs",
            "expertisepunt", "initiatief", "initiatieven", "plan", "nulmeting", "rapportage", "bouwsteen",
            "short", "stay", "uitzendbureau", "werkgever", "werkgevers", "keurmerk", "certificering",
            "kamer", "kamers", "verhuur", "verordening", "gebouw", "gebouwen", "logies", "eisen", "splitsing",
            "strategie", "veiligheid", "park", "verblijf", "kantoor", "kantoren", "bedrijf", "terrein");

    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer highlightAnalyzer;
    private final Analyzer stemmer;

    private DutchAnalysis(SynonymMap synonyms) {
        this.synonyms = synonyms;
        Analyzer exact = new Chain(false, false, null);
        Analyzer keyword = new KeywordAnalyzer();
        Map<String, Analyzer> keywords = Map.of(IndexFields.KIND, keyword, IndexFields.THEME, keyword,
                IndexFields.BLOCK, keyword, IndexFields.MUNICIPALITY, keyword, IndexFields.SUBREGION, keyword,
                IndexFields.YEAR, keyword, IndexFields.ID, keyword, IndexFields.ACCESS, keyword);
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(new Chain(true, true, null), with(keywords,
                IndexFields.EXACT, exact, IndexFields.TITLE_PREFIX, new TitlePrefixes()));
        this.queryAnalyzer = new PerFieldAnalyzerWrapper(new Chain(true, false, synonyms),
                with(keywords, IndexFields.EXACT, exact, IndexFields.TITLE_PREFIX, exact));
        this.highlightAnalyzer = new Chain(true, true, null);
        this.stemmer = new Chain(true, false, null);
    }

    public static DutchAnalysis withoutSynonyms() {
        return new DutchAnalysis(null);
    }

    /**
     * Each group is a set of equivalent words or phrases, such as [RNI, registratie niet-ingezetenen]; the
     * shipped English glossary is added to the editors' groups.
     */
    public static DutchAnalysis withSynonyms(Collection<List<String>> groups) {
        List<List<String>> all = new ArrayList<>(groups);
        all.addAll(ENGLISH);
        return new DutchAnalysis(buildSynonyms(all));
    }

    /** English words of this domain and their Dutch words, as synonym groups. */
    static final List<List<String>> ENGLISH = englishGlossary();

    private static List<List<String>> englishGlossary() {
        try (java.io.InputStream in = DutchAnalysis.class.getResourceAsStream("english-dutch.txt")) {
            List<List<String>> groups = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(java.util.Arrays.stream(line.split(",")).map(String::strip).toList());
                }
            }
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Analyses stored text for snippets the way the index did, so compounds are highlighted too. */
    Analyzer highlightAnalyzer() {
        return highlightAnalyzer;
    }

    /** The query chain without synonyms: one typed word to the term of the stemmed field, for compound parts. */
    Analyzer stemmer() {
        return stemmer;
    }

    boolean hasSynonyms() {
        return synonyms != null;
    }

    /** Lower-cases and folds one word as the exact field does. */
    String normalize(String word) {
        return queryAnalyzer.normalize(IndexFields.EXACT, word).utf8ToString();
    }

    private static Map<String, Analyzer> with(Map<String, Analyzer> base, String f1, Analyzer a1, String f2, Analyzer a2) {
        Map<String, Analyzer> all = new java.util.HashMap<>(base);
        all.put(f1, a1);
        all.put(f2, a2);
        return all;
    }

    private static SynonymMap buildSynonyms(Collection<List<String>> groups) {
        // Synonym entries go through the query chain up to the stemmer, so "arbeidsmigranten" matches any form.
        try (Analyzer entries = new Chain(true, false, null)) {
            SynonymMap.Parser parser = new SynonymMap.Parser(true, entries) {
                @Override
                public void parse(java.io.Reader in) {
                    throw new UnsupportedOperationException();
                }
            };
            boolean any = false;
            for (List<String> group : groups) {
                List<CharsRef> forms = new ArrayList<>();
                for (String phrase : group) {
                    try {
                        forms.add(parser.analyze(phrase, new CharsRefBuilder()));
                    } catch (IllegalArgumentException | IOException e) {
                        // A phrase that analyses to nothing (only punctuation) cannot be a synonym.
                    }
                }
                for (CharsRef from : forms) {
                    for (CharsRef to : forms) {
                        if (!from.equals(to)) {
                            parser.add(from, to, true);
                            any = true;
                        }
                    }
                }
            }
            return any ? parser.build() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard tokenizer, lower case, folding; optionally stemming, compound splitting and synonyms. */
    private static final class Chain extends Analyzer {
        private static final CharArraySet PARTS = new CharArraySet(COMPOUND_PARTS, false);
        private static final int LONGEST_PART = COMPOUND_PARTS.stream().mapToInt(String::length).max().orElse(4);
        private final boolean stem;
        private final boolean splitCompounds;
        private final SynonymMap synonyms;

        Chain(boolean stem, boolean splitCompounds, SynonymMap synonyms) {
            this.stem = stem;
            this.splitCompounds = splitCompounds;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            if (splitCompounds) {
                // No part is longer than the longest known one: looking further only costs time.
                stream = new DictionaryCompoundWordTokenFilter(stream, PARTS, 8, 4, LONGEST_PART, false);
            }
            if (stem) {
                stream = WordFamilies.filter(new Diminutives(stream));
                stream = new SnowballFilter(stream, new DutchStemmer());
            }
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100; // no phrase across the title, body and attachments of one item
        }
    }

    /** Every prefix of every title word, for autocomplete. */
    private static final class TitlePrefixes extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(stream, 2, 30, true));
        }
    }
}
