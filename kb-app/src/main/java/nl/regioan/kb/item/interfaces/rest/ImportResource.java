package nl.regioan.kb.item.interfaces.rest;

import nl.regioan.shared.interfaces.rest.RequestLanguage;
import nl.regioan.shared.api.Message;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.access.domain.Role;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.kb.item.application.ImportRejectedException;
import nl.regioan.kb.item.application.ItemCommand;
import nl.regioan.kb.item.application.KnowledgeItems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Many items at once (migrating existing documents): all or nothing. When any item is invalid the
 * answer is 400 with every problem as {index, field, reason} and nothing is saved.
 */
@Tag(name = "Knowledge base")
@Path("kb/import")
@RequestScoped
@RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    RequestLanguage language;

    @Inject
    KnowledgeItems items;

    @Inject
    CurrentActor currentActor;

    /** The ids of the created items, in the order of the request. */
    @Schema(name = "ImportedItems")
    public record Imported(int count, List<Long> ids) {
    }

    /** 400 for an import: the per-item problems. */
    @Schema(name = "ItemImportProblem")
    public record ImportProblem(String type, String title, int status, String code, String detail, List<ImportErrorView> errors) {
    }

    /** One item's problem: {@code index} counts from 0 in the request. */
    public record ImportErrorView(int index, String field, String code, String message, String reason) {
    }

    @Operation(operationId = "importKnowledgeItems", summary = "Imports knowledge items, all or nothing")
    @Extension(name = "x-roles", value = "contributor,editor")
    @APIResponse(responseCode = "201",
            description = "The ids of the new items, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportedItems")))
    @APIResponse(responseCode = "400",
            description = "Refused: the problems per item; nothing was saved",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "ItemImportProblem")))
    @POST
    public Response importItems(List<ItemCommand> commands) {
        try {
            List<Long> ids = items.importAll(currentActor.require(), commands).stream().map(i -> i.id()).toList();
            return Response.status(Response.Status.CREATED).entity(new Imported(ids.size(), ids)).build();
        } catch (ImportRejectedException rejected) {
            return Response.status(Response.Status.BAD_REQUEST).type(Problem.MEDIA_TYPE)
                    .entity(new ImportProblem("about:blank", "Bad Request", 400, "import.rejected",
                            language.text(Message.of("import.rejected", rejected.errors().size())),
                            rejected.errors().stream().map(e -> {
                                String text = language.text(e.message());
                                return new ImportErrorView(e.index(), e.field(), e.message().key(), text, text);
                            }).toList())).build();
        }
    }
}
