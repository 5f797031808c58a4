package nl.regioan.search.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The search index as the use cases see it; grants always come from the access policy, never a request. */
public interface SearchEngine {

    SearchResult search(SearchRequest request, Set<String> grants);

    Completions complete(String typed, Set<String> grants);

    IndexStatus status();

    /** Starts a rebuild in the background; false when one is already running. */
    boolean startRebuild();

    /** Applies a new synonym list to the next searches. */
    void useSynonyms(Collection<List<String>> groups);
}
