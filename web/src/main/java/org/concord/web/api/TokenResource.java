package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.concord.domain.account.ApiToken;
import org.concord.service.account.AccountService;
import org.concord.service.account.ApiTokenView;
import org.concord.service.account.IssuedApiToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own API tokens: issue (the token is in this one answer only), list, revoke. R-SEC.3: with expiry and
 * scopes; issuing and revoking take HTTP Basic, never a token. R-SEC.2: Basic signs in only an account without a second
 * step; the others issue and revoke their tokens on the tokens page, signed in with their second step.
 */
@Tag(name = "Tokens", description = "API tokens and their scopes (R-SEC.3)")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private AccountService accounts;

    /**
     * Body: {@code {"label": "...", "scopes": ["READ", "FILE"], "expiresAt": "2027-01-31T00:00:00Z"}}; R-SEC.3:
     * scopes default to {@code READ}, the expiry to the configured validity (which is also its latest).
     */
    public static class NewToken {
        @NotBlank(message = "Give the token a label (1 to 100 characters).")
        @Size(max = 100, message = "Give the token a label (1 to 100 characters).")
        public String label;

        public Set<ApiToken.Scope> scopes;

        public Instant expiresAt;
    }

    /** R-SEC.3: a token cannot issue tokens (a stolen one would outlive its own revocation). */
    @Operation(
            operationId = "issueToken",
            summary = "Issues an API token of chosen scopes; a signed-in person only, not a token (R-SEC.3)")
    @POST
    @NotWithToken
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@Valid @NotNull NewToken body) {
        IssuedApiToken issued = accounts.issueApiToken(body.label, body.scopes, body.expiresAt);
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    /** Who the token (or the credentials) belongs to: address, name, roles and language. */
    @Operation(
            operationId = "getTokenHolder",
            summary = "Who the token (or the credentials) belongs to: address, name, roles and language")
    @GET
    @Path("/me")
    public AccountService.Me me() {
        return accounts.me();
    }

    @Operation(operationId = "listTokens", summary = "The caller's API tokens, without their secrets (R-SEC.3)")
    @GET
    public List<ApiTokenView> mine() {
        return accounts.myApiTokens();
    }

    /** R-SEC.3: nor revoke them. */
    @Operation(
            operationId = "revokeToken",
            summary = "Revokes an API token; a signed-in person only, not a token (R-SEC.3)")
    @DELETE
    @NotWithToken
    @Path("/{id}")
    public Response revoke(@PathParam("id") String id) {
        accounts.revokeApiToken(ProcedureResource.parse(id));
        return Response.noContent().build();
    }
}
