package nl.regioan.search.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmarks' yardstick: the same queries on a bare IndexSearcher opened on an index
 * directory, timed per search (parse included), to compare our search with.
 */
final class BareLucene {

    /** One search as Lucene alone would do it. */
    interface Search {
        void run(IndexSearcher searcher, Query query) throws Exception;
    }

    /** Top 10 only: the least Lucene can do for a query. */
    static Search topTen(IndexReader reader) {
        return (searcher, query) -> searcher.search(query, 10);
    }

    /**
     * The work an answer of ours needs, in plain Lucene without our code (no access filter, boosts,
     * spelling or attachments): top 10 with an exact total, the five facets counted, and
     * highlighted body passages.
     */
    static Search sameWork(IndexReader reader) throws Exception {
        Map<String, StringDocValuesReaderState> states = new HashMap<>();
        for (String dimension : IndexFields.FACETS) {
            states.put(dimension, new StringDocValuesReaderState(reader, dimension));
        }
        return (searcher, query) -> {
            FacetsCollector facets = new FacetsCollector();
            TopDocs top = FacetsCollector.search(searcher, query, 10, facets);
            for (String dimension : IndexFields.FACETS) {
                new StringValueFacetCounts(states.get(dimension), facets).getTopChildren(50, dimension);
            }
            UnifiedHighlighter.builder(searcher, DutchAnalysis.withoutSynonyms().highlightAnalyzer())
                    .withFieldMatcher(field -> true).build().highlight(IndexFields.BODY, query, top, 2);
        };
    }

    interface SearchFactory {
        Search on(IndexReader reader) throws Exception;
    }

    /** Nanoseconds per search, {@code rounds} times every query, after a warm-up. */
    static List<Long> time(Path indexDirectory, String[] queries, int rounds, SearchFactory kind) throws Exception {
        UserQueryParser parser = new UserQueryParser(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()).queryAnalyzer());
        List<Long> times = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(indexDirectory);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Search search = kind.on(reader);
            for (int i = 0; i < 200; i++) {
                search.run(searcher, parser.parse(queries[i % queries.length], IndexFields.ALL));
            }
            for (int round = 0; round < rounds; round++) {
                for (String text : queries) {
                    long start = System.nanoTime();
                    search.run(searcher, parser.parse(text, IndexFields.ALL, QueryParser.Operator.AND));
                    times.add(System.nanoTime() - start);
                }
            }
        }
        return times;
    }

    private BareLucene() {
    }
}
