package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The query for plain words (no quotes, operators, field prefixes or wildcards): zero results is the
 * worst answer, so when not every word matches the query is relaxed, step by step: all words (that
 * any visible item holds), then all but one, then half, then any word; items with more of the words
 * rank higher. Each word also
 * stands for its alternatives: its compound parts or the compound it makes with its neighbour
 * ({@link CompoundWords}) and, only when the word itself finds nothing, its close spellings (one or two
 * letters wrong) and, for the last word, the words it begins (cut off while typing). Every count is
 * the reader's own (access and facet filters included), so relaxing reveals nothing of what the reader
 * may not see. Typed syntax is left to {@link UserQueryParser} as it was.
 */
final class RelaxedQuery {

    /** Per word found in an item: more words beat a higher term score. */
    static final float COORDINATION = 4f;
    private static final float PHRASE_BOOST = 3f;
    /** Close spellings and cut-off words count less than the word as typed. */
    private static final float GUESS_BOOST = 0.5f;
    private static final int SHORTEST_FUZZY = 5;
    private static final int SHORTEST_PREFIX = 4;
    /** Longer "words" are no words (a pasted hash, a key held down): no automaton is built for them. */
    private static final int LONGEST_GUESS = 40;
    /** Two letters wrong only in long words: short words two edits apart are often other words. */
    private static final int TWO_EDITS_FROM = 10;
    /** Close spellings, parts and cut-off words are worked out for this many unknown words at most: never slow. */
    static final int MAX_GUESSED_WORDS = 4;
    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

    /** Counts what the reader would get for a query, with the access and facet filters. */
    interface Counter {
        long count(Query query) throws IOException;
    }

    /**
     * What to search.
     *
     * @param match the query the hits must match
     * @param ranking optional clauses that only rank (more words, the whole phrase), may be null
     * @param missingWords the typed words no visible item holds, in any form
     * @param allWords whether every hit holds every word (false: the query was relaxed)
     * @param unknownWord whether some word as typed finds nothing (a "bedoelde u" is worth working out)
     */
    record Built(Query match, Query ranking, List<String> missingWords, boolean allWords, boolean unknownWord) {
    }

    private final IndexReader reader;
    private final DutchAnalysis analysis;
    private final UserQueryParser parser;
    private final Counter counter;

    RelaxedQuery(IndexReader reader, DutchAnalysis analysis, UserQueryParser parser, Counter counter) {
        this.reader = reader;
        this.analysis = analysis;
        this.parser = parser;
        this.counter = counter;
    }

