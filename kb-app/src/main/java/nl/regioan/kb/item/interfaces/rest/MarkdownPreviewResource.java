package nl.regioan.kb.item.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.access.domain.Role;
import nl.regioan.kb.item.domain.ItemContent;
import nl.regioan.kb.item.domain.Markdown;
import nl.regioan.shared.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The editor's preview: Markdown rendered exactly as readers will get it (sanitized HTML). */
@Tag(name = "Knowledge base")
@Path("kb/preview")
@RequestScoped
@RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.EDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarkdownPreviewResource {

    /** The text to render. */
    public record Source(String markdown) {
    }

    /** The sanitized HTML. */
    public record Rendered(String html) {
    }

    @Operation(operationId = "previewMarkdown", summary = "Renders Markdown as the item page would show it")
    @Extension(name = "x-roles", value = "contributor,editor")
    @POST
    public Rendered render(Source source) {
        String markdown = source == null || source.markdown() == null ? "" : source.markdown();
        if (markdown.length() > ItemContent.MAX_BODY) {
            throw InvalidInputException.of("markdown", "text.maxLength", ItemContent.MAX_BODY);
        }
        return new Rendered(Markdown.toSafeHtml(markdown));
    }
}
