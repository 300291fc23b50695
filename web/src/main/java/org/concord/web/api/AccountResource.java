package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.ApiToken;
import org.concord.domain.account.Role;
import org.concord.service.Page;
import org.concord.service.account.AccountAdministrationService;
import org.concord.service.account.AccountDetail;
import org.concord.service.account.AccountSummary;
import org.concord.service.account.PersonalData;
import org.concord.service.account.ProfileService;
import org.concord.service.account.ProfileView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accounts: administrators (CENTER_ADMIN) list, search and change them, each change with a reason (R-ACC.5); every
 * signed-in caller reads, corrects, exports and closes their own under {@code /me} (R-ACC.6). Refusals are problem
 * details naming the rule and the field.
 */
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Accounts",
        description = "One's own account (R-ACC.6) and the administrators' management of accounts (R-ACC.5)")
public class AccountResource {

    @Inject
    private AccountAdministrationService administration;

    @Inject
    private ProfileService profiles;

    /** Body of a change by an administrator: {@code {"role": "NEUTRAL", "reason": "…"}} (no role where none applies). */
    public static class Change {
        public String role;
        public String reason;
    }

    /** Body of a correction of one's own account. */
    public static class Correction {
        public String displayName;
        public String language;
        public String domicile;

        /** Issue 24: the zone one also reads times in (e.g. America/New_York); "" for Geneva's only; absent: kept. */
        public String timeZone;
    }

    /** Body of a change of address. */
    public static class NewEmail {
        public String email;
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @GET
    @Operation(
            operationId = "searchAccounts",
            summary = "CENTER_ADMIN: accounts whose name or e-mail, or the name of an organisation they are an active"
                    + " member of, contains q; each with its organisations; 25 a page (page from 0), R-ACC.5")
    public Page<AccountSummary> search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        return administration.search(q, Math.max(0, page));
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAccount",
            summary = "CENTER_ADMIN: one account, its roles, state, recorded changes and what may be done (may)")
    public AccountDetail account(@PathParam("id") String id) {
        return administration.account(ProcedureResource.parse(id));
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/roles/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantRole", summary = "CENTER_ADMIN: grants a role, with a reason (R-ACC.5)")
    public AccountDetail grant(@PathParam("id") String id, @NotNull Change body) {
        return administration.grantRole(ProcedureResource.parse(id), role(body.role), body.reason);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/roles/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "withdrawRole",
            summary = "CENTER_ADMIN: withdraws a role, with a reason; never the last administrator's (R-ACC.5)")
    public AccountDetail withdraw(@PathParam("id") String id, @NotNull Change body) {
        return administration.withdrawRole(ProcedureResource.parse(id), role(body.role), body.reason);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "disableAccount",
            summary = "CENTER_ADMIN: disables, with a reason: sessions end, API tokens are revoked (R-ACC.5)")
    public AccountDetail disable(@PathParam("id") String id, @NotNull Change body) {
        return administration.disable(ProcedureResource.parse(id), body.reason);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enableAccount", summary = "CENTER_ADMIN: enables again, with a reason (R-ACC.5)")
    public AccountDetail enable(@PathParam("id") String id, @NotNull Change body) {
        return administration.enable(ProcedureResource.parse(id), body.reason);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/force-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "forcePasswordReset",
            summary = "CENTER_ADMIN: the holder must set a new password; sessions end (R-ACC.5)")
    public AccountDetail forceReset(@PathParam("id") String id, @NotNull Change body) {
        return administration.forceReset(ProcedureResource.parse(id), body.reason);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "unlockAccount",
            summary = "CENTER_ADMIN: lifts the account's sign-in delay or lock, with a reason (R-SEC.1)")
    public AccountDetail unlock(@PathParam("id") String id, @NotNull Change body) {
        return administration.unlock(ProcedureResource.parse(id), body.reason);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @POST
    @Path("/{id}/second-factor/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "resetSecondFactor",
            summary = "CENTER_ADMIN: removes the holder's second factor and recovery codes (a lost device), with a"
                    + " reason; sessions end (R-SEC.2)")
    public AccountDetail resetSecondFactor(@PathParam("id") String id, @NotNull Change body) {
        return administration.resetSecondFactor(ProcedureResource.parse(id), body.reason);
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getOwnAccount", summary = "One's own account and the sessions still valid (R-ACC.6)")
    public ProfileView me() {
        return profiles.profile();
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "correctOwnAccount",
            summary = "Corrects one's name, language (en, fr, de), domicile and, if given, the time zone one also reads"
                    + " times in (an IANA region; \"\" for Geneva's only) (R-ACC.6)")
    public ProfileView correct(@NotNull Correction body) {
        return body.timeZone == null
                ? profiles.correct(body.displayName, body.language, body.domicile)
                : profiles.correct(body.displayName, body.language, body.domicile, body.timeZone);
    }

    @NotWithToken
    @POST
    @Path("/me/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeEmail",
            summary = "Asks for a new address: a link to confirm it goes there (R-ACC.6); 202 whatever the address")
    public Response changeEmail(@NotNull NewEmail body) {
        profiles.requestEmailChange(body.email);
        return Response.accepted().build();
    }

    /** Body of a confirmation: the token of the link mailed to the new address. */
    public static class Confirmation {
        public String token;
    }

    @POST
    @Path("/me/email/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "confirmEmail",
            summary = "Confirms the new address with the mailed token; the old one is told, sessions end (R-ACC.6)")
    public Response confirmEmail(@NotNull Confirmation body) {
        profiles.confirmEmailChange(body.token);
        return Response.noContent().build();
    }

    @GET
    @Path("/me/export")
    @Operation(
            operationId = "exportPersonalData",
            summary = "All personal data Concord holds about the caller, as JSON (R-ACC.6, GDPR Art. 15 and 20)")
    public Response export() {
        PersonalData data = profiles.export();
        return Response.ok(data)
                .header("Content-Disposition", "attachment; filename=\"concord-personal-data.json\"")
                .build();
    }

    @POST
    @Path("/me/sign-out-everywhere")
    @Operation(operationId = "signOutEverywhere", summary = "Ends every session of the caller's account (R-ACC.6)")
    public Response signOutEverywhere() {
        profiles.signOutEverywhere();
        return Response.noContent().build();
    }

    @NotWithToken
    @POST
    @Path("/me/close")
    @Operation(
            operationId = "closeOwnAccount",
            summary = "Closes the caller's account; refused while a Procedure or mediation of theirs runs (R-ACC.6)")
    public Response close() {
        profiles.close();
        return Response.noContent().build();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("R-ACC.5", "/role", "rule.account.role");
        }
    }
}
