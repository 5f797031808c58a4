package nl.regioan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.SearchEngine;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Searching and autocompleting the knowledge base as the logged-in person: their grants come from
 * the access policy and the security context, never from the request.
 */
@ApplicationScoped
public class KnowledgeSearch {

    static final int MAX_FILTER = 100;
    static final int MAX_TYPED = 100;

    @Inject
    SearchEngine engine;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    public SearchResult search(SearchRequest request) {
        validate(request);
        return engine.search(request, policy.grantsOf(currentActor.require()));
    }

    public Completions complete(String typed) {
        if (typed != null && typed.length() > MAX_TYPED) {
            throw InvalidInputException.of("q", "search.suggest.maxLength", MAX_TYPED);
        }
        if (typed == null || typed.isBlank()) {
            return Completions.none();
        }
        return engine.complete(typed, policy.grantsOf(currentActor.require()));
    }

    /** Bounds that keep every search fast; each violation names its parameter and what is allowed. */
    static void validate(SearchRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.text() != null && request.text().length() > SearchRequest.MAX_TEXT) {
            errors.add(FieldError.of("q", "search.q.maxLength", SearchRequest.MAX_TEXT, request.text().length()));
        }
        if (request.page() < 1) {
            errors.add(FieldError.of("page", "search.page.min"));
        }
        if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
            errors.add(FieldError.of("size", "search.size", SearchRequest.MAX_SIZE));
        }
        if (errors.isEmpty() && (long) request.page() * request.size() > SearchRequest.MAX_RESULTS) {
            errors.add(FieldError.of("page", "search.page.max", SearchRequest.MAX_RESULTS));
        }
        filter(errors, "kind", request.kind());
        filter(errors, "theme", request.theme());
        filter(errors, "block", request.block());
        filter(errors, "municipality", request.municipality());
        filter(errors, "subregion", request.subregion());
        if (request.year() != null && (request.year() < 1900 || request.year() > 2999)) {
            errors.add(FieldError.of("year", "search.year"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void filter(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_FILTER) {
            errors.add(FieldError.of(field, "text.maxLength", MAX_FILTER));
        }
    }
}
