package nl.regioan.mail.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioan.mail.application.Unsubscribe;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.interfaces.rest.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of a mail, without a login (a mail is read where nobody is logged in): the
 * page {@code unsubscribe.html} posts its token here, and so do mail programs that offer one-click
 * unsubscribing (RFC 8058 posts {@code List-Unsubscribe=One-Click} as a form, which is ignored).
 */
@Tag(name = "Mail")
@Path("mail/unsubscribe")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    Unsubscribe unsubscribe;

    @Inject
    RequestLanguage language;

    /** The kind of mail that is now off, and its name in the caller's language. */
    @Schema(name = "Unsubscribed")
    public record Unsubscribed(String kind, String description) {
    }

    @Operation(operationId = "unsubscribeFromMail", summary = "Switches off the kind of mail that the token's mail was, for its receiver")
    @Extension(name = "x-roles", value = "public")
    @APIResponse(responseCode = "200", description = "That kind of mail is off (also when it was off already)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unsubscribed")))
    @POST
    @Consumes(MediaType.WILDCARD)
    public Unsubscribed unsubscribe(@QueryParam("token") String token) {
        MailKind kind = unsubscribe.unsubscribe(token);
        return new Unsubscribed(kind.name(), language.text(Message.of(kind.labelKey())));
    }
}
