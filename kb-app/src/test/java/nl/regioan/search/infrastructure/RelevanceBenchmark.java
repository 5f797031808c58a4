package nl.regioan.search.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.regioan.search.domain.SearchableItem;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Benchmark, not a test: the judged set (test resources {@code search/judged}) searched by our engine
 * and by stock Lucene ({@code DutchAnalyzer} and {@code StandardAnalyzer}, title and body in one field,
 * the classic parser with its default OR), printing MRR@10, nDCG@10 and the top-3 hit rate over the
 * answerable queries side by side, per kind of query, and for the queries without a good answer how
 * often each answers nothing. With {@code -v} it lists our engine's misses. Run from the worktree root:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -pl kb-app -am -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cd kb-app &amp;&amp; java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *   nl.regioan.search.infrastructure.RelevanceBenchmark [-v]
 * </pre>
 */
public final class RelevanceBenchmark {

    private RelevanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        List<SearchableItem> corpus = JudgedSet.corpus();
        List<JudgedSet.Judged> queries = JudgedSet.queries();
        Map<String, Function<String, List<Long>>> engines = new LinkedHashMap<>();
        try (TestIndex ours = new TestIndex(DutchAnalysis.withSynonyms(TestIndex.seedSynonyms()), corpus);
             Stock dutch = new Stock(new DutchAnalyzer(), corpus);
             Stock standard = new Stock(new StandardAnalyzer(), corpus)) {
            engines.put("ours", ours::ids);
            engines.put("DutchAnalyzer", dutch::ids);
            engines.put("StandardAnalyzer", standard::ids);
            long answerable = queries.stream().filter(JudgedSet.Judged::answerable).count();
            System.out.printf(Locale.ROOT, "judged set: %d items, %d queries (%d answerable, %d without a good answer)%n",
                    corpus.size(), queries.size(), answerable, queries.size() - answerable);
            System.out.printf(Locale.ROOT, "%-18s %8s %8s %8s %14s%n", "engine", "MRR@10", "nDCG@10", "top-3", "none→nothing");
            Map<String, Map<String, double[]>> perKind = new LinkedHashMap<>();
            for (Map.Entry<String, Function<String, List<Long>>> engine : engines.entrySet()) {
                double mrr = 0;
                double ndcg = 0;
                int top3 = 0;
                int quiet = 0;
                Map<String, double[]> kinds = new LinkedHashMap<>();
                List<String> misses = new ArrayList<>();
                for (JudgedSet.Judged judged : queries) {
                    List<Long> found = engine.getValue().apply(judged.query());
                    if (!judged.answerable()) {
                        quiet += found.isEmpty() ? 1 : 0;
                        continue;
                    }
                    double rr = reciprocalRank(found, judged.relevant());
                    boolean hit = rr >= 1.0 / 3;
                    mrr += rr;
                    ndcg += ndcg(found, judged.relevant());
                    top3 += hit ? 1 : 0;
                    double[] kind = kinds.computeIfAbsent(judged.kind(), k -> new double[2]);
                    kind[0] += hit ? 1 : 0;
                    kind[1]++;
                    if (!hit) {
                        misses.add(judged.query() + " -> " + found + " (wanted " + judged.relevant() + ")");
                    }
                }
                perKind.put(engine.getKey(), kinds);
                System.out.printf(Locale.ROOT, "%-18s %8.3f %8.3f %7.1f%% %9d of %d%n", engine.getKey(), mrr / answerable,
                        ndcg / answerable, 100.0 * top3 / answerable, quiet, queries.size() - answerable);
                if (verbose && engine.getKey().equals("ours")) {
                    misses.forEach(m -> System.out.println("  miss: " + m));
                }
            }
            System.out.println("top-3 hit rate per kind of query:");
            for (String kind : perKind.get("ours").keySet()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-13s", kind));
                for (String engine : engines.keySet()) {
                    double[] k = perKind.get(engine).getOrDefault(kind, new double[] {0, 1});
                    line.append(String.format(Locale.ROOT, " %s %3.0f%%", engine, 100 * k[0] / k[1]));
                }
                System.out.println(line);
            }
        }
    }

    static double reciprocalRank(List<Long> found, List<Long> relevant) {
        for (int i = 0; i < Math.min(10, found.size()); i++) {
            if (relevant.contains(found.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Binary gains: every listed item answers the query equally. */
    static double ndcg(List<Long> found, List<Long> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, found.size()); i++) {
            dcg += relevant.contains(found.get(i)) ? 1 / log2(i + 2) : 0;
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    /** Stock Lucene: one analyzer, title and body in one field, the classic parser with OR between words. */
    private static final class Stock implements AutoCloseable {
        private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        private final Analyzer analyzer;
        private final DirectoryReader reader;

        Stock(Analyzer analyzer, List<SearchableItem> items) throws Exception {
            this.analyzer = analyzer;
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (SearchableItem item : items) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Long.toString(item.id()), Field.Store.YES));
                    doc.add(new TextField("text", item.title() + "\n" + item.body(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
        }

        List<Long> ids(String text) {
            try {
                Query query = new QueryParser("text", analyzer).parse(QueryParser.escape(text));
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                    ids.add(Long.valueOf(searcher.storedFields().document(hit.doc).get("id")));
                }
                return ids;
            } catch (ParseException e) {
                return List.of();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws Exception {
            reader.close();
            directory.close();
            analyzer.close();
        }
    }
}
