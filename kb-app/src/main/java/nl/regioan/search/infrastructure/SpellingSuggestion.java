package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Bedoelde u ...": for each word of the query that finds nothing the reader may see (after
 * stemming, compounds and synonyms), the closest word of the unstemmed dictionary that does occur
 * in an item the reader may see. Candidates come from the whole index, so each one is checked
 * against the reader's filter and ranked by the reader's own counts: a word that only occurs in
 * items the reader may not see is never suggested.
 */
final class SpellingSuggestion {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final int CANDIDATES = 25;

    private final IndexSearcher searcher;
    private final DutchAnalysis analysis;
    private final UserQueryParser parser;
    private final TrimmedSearch trimmed;

    SpellingSuggestion(IndexSearcher searcher, DutchAnalysis analysis, UserQueryParser parser, TrimmedSearch trimmed) {
        this.searcher = searcher;
        this.analysis = analysis;
        this.parser = parser;
        this.trimmed = trimmed;
    }

    /** The corrected query, or null when every word finds something or nothing better is known. */
    String suggest(String text) throws IOException {
        String input = text.length() > UserQueryParser.MAX_CHARS ? text.substring(0, UserQueryParser.MAX_CHARS) : text;
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
        checker.setMaxQueryFrequency(1f); // decide with the reader's counts, not the index's
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        int words = 0;
        Matcher matcher = WORD.matcher(input);
        int last = 0;
        while (matcher.find() && words++ < UserQueryParser.MAX_WORDS) {
            String word = matcher.group();
            boolean fieldPrefix = matcher.end() < input.length() && input.charAt(matcher.end()) == ':';
            String replacement = isOperator(word) || fieldPrefix || findsSomething(word) ? null
                    : closestVisible(checker, word);
            corrected.append(input, last, matcher.start()).append(replacement == null ? word : replacement);
            last = matcher.end();
            changed |= replacement != null;
        }
        corrected.append(input.substring(last));
        return changed ? corrected.toString() : null;
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }

    private boolean findsSomething(String word) throws IOException {
        Query query = parser.parse(word, IndexFields.ALL);
        return query == null || trimmed.count(query) > 0;
    }

    private String closestVisible(DirectSpellChecker checker, String word) throws IOException {
        String normalized = analysis.normalize(word.toLowerCase(Locale.ROOT));
        SuggestWord[] candidates = checker.suggestSimilar(new Term(IndexFields.EXACT, normalized), CANDIDATES,
                searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
        String best = null;
        float bestScore = -1;
        long bestCount = 0;
        for (SuggestWord candidate : candidates) {
            long visible = trimmed.count(new TermQuery(new Term(IndexFields.EXACT, candidate.string)));
            if (visible == 0) {
                continue;
            }
            if (candidate.score > bestScore || (candidate.score == bestScore && visible > bestCount)) {
                best = candidate.string;
                bestScore = candidate.score;
                bestCount = visible;
            }
        }
        return best;
    }
}
