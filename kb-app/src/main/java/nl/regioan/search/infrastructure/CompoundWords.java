package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Compounds typed differently from the text, worked out against the index's own words (no dictionary):
 * a typed compound that finds nothing is split where both parts are words of the index, with or without
 * a linking -s-, -e- or -en- (huisvestingverordening = huisvesting + verordening, migrantenhuisvesting =
 * migranten + huisvesting); two typed words are also tried joined (kamer verhuur = kamerverhuur,
 * woning splitsing = woningsplitsing). Parts and joins are looked up in the stemmed field, so plural and
 * singular meet.
 */
final class CompoundWords {

    static final int SHORTEST_PART = 3;
    private static final String[] LINKS = {"", "s", "en", "e"};

    private final IndexReader reader;
    private final Analyzer stemmer;

    CompoundWords(IndexReader reader, DutchAnalysis analysis) {
        this.reader = reader;
        this.stemmer = analysis.stemmer();
    }

    /** The parts of a compound that are words of the index, longest first part first; empty when none. */
    List<String> split(String word) throws IOException {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 2 * SHORTEST_PART + 1) {
            return List.of();
        }
        for (int cut = w.length() - SHORTEST_PART; cut >= SHORTEST_PART; cut--) {
            String tail = w.substring(cut);
            for (String head : heads(w.substring(0, cut))) {
                if (!known(head)) {
                    continue;
                }
                if (known(tail)) {
                    return List.of(head, tail);
                }
            }
        }
        return List.of();
    }

    /** The split as a query (every part must occur), or null. */
    Query splitQuery(String word) throws IOException {
        List<String> parts = split(word);
        if (parts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts) {
            all.add(new TermQuery(new Term(IndexFields.ALL, stem(part))), Occur.MUST);
        }
        return all.build();
    }

    /** The two words written as one, with the first linking letters that make a word of the index; or null. */
    Query joined(String first, String second) throws IOException {
        String a = first.toLowerCase(java.util.Locale.ROOT);
        String b = second.toLowerCase(java.util.Locale.ROOT);
        if (a.length() < SHORTEST_PART || b.length() < SHORTEST_PART) {
            return null;
        }
        for (String link : LINKS) {
            String stem = stem(a + link + b);
            if (stem != null && reader.docFreq(new Term(IndexFields.ALL, stem)) > 0) {
                return new TermQuery(new Term(IndexFields.ALL, stem));
            }
        }
        return null;
    }

    /** The first part without a linking -s-, -e- or -en-, then as typed (huisvestings: huisvesting first). */
    private static List<String> heads(String head) {
        List<String> heads = new ArrayList<>();
        for (String link : new String[] {"s", "en", "e"}) {
            if (head.endsWith(link) && head.length() - link.length() >= SHORTEST_PART) {
                heads.add(head.substring(0, head.length() - link.length()));
            }
        }
        heads.add(head);
        return heads;
    }

    private boolean known(String part) throws IOException {
        String stem = stem(part);
        return stem != null && reader.docFreq(new Term(IndexFields.ALL, stem)) > 0;
    }

    /** The one stemmed term of a word, or null when it analyses to none or several. */
    String stem(String word) throws IOException {
        try (TokenStream stream = stemmer.tokenStream(IndexFields.ALL, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String first = stream.incrementToken() ? term.toString() : null;
            boolean more = first != null && stream.incrementToken();
            stream.end();
            return more ? null : first;
        }
    }
}