    /** The query for what was typed, or null when it has no words. */
    Built build(String text) throws IOException {
        Query strict = parser.parse(text, IndexFields.ALL);
        if (strict == null || UserQueryParser.hasSyntax(text)) {
            return strict == null ? null : new Built(strict, null, List.of(), true, false);
        }
        List<String> words = contentWords(text);
        CompoundWords compounds = new CompoundWords(reader, analysis);
        if (counter.count(strict) > 0) {
            return everyWordFound(text, strict, words, compounds);
        }
        List<Query> units = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean unknown = false;
        int guessed = 0;
        boolean typing = !Character.isWhitespace(text.charAt(text.length() - 1));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Query literal = parser.parse(word, IndexFields.ALL);
            BooleanQuery.Builder unit = asTyped(literal, compounds, words, i);
            boolean literalFound = literal != null && counter.count(literal) > 0;
            if (!literalFound && guessed++ < MAX_GUESSED_WORDS) {
                unknown = true;
                String normalized = analysis.normalize(word.toLowerCase(Locale.ROOT));
                boolean guessable = normalized.length() <= LONGEST_GUESS;
                Query split = guessable ? compounds.splitQuery(normalized) : null;
                if (split != null) {
                    unit.add(split, Occur.SHOULD);
                }
                if (guessable && normalized.length() >= SHORTEST_FUZZY) {
                    // Every close spelling, not the index's top few: the reader's hits then depend only on what they may see.
                    unit.add(new BoostQuery(new FuzzyQuery(new Term(IndexFields.EXACT, normalized),
                            normalized.length() >= TWO_EDITS_FROM ? 2 : 1, 1, 50, true,
                            MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE), GUESS_BOOST), Occur.SHOULD);
                }
                if (guessable && typing && i == words.size() - 1 && normalized.length() >= SHORTEST_PREFIX) {
                    unit.add(new BoostQuery(new PrefixQuery(new Term(IndexFields.EXACT, normalized),
                            MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE), GUESS_BOOST), Occur.SHOULD);
                }
            }
            BooleanQuery built = unit.build();
            if (built.clauses().isEmpty()) {
                continue;
            }
            unknown |= !literalFound;
            if (!literalFound && counter.count(built) == 0) {
                missing.add(word); // and not counted: "all words" then means all the words that are found somewhere
                continue;
            }
            units.add(built);
        }
        if (units.isEmpty()) {
            return new Built(strict, null, missing, missing.isEmpty(), unknown);
        }
        Query match = null;
        boolean allWords = false;
        for (int required : steps(units.size())) {
            Query candidate = required == units.size()
                    ? either(strict, atLeast(units, required)) : atLeast(units, required);
            if (counter.count(candidate) > 0) {
                match = candidate;
                allWords = required == units.size() && missing.isEmpty();
                break;
            }
        }
        if (match == null) {
            match = strict; // nothing at all: the strict query, which finds nothing either
            allWords = missing.isEmpty();
        }
        return new Built(match, ranking(text, units), missing, allWords, unknown);
    }

    /**
     * The strict query (every word, as typed) has hits, so every word is found and nothing needs
     * relaxing or guessing: one count instead of one per word, on the most common path.
     */
    private Built everyWordFound(String text, Query strict, List<String> words, CompoundWords compounds) throws IOException {
        List<Query> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            BooleanQuery unit = asTyped(parser.parse(words.get(i), IndexFields.ALL), compounds, words, i).build();
            if (!unit.clauses().isEmpty()) {
                units.add(unit);
            }
        }
        if (units.isEmpty()) {
            return new Built(strict, null, List.of(), true, false);
        }
        return new Built(either(strict, atLeast(units, units.size())), ranking(text, units), List.of(), true, false);
    }

    /** A word as typed, and joined with its neighbours into a compound where the index holds one. */
    private static BooleanQuery.Builder asTyped(Query literal, CompoundWords compounds, List<String> words, int i)
            throws IOException {
        BooleanQuery.Builder unit = new BooleanQuery.Builder();
        if (literal != null) {
            unit.add(literal, Occur.SHOULD);
        }
        addJoin(unit, compounds, i > 0 ? words.get(i - 1) : null, words.get(i));
        addJoin(unit, compounds, words.get(i), i + 1 < words.size() ? words.get(i + 1) : null);
        return unit;
    }

    /** The words that carry meaning: Dutch stop words only count when there is nothing else. */
    static List<String> contentWords(String text) {
        List<String> words = UserQueryParser.words(text);
        List<String> content = words.stream().filter(w -> !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
        return content.isEmpty() ? words : content;
    }

    /** How many words are required at each step: all, all but one, half, one. */
    static List<Integer> steps(int words) {
        List<Integer> steps = new ArrayList<>();
        for (int step : new int[] {words, words - 1, (words + 1) / 2, 1}) {
            if (step >= 1 && !steps.contains(step)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static void addJoin(BooleanQuery.Builder unit, CompoundWords compounds, String first, String second)
            throws IOException {
        if (first != null && second != null) {
            Query joined = compounds.joined(first, second);
            if (joined != null) {
                unit.add(joined, Occur.SHOULD);
            }
        }
    }

    private static Query atLeast(List<Query> units, int required) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        units.forEach(unit -> query.add(unit, Occur.SHOULD));
        return query.setMinimumNumberShouldMatch(required).build();
    }

    private static Query either(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }

    /** One constant per word an item holds, and the whole query as a phrase in the text. */
    private Query ranking(String text, List<Query> units) {
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        for (Query unit : units) {
            ranking.add(new BoostQuery(new ConstantScoreQuery(unit), COORDINATION), Occur.SHOULD);
        }
        if (UserQueryParser.words(text).size() > 1) {
            Query phrase = new QueryBuilder(analysis.queryAnalyzer()).createPhraseQuery(IndexFields.EXACT, text, 1);
            if (phrase != null) {
                ranking.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
            }
        }
        return ranking.build();
    }
}
