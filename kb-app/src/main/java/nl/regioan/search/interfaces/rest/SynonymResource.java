package nl.regioan.search.interfaces.rest;

import nl.regioan.shared.interfaces.rest.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.search.application.SynonymAdministration;
import nl.regioan.search.domain.SynonymGroup;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Synonym groups for search, managed by editors; changes apply to the next search without a restart. */
@Tag(name = "Search")
@Path("kb/synonyms")
@RequestScoped
@RolesAllowed(Role.Names.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SynonymResource {

    @Inject
    SynonymAdministration synonyms;

    @Inject
    CurrentActor currentActor;

    /** A synonym group as shown and edited; the version goes back in If-Match. */
    public record SynonymView(long id, List<String> terms, long version, Instant updatedAt) {
        static SynonymView of(SynonymGroup group) {
            return new SynonymView(group.id(), group.terms(), group.version(), group.updatedAt());
        }
    }

    /** The terms of a new or changed group. */
    public record SynonymTerms(List<String> terms) {
    }

    @Operation(operationId = "listSynonymGroups", summary = "The synonym groups used by search")
    @Extension(name = "x-roles", value = "editor")
    @GET
    public List<SynonymView> list() {
        return synonyms.list(currentActor.require()).stream().map(SynonymView::of).toList();
    }

    @Operation(operationId = "createSynonymGroup", summary = "Adds a synonym group")
    @Extension(name = "x-roles", value = "editor")
    @APIResponse(responseCode = "201",
            description = "The new group, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SynonymView")))
    @POST
    public Response create(SynonymTerms body) {
        SynonymGroup group = synonyms.create(currentActor.require(), terms(body));
        return Response.status(Response.Status.CREATED).tag(Long.toString(group.version()))
                .entity(SynonymView.of(group)).build();
    }

    @Operation(operationId = "updateSynonymGroup", summary = "Changes a synonym group")
    @Extension(name = "x-roles", value = "editor")
    @APIResponse(responseCode = "200",
            description = "The changed group, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SynonymView")))
    @APIResponse(responseCode = "412",
            description = "If-Match is stale",
            content = @Content(mediaType = "application/problem+json"))
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SynonymTerms body) {
        long version = IfMatch.required(ifMatch);
        SynonymGroup group = synonyms.update(currentActor.require(), id, version, terms(body));
        return Response.ok(SynonymView.of(group)).tag(Long.toString(group.version())).build();
    }

    @Operation(operationId = "deleteSynonymGroup", summary = "Removes a synonym group")
    @Extension(name = "x-roles", value = "editor")
    @APIResponse(responseCode = "204",
            description = "Removed")
    @APIResponse(responseCode = "412",
            description = "If-Match is stale",
            content = @Content(mediaType = "application/problem+json"))
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        synonyms.delete(currentActor.require(), id, IfMatch.required(ifMatch));
        return Response.noContent().build();
    }

    private static List<String> terms(SynonymTerms body) {
        if (body == null || body.terms() == null) {
            throw InvalidInputException.of("terms", "synonym.terms.shape");
        }
        return body.terms();
    }
}
