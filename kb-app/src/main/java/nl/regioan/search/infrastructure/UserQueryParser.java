package nl.regioan.search.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Turns what a person typed into a Lucene query: words (all required), "phrases", AND/OR/NOT,
 * field prefixes from {@link IndexFields#USER_FIELDS}, trailing wildcards and fuzzy~. Anything that
 * cannot be parsed or would be expensive (leading wildcards, regular expressions, ranges, many
 * wildcard terms, too many clauses) is searched as plain words instead: never an error, never slow.
 */
final class UserQueryParser {

    static final int MAX_CHARS = 500;
    static final int MAX_WORDS = 32;
    private static final int MAX_MULTI_TERM = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Analyzer analyzer;

    UserQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query against {@code defaultField} with AND between words, or null when there are no words. */
    Query parse(String text, String defaultField) {
        return parse(text, defaultField, QueryParser.Operator.AND);
    }

    Query parse(String text, String defaultField, QueryParser.Operator operator) {
        String input = text == null ? "" : text.strip();
        if (input.length() > MAX_CHARS) {
            input = input.substring(0, MAX_CHARS);
        }
        if (words(input).isEmpty()) {
            return null;
        }
        try {
            Query query = restricted(defaultField, operator).parse(input);
            return isEmpty(query) ? plain(input, defaultField, operator) : query;
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
            return plain(input, defaultField, operator);
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("[\":*?~()\\[\\]{}^/\\\\]|(^|\\s)[+-]|\\b(AND|OR|NOT)\\b|&&|\\|\\|");

    /** Whether the text uses query syntax (quotes, operators, field prefixes, wildcards): then it is taken as typed. */
    static boolean hasSyntax(String text) {
        return text != null && SYNTAX.matcher(text).find();
    }

    /** The words of the text, without operators or syntax, at most {@link #MAX_WORDS}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group());
        }
        return words;
    }

    private Query plain(String input, String defaultField, QueryParser.Operator operator) {
        List<String> words = words(input).stream()
                .filter(w -> !w.equals("AND") && !w.equals("OR") && !w.equals("NOT")).toList();
        if (words.isEmpty()) {
            return null;
        }
        try {
            Query query = restricted(defaultField, operator).parse(QueryParser.escape(String.join(" ", words)));
            return isEmpty(query) ? null : query;
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    private static boolean isEmpty(Query query) {
        return query == null || (query instanceof BooleanQuery bq && bq.clauses().isEmpty());
    }

    private RestrictedParser restricted(String defaultField, QueryParser.Operator operator) {
        RestrictedParser parser = new RestrictedParser(defaultField, analyzer);
        parser.setDefaultOperator(operator);
        return parser;
    }

    /** The classic parser with the expensive parts switched off and only known field prefixes. */
    private static final class RestrictedParser extends QueryParser {
        private int multiTermQueries;

        RestrictedParser(String field, Analyzer analyzer) {
            super(field, analyzer);
            setAllowLeadingWildcard(false);
            setAutoGeneratePhraseQueries(false);
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            setSplitOnWhitespace(false); // needed for multi-word synonyms
            setFuzzyPrefixLength(2);
        }

        private String field(String requested) {
            if (requested == null || requested.equals(this.field)) {
                return this.field;
            }
            return IndexFields.USER_FIELDS.getOrDefault(requested.toLowerCase(java.util.Locale.ROOT), this.field);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(field(field), queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(field(field), queryText, Math.min(slop, 10));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            countMultiTerm();
            if (termStr.startsWith("*") || termStr.startsWith("?") || termStr.length() < 3) {
                throw new ParseException("leading or short wildcard");
            }
            return super.getWildcardQuery(field(field), termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            countMultiTerm();
            if (termStr.length() < 2) {
                throw new ParseException("prefix too short");
            }
            return super.getPrefixQuery(field(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            countMultiTerm();
            return super.getFuzzyQuery(field(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions are not searched");
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            throw new ParseException("ranges are not searched");
        }

        @Override
        protected BooleanQuery.Builder newBooleanQuery() {
            return super.newBooleanQuery();
        }

        @Override
        protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
            if (clauses.size() > 64) {
                throw new ParseException("too many clauses");
            }
            return super.getBooleanQuery(clauses);
        }

        private void countMultiTerm() throws ParseException {
            if (++multiTermQueries > MAX_MULTI_TERM) {
                throw new ParseException("too many wildcard or fuzzy terms");
            }
        }
    }
}
