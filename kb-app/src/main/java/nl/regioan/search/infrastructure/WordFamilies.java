package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Verbs, nouns and participles of one family searched as one word ({@code controleren} = {@code controle},
 * {@code gecertificeerd} = {@code certificering}), from the shipped lexicon {@code word-families.txt}: the
 * Snowball stemmer joins singular and plural but not a verb and its noun. Each form is mapped to the
 * stem Snowball gives the family's first word, before Snowball runs, so the family meets the stemmed text.
 */
final class WordFamilies {

    private static final Map<String, String> FORMS = Collections.unmodifiableMap(load());
    private static final StemmerOverrideFilter.StemmerOverrideMap MAP = build(FORMS);

    private WordFamilies() {
    }

    /** The stem a form is searched as, or null when the form is in no family. */
    static String stemOf(String form) {
        return FORMS.get(form);
    }

    static TokenStream filter(TokenStream in) {
        return new StemmerOverrideFilter(in, MAP);
    }

    static String snowball(String word) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static Map<String, String> load() {
        Map<String, String> forms = new LinkedHashMap<>();
        try (InputStream in = WordFamilies.class.getResourceAsStream("word-families.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> family = new ArrayList<>(List.of(line.strip().split("\\s+")));
                String stem = snowball(family.get(0));
                for (String form : family) {
                    forms.putIfAbsent(form, stem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap build(Map<String, String> forms) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        forms.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
