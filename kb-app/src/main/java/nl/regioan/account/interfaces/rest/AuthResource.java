package nl.regioan.account.interfaces.rest;

import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.account.application.AccountDirectory;
import nl.regioan.account.application.ChangeOwnPassword;
import nl.regioan.account.application.ApiTokens;
import nl.regioan.account.application.ChooseLanguage;
import nl.regioan.account.application.LoginService;
import nl.regioan.account.domain.Account;
import nl.regioan.account.interfaces.web.SessionCookie;
import nl.regioan.account.interfaces.web.SessionLogin;
import nl.regioan.app.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Logging in and out, the caller's own account, password change and personal API tokens. */
@Tag(name = "Accounts")
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LoginService loginService;

    @Inject
    AccountDirectory accountDirectory;

    @Inject
    ChangeOwnPassword changeOwnPassword;

    @Inject
    ChooseLanguage chooseLanguage;

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentActor currentActor;

    @Context
    HttpServletRequest request;

    public record LoginRequest(String username, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** PUT /api/v1/auth/me/language: "nl" or "en". */
    public record LanguageChoice(String language) {
    }

    public record TokenRequest(String name, Integer validDays) {
    }

    /** Open to anonymous callers (see web.xml): the only API call that is. */
    @Operation(operationId = "login", summary = "Logs in with username and password; sets the session cookie")
    @Extension(name = "x-roles", value = "public")
    @APIResponse(responseCode = "200",
            description = "Logged in: the account and the csrfToken for writes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Me")))
    @APIResponse(responseCode = "401",
            description = "Wrong username or password",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429",
            description = "Too many failed logins from this address: try again later",
            content = @Content(mediaType = "application/problem+json"))
    @POST
    @Path("login")
    @PermitAll
    public Response login(LoginRequest body) {
        LoginRequest login = Validation.loginRequest(body);
        LoginService.Outcome outcome = loginService.login(login.username(), login.password(), request.getRemoteAddr());
        if (outcome instanceof LoginService.Outcome.Throttled throttled) {
            return Problem.response(Response.Status.TOO_MANY_REQUESTS, throttled.reason());
        }
        if (outcome instanceof LoginService.Outcome.Refused refused) {
            return Problem.response(Response.Status.UNAUTHORIZED, refused.reason());
        }
        Account account = ((LoginService.Outcome.Success) outcome).account();
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate(); // a fresh session id at every login: no session fixation
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(SessionLogin.IDLE_TIMEOUT_SECONDS);
        SessionLogin sessionLogin = new SessionLogin(account.id(), account.username(), Instant.now(), newCsrfToken(),
                account.mustChangePassword());
        session.setAttribute(SessionLogin.ATTRIBUTE, sessionLogin);
        return Response.ok(Me.of(account, sessionLogin))
                .header("Set-Cookie", SessionCookie.headerFor(request, session))
                .build();
    }

    @Operation(operationId = "logout", summary = "Ends the session")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "204",
            description = "Logged out")
    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @Operation(operationId = "getCurrentAccount", summary = "The logged-in account")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("me")
    @PermitAll
    public Me me() {
        Account account = accountDirectory.require(currentActor.require().accountId());
        return Me.of(account, sessionLogin());
    }

    /** The person's own language for pages and server texts; the pages send it when the language switch is used. */
    @Operation(operationId = "chooseOwnLanguage", summary = "Chooses the language of pages and server texts for the caller")
    @Extension(name = "x-roles", value = "any-account")
    @PUT
    @Path("me/language")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Me chooseLanguage(LanguageChoice body) {
        if (body == null) {
            throw Validation.missingBody();
        }
        return Me.of(chooseLanguage.choose(currentActor.require(), body.language()), sessionLogin());
    }

    @Operation(operationId = "changeOwnPassword", summary = "Changes the caller's password")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "204",
            description = "Changed")
    @POST
    @Path("password")
    @PermitAll
    public Response changePassword(PasswordChange body) {
        if (body == null) {
            throw Validation.missingBody();
        }
        changeOwnPassword.change(currentActor.require(), body.currentPassword(), body.newPassword());
        HttpSession session = request.getSession(false);
        SessionLogin login = sessionLogin();
        if (login != null) {
            session.setAttribute(SessionLogin.ATTRIBUTE, login.passwordChanged());
        }
        return Response.noContent().build();
    }

    @Operation(operationId = "listApiTokens", summary = "The caller's API tokens (without secrets)")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    @Path("tokens")
    @PermitAll
    public List<TokenView> listTokens() {
        return tokens.ownedBy(currentActor.require()).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @Operation(operationId = "createApiToken", summary = "Creates an API token; the secret is shown only in this answer")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "201",
            description = "The token with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenView")))
    @POST
    @Path("tokens")
    @PermitAll
    public Response createToken(TokenRequest body) {
        if (body == null) {
            throw Validation.missingBody();
        }
        ApiTokens.CreatedToken created = tokens.create(currentActor.require(), body.name(), body.validDays());
        return Response.status(Response.Status.CREATED).entity(TokenView.of(created.token(), created.secret())).build();
    }

    @Operation(operationId = "revokeApiToken", summary = "Revokes one of the caller's API tokens")
    @Extension(name = "x-roles", value = "any-account")
    @APIResponse(responseCode = "204",
            description = "Revoked")
    @DELETE
    @Path("tokens/{id}")
    @PermitAll
    public Response revokeToken(@PathParam("id") long id) {
        Actor actor = currentActor.require();
        if (!tokens.revoke(actor, id)) {
            throw new UnknownResourceException("id", Message.of("token.notFound", id));
        }
        return Response.noContent().build();
    }

    private SessionLogin sessionLogin() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.ATTRIBUTE);
    }

    private static String newCsrfToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
