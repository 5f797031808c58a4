package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinal maps of each open reader, built once per reader instead of once per search:
 * building one reads every segment's values of a dimension. Dropped when the reader closes.
 */
final class FacetStates {

    private static final Map<IndexReader.CacheKey, Map<String, StringDocValuesReaderState>> STATES =
            new ConcurrentHashMap<>();

    private FacetStates() {
    }

    static StringDocValuesReaderState of(IndexReader reader, String dimension) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new StringDocValuesReaderState(reader, dimension); // a reader that cannot say when it closes
        }
        Map<String, StringDocValuesReaderState> perReader = STATES.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(STATES::remove);
            return new ConcurrentHashMap<>();
        });
        try {
            return perReader.computeIfAbsent(dimension, field -> {
                try {
                    return new StringDocValuesReaderState(reader, field);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
