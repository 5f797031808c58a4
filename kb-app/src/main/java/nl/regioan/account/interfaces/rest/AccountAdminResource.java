package nl.regioan.account.interfaces.rest;

import nl.regioan.shared.interfaces.rest.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.account.application.ChangeAccountRoles;
import nl.regioan.account.application.CreateAccount;
import nl.regioan.account.application.IssuedPassword;
import nl.regioan.account.application.ListAccounts;
import nl.regioan.account.application.ResetAccountPassword;
import nl.regioan.account.application.ReviewAccountRoles;
import nl.regioan.account.application.SwitchAccountEnabled;
import nl.regioan.access.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration: create, change roles, reset passwords, disable; and the role review for BIO. */
@Tag(name = "Accounts")
@Path("admin/accounts")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountAdminResource {

    @Inject
    ListAccounts listAccounts;

    @Inject
    CreateAccount createAccount;

    @Inject
    ChangeAccountRoles changeAccountRoles;

    @Inject
    ResetAccountPassword resetAccountPassword;

    @Inject
    SwitchAccountEnabled switchAccountEnabled;

    @Inject
    ReviewAccountRoles reviewAccountRoles;

    @Inject
    CurrentActor currentActor;

    public record RolesChange(List<String> roles) {
    }

    @Operation(operationId = "listAccounts", summary = "Every account")
    @Extension(name = "x-roles", value = "admin")
    @GET
    public List<AccountView> list() {
        return listAccounts.all(currentActor.require()).stream().map(a -> AccountView.of(a, null)).toList();
    }

    @Operation(operationId = "createAccount", summary = "Creates an account with a one-time password")
    @Extension(name = "x-roles", value = "admin")
    @APIResponse(responseCode = "201",
            description = "The account and its one-time password",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    @POST
    public Response create(CreateAccount.NewAccount body) {
        if (body == null) {
            throw Validation.missingBody();
        }
        IssuedPassword issued = createAccount.create(currentActor.require(), body);
        return Response.status(Response.Status.CREATED)
                .entity(AccountView.of(issued.account(), issued.temporaryPassword())).build();
    }

    /** Replaces the roles; If-Match carries the version the administrator saw. */
    @Operation(operationId = "changeAccountRoles", summary = "Replaces an account's roles")
    @Extension(name = "x-roles", value = "admin")
    @PUT
    @Path("{id}/roles")
    public AccountView changeRoles(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RolesChange body) {
        if (body == null) {
            throw Validation.missingBody();
        }
        long version = IfMatch.required(ifMatch);
        return AccountView.of(changeAccountRoles.change(currentActor.require(), id, body.roles(), version), null);
    }

    @Operation(operationId = "resetAccountPassword", summary = "Gives an account a new one-time password")
    @Extension(name = "x-roles", value = "admin")
    @POST
    @Path("{id}/password-reset")
    public AccountView resetPassword(@PathParam("id") long id) {
        IssuedPassword issued = resetAccountPassword.reset(currentActor.require(), id);
        return AccountView.of(issued.account(), issued.temporaryPassword());
    }

    @Operation(operationId = "disableAccount", summary = "Disables an account")
    @Extension(name = "x-roles", value = "admin")
    @POST
    @Path("{id}/disable")
    public AccountView disable(@PathParam("id") long id) {
        return AccountView.of(switchAccountEnabled.set(currentActor.require(), id, false), null);
    }

    @Operation(operationId = "enableAccount", summary = "Enables an account")
    @Extension(name = "x-roles", value = "admin")
    @POST
    @Path("{id}/enable")
    public AccountView enable(@PathParam("id") long id) {
        return AccountView.of(switchAccountEnabled.set(currentActor.require(), id, true), null);
    }

    /** Who holds which role, per role: the quarterly review of special privileges (BIO). */
    @Operation(operationId = "reviewAccountRoles", summary = "Accounts per role, for the quarterly review")
    @Extension(name = "x-roles", value = "admin")
    @APIResponse(responseCode = "200", description = "Role code -> usernames that hold it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, additionalProperties = String[].class)))
    @GET
    @Path("role-review")
    public Map<String, List<String>> roleReview() {
        return reviewAccountRoles.review(currentActor.require());
    }
}
