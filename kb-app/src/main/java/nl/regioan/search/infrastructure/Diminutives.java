package nl.regioan.search.infrastructure;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Dutch diminutives searched as their base word, which the Snowball stemmer leaves alone: huisje(s) =
 * huis, kamertje = kamer, balletje = bal, boompje = boom, woninkje = woning. Runs before the stemmer
 * on lower-cased, folded words; a base shorter than three letters is left as it was.
 */
final class Diminutives extends TokenFilter {

    private static final int SHORTEST_BASE = 3;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    Diminutives(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            String base = base(word);
            if (!base.equals(word)) {
                term.setEmpty().append(base);
            }
        }
        return true;
    }

    /** The base word of a diminutive, or the word itself. */
    static String base(String word) {
        String w = word.endsWith("jes") ? word.substring(0, word.length() - 1) : word;
        if (!w.endsWith("je") || w.length() < SHORTEST_BASE + 2) {
            return word;
        }
        String base;
        if (w.endsWith("etje") && w.length() >= 6 && w.charAt(w.length() - 5) == w.charAt(w.length() - 6)
                && isConsonant(w.charAt(w.length() - 5))) {
            base = w.substring(0, w.length() - 5); // balletje: ball + etje, one l
        } else if (w.endsWith("nkje")) {
            base = w.substring(0, w.length() - 4) + "ng"; // woninkje
        } else if (w.endsWith("mpje")) {
            base = w.substring(0, w.length() - 3); // boompje
        } else if (w.endsWith("tje")) {
            base = w.substring(0, w.length() - 3); // kamertje, autootje
            if (base.length() >= 2 && isVowel(base.charAt(base.length() - 1))
                    && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                base = base.substring(0, base.length() - 1);
            }
        } else {
            base = w.substring(0, w.length() - 2); // huisje, busje
        }
        return base.length() < SHORTEST_BASE ? word : base;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && !isVowel(c);
    }
}
