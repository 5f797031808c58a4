package nl.regioan.search.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.search.application.KnowledgeSearch;
import nl.regioan.search.domain.Completions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Autocomplete while typing: titles and frequent words of items the person may see. */
@Tag(name = "Search")
@Path("kb/suggest")
@PermitAll
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    @Inject
    KnowledgeSearch search;

    @Operation(operationId = "suggestSearchTerms", summary = "Autocomplete for the search box")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public Completions suggest(@QueryParam("q") String q) {
        return search.complete(q);
    }
}
