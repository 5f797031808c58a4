package nl.regioan.mail.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.app.interfaces.rest.Problem;
import nl.regioan.mail.application.ChangeMailPreferences;
import nl.regioan.mail.application.ReadMailPreferences;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailPreferences;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.interfaces.rest.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in person's own mail preferences: address, digest frequency and the kinds of mail they want. */
@Tag(name = "Mail")
@Path("mail/preferences")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailPreferencesResource {

    @Inject
    ReadMailPreferences read;

    @Inject
    ChangeMailPreferences change;

    @Inject
    CurrentActor currentActor;

    /** The preferences; kinds maps every kind of mail to on (true) or off (false). */
    @Schema(name = "MailPreferencesView")
    public record MailPreferencesView(String address, String digest, Map<String, Boolean> kinds, long version) {
    }

    /** What to change: address ("" or null: none), digest NONE, DAILY or WEEKLY, and kinds to switch on or off. */
    @Schema(name = "MailPreferencesChange")
    public record MailPreferencesChange(String address, String digest, Map<String, Boolean> kinds) {
    }

    @Operation(operationId = "getMailPreferences", summary = "The caller's mail address, digest frequency and kinds of mail")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The preferences, with their version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MailPreferencesView")))
    @GET
    public Response get() {
        return withETag(Response.ok(), read.of(currentActor.require()));
    }

    @Operation(operationId = "changeMailPreferences", summary = "Sets the caller's mail address, digest frequency and kinds of mail")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "200", description = "The saved preferences, with their new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MailPreferencesView")))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing was saved",
            content = @Content(mediaType = "application/problem+json"))
    @PUT
    public Response put(@HeaderParam("If-Match") String ifMatch, MailPreferencesChange body) {
        if (body == null) {
            throw InvalidInputException.of("", "mail.preferences.body");
        }
        Actor actor = currentActor.require();
        try {
            return withETag(Response.ok(), change.change(actor,
                    new ChangeMailPreferences.Change(body.address(), body.digest(), body.kinds()), IfMatch.optional(ifMatch)));
        } catch (ChangeMailPreferences.StalePreferences stale) {
            return Problem.response(Response.Status.PRECONDITION_FAILED, stale.detail(),
                    List.of(new FieldError("If-Match", stale.detail())));
        }
    }

    private static Response withETag(Response.ResponseBuilder builder, MailPreferences p) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (MailKind kind : MailKind.values()) {
            kinds.put(kind.name(), !p.off().contains(kind));
        }
        return builder.tag(new EntityTag(Long.toString(p.version())))
                .entity(new MailPreferencesView(p.address() == null ? "" : p.address(), p.digest().name(), kinds, p.version()))
                .build();
    }
}
