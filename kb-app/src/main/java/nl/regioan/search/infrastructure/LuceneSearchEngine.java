package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.IndexStatus;
import nl.regioan.search.domain.SearchEngine;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;

/** The search engine port, served by the index the startup singleton owns. */
@ApplicationScoped
public class LuceneSearchEngine implements SearchEngine {

    @Inject
    SearchIndexStartup startup;

    @Inject
    CurrentSearchIndex current;

    /** Not through the EJB where possible: {@link #useSynonyms} is called after a commit (see {@link CurrentSearchIndex}). */
    private LuceneSearchIndex index() {
        return current.get().orElseGet(startup::index);
    }

    @Override
    public SearchResult search(SearchRequest request, Set<String> grants) {
        return index().search(request, grants);
    }

    @Override
    public Completions complete(String typed, Set<String> grants) {
        return index().complete(typed, grants);
    }

    @Override
    public IndexStatus status() {
        return index().status();
    }

    @Override
    public boolean startRebuild() {
        return startup.startRebuild();
    }

    @Override
    public void useSynonyms(Collection<List<String>> groups) {
        index().useSynonyms(groups);
    }
}
