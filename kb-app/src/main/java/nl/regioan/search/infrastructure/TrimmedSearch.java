package nl.regioan.search.infrastructure;

import static nl.regioan.search.infrastructure.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioan.search.domain.DocumentKeys;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * One search on one point-in-time view of the index, as one reader. The reader's grants are a
 * FILTER clause of the single query from which hits, total, facet counts and snippets all come, so
 * none of them can count or show an item the reader may not see; the spelling suggestion is
 * checked against the same filter.
 */
final class TrimmedSearch {

    private static final float TITLE_BOOST = 3f;
    private static final float EXACT_BOOST = 2f;
    private static final int FACET_VALUES = 50;
    /** The stored fields a hit shows (the body only when there is no snippet). */
    private static final Set<String> SHOWN = Set.of(ID, KIND, TITLE, SUMMARY, BODY, MUNICIPALITY, YEAR, THEME,
            ATTACHMENT_ID, ATTACHMENT_NAME, STATUS);
    /** Below this many hits a query may be misspelled, and the spelling suggestion is worked out. */
    static final int SUGGEST_BELOW_HITS = 5;

    private final IndexSearcher searcher;
    private final DutchAnalysis analysis;
    private final UserQueryParser parser;
    private final Query accessFilter;

    TrimmedSearch(IndexSearcher searcher, DutchAnalysis analysis, Set<String> grants) {
        this.searcher = searcher;
        this.analysis = analysis;
        this.parser = new UserQueryParser(analysis.queryAnalyzer());
        this.accessFilter = accessFilter(grants);
    }

    /** Matches exactly the documents carrying one of the grants; no grants, no documents. */
    static Query accessFilter(Set<String> grants) {
        return new TermInSetQuery(ACCESS, grants.stream().map(BytesRef::new).toList());
    }

    /** Restricts any query to what the reader may see. */
    Query visible(Query query) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(accessFilter, Occur.FILTER).build();
    }

    SearchResult search(SearchRequest request) throws IOException {
        List<Query> filters = new ArrayList<>();
        filters.add(accessFilter);
        filter(filters, KIND, request.kind());
        filter(filters, THEME, request.theme());
        filter(filters, BLOCK, request.block());
        filter(filters, MUNICIPALITY, request.municipality());
        filter(filters, SUBREGION, request.subregion());
        filter(filters, YEAR, request.year() == null ? null : request.year().toString());
        RelaxedQuery.Built built = !request.hasText() ? null
                : new RelaxedQuery(searcher.getIndexReader(), analysis, parser, q -> count(q, filters)).build(request.text());
        Query userQuery = built == null ? null : positive(built.match());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (userQuery == null) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            query.add(userQuery, Occur.MUST);
            addBoost(query, parser.parse(request.text(), TITLE, QueryParser.Operator.OR), TITLE_BOOST);
            addBoost(query, parser.parse(request.text(), EXACT, QueryParser.Operator.OR), EXACT_BOOST);
            addBoost(query, built.ranking(), 1f);
        }
        filters.forEach(f -> query.add(f, Occur.FILTER));
        Query searched = query.build();

        int end = Math.min(request.page() * request.size(), SearchRequest.MAX_RESULTS);
        int start = Math.min((request.page() - 1) * request.size(), end);
        FacetsCollector facetsCollector = new FacetsCollector();
        TopDocs top = userQuery == null
                ? FacetsCollector.search(searcher, searched, Math.max(end, 1),
                        new Sort(new SortField(UPDATED, SortField.Type.LONG, true)), facetsCollector)
                : FacetsCollector.search(searcher, searched, Math.max(end, 1), facetsCollector);

        int shown = Math.max(0, Math.min(end, top.scoreDocs.length) - start);
        int[] docIds = new int[shown];
        Document[] docs = new Document[shown];
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < shown; i++) {
            docIds[i] = top.scoreDocs[start + i].doc;
            docs[i] = stored.document(docIds[i], SHOWN); // not the attachment texts: the highlighter reads those
        }
        // Only the hits on this page are highlighted.
        List<List<SearchResult.Snippet>> snippets = new Snippets(searcher, analysis.highlightAnalyzer(), userQuery)
                .of(docIds, docs);
        List<SearchResult.Hit> hits = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            hits.add(hit(docs[i], top.scoreDocs[start + i], snippets.get(i)));
        }
        // A query that finds plenty with every word as typed is not misspelled: then no suggestion is worked out.
        boolean mayBeMisspelled = built != null && (built.unknownWord() || top.totalHits.value < SUGGEST_BELOW_HITS);
        String suggestion = userQuery == null || !mayBeMisspelled ? null
                : new SpellingSuggestion(searcher, analysis, parser, this).suggest(request.text());
        return new SearchResult(top.totalHits.value, request.page(), request.size(), hits,
                facets(facetsCollector), suggestion, built == null ? List.of() : built.missingWords(),
                built == null || built.allWords());
    }

    private long count(Query query, List<Query> filters) throws IOException {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(f -> filtered.add(f, Occur.FILTER));
        return searcher.count(filtered.build());
    }

    long count(Query query) throws IOException {
        return searcher.count(visible(query));
    }

    /** A query of only NOT clauses means "everything except". */
    private static Query positive(Query query) {
        if (query instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            for (BooleanClause clause : bq.clauses()) {
                builder.add(clause);
            }
            return builder.build();
        }
        return query;
    }

    private static void addBoost(BooleanQuery.Builder query, Query boost, float factor) {
        if (boost != null) {
            query.add(new BoostQuery(boost, factor), Occur.SHOULD);
        }
    }

    private static void filter(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(new TermQuery(new Term(field, value)));
        }
    }

    private SearchResult.Hit hit(Document doc, ScoreDoc scoreDoc, List<SearchResult.Snippet> snippets) {
        String yearText = doc.get(YEAR);
        return new SearchResult.Hit(DocumentKeys.idOf(Long.parseLong(doc.get(ID))), doc.get(KIND), doc.get(TITLE), doc.get(SUMMARY),
                doc.get(MUNICIPALITY), yearText == null ? 0 : Integer.parseInt(yearText),
                List.of(doc.getValues(THEME)), Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
                snippets, doc.get(STATUS) == null ? "PUBLISHED" : doc.get(STATUS));
    }

    private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector collector) throws IOException {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : FACETS) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            if (hasDocValues(dimension)) {
                StringDocValuesReaderState state = FacetStates.of(searcher.getIndexReader(), dimension);
                FacetResult result = new StringValueFacetCounts(state, collector).getTopChildren(FACET_VALUES, dimension);
                if (result != null) {
                    for (LabelAndValue value : result.labelValues) {
                        counts.add(new SearchResult.FacetCount(value.label, value.value.longValue()));
                    }
                }
            }
            facets.put(dimension, counts);
        }
        return facets;
    }

    private boolean hasDocValues(String field) {
        return searcher.getIndexReader().leaves().stream()
                .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
    }

    static List<String> values(Document doc, String field) {
        List<String> values = new ArrayList<>();
        for (IndexableField value : doc.getFields(field)) {
            values.add(value.stringValue());
        }
        return values;
    }
}
