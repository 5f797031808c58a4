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

/** The search engine port, served by the index {@link SearchIndexOwner} owns. */
@ApplicationScoped
public class LuceneSearchEngine implements SearchEngine {

    @Inject
    SearchIndexOwner owner;

    private LuceneSearchIndex index() {
        return owner.index();
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
        return owner.startRebuild();
    }

    @Override
    public void useSynonyms(Collection<List<String>> groups) {
        index().useSynonyms(groups);
    }
}
