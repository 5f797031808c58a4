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
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search of the knowledge base, trimmed to what the logged-in person may see. */
@Tag(name = "Search")
@Path("kb/search")
@PermitAll
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    KnowledgeSearch search;

    @Operation(operationId = "searchKnowledgeBase", summary = "Full-text search over the items the caller may read")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public SearchResult search(
            @Parameter(description = "Words, \"phrases\", AND/OR/NOT, prefixes such as titel: or bijlage:; empty lists everything")
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("theme") String theme,
            @QueryParam("block") String block,
            @Parameter(description = "CBS code, e.g. GM0268") @QueryParam("municipality") String municipality,
            @QueryParam("subregion") String subregion,
            @QueryParam("year") String year,
            @Parameter(description = "From 1; default 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 50; default 10") @QueryParam("size") String size) {
        return search.search(new SearchRequest(q, blankToNull(kind), blankToNull(theme), blankToNull(block),
                blankToNull(municipality), blankToNull(subregion), number("year", year, null),
                number("page", page, 1), number("size", size, 10)));
    }

    static Integer number(String field, String text, Integer whenAbsent) {
        if (text == null || text.isBlank()) {
            return whenAbsent;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "parameter.notWholeNumber", text.length() > 20 ? text.substring(0, 20) + "…" : text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
