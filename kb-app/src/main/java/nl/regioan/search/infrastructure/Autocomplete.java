package nl.regioan.search.infrastructure;

import static nl.regioan.search.infrastructure.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.DocumentKeys;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Completions for what is being typed: titles whose words start with the typed words, and frequent
 * words that start with the last one, both counted only over items the reader may see.
 */
final class Autocomplete {

    static final int MAX_TITLES = 6;
    static final int MAX_TERMS = 6;
    /** Words of the dictionary inspected per request; their counts are the reader's own. */
    private static final int INSPECTED_TERMS = 200;

    private final IndexSearcher searcher;
    private final DutchAnalysis analysis;
    private final TrimmedSearch trimmed;

    Autocomplete(IndexSearcher searcher, DutchAnalysis analysis, TrimmedSearch trimmed) {
        this.searcher = searcher;
        this.analysis = analysis;
        this.trimmed = trimmed;
    }

    Completions complete(String typed) throws IOException {
        List<String> words = UserQueryParser.words(typed).stream()
                .map(w -> analysis.normalize(w)).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2) {
            return Completions.none();
        }
        return new Completions(titles(words), terms(words.get(words.size() - 1)));
    }

    private List<Completions.Title> titles(List<String> words) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            String prefix = word.length() > 30 ? word.substring(0, 30) : word;
            query.add(new TermQuery(new Term(TITLE_PREFIX, prefix)), Occur.MUST);
        }
        List<Completions.Title> titles = new ArrayList<>();
        for (ScoreDoc scoreDoc : searcher.search(trimmed.visible(query.build()), MAX_TITLES).scoreDocs) {
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            titles.add(new Completions.Title(DocumentKeys.idOf(Long.parseLong(doc.get(ID))), doc.get(TITLE), doc.get(KIND)));
        }
        return titles;
    }

    private List<String> terms(String prefix) throws IOException {
        BytesRef prefixBytes = new BytesRef(prefix);
        Map<String, Long> counts = new TreeMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(EXACT);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (iterator.seekCeil(prefixBytes) == TermsEnum.SeekStatus.END) {
                continue;
            }
            int inspected = 0;
            for (BytesRef term = iterator.term(); term != null && inspected < INSPECTED_TERMS; term = iterator.next()) {
                if (!StringHelper.startsWith(term, prefixBytes)) {
                    break;
                }
                counts.putIfAbsent(term.utf8ToString(), 0L);
                inspected++;
            }
        }
        List<Map.Entry<String, Long>> visible = new ArrayList<>();
        for (String term : counts.keySet()) {
            if (term.equals(prefix)) {
                continue;
            }
            long count = trimmed.count(new TermQuery(new Term(EXACT, term)));
            if (count > 0) {
                visible.add(Map.entry(term, count));
            }
        }
        visible.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return visible.stream().limit(MAX_TERMS).map(Map.Entry::getKey).toList();
    }
}
