package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.ApiToken;
import org.concord.domain.account.Invitation;
import org.concord.service.Page;
import org.concord.service.invitation.InvitationForm;
import org.concord.service.invitation.InvitationService;
import org.concord.service.invitation.InvitationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invitations to join Concord (R-ACC.1): staff list them and invite a Neutral, an administrator invites a member of
 * staff (R-ACC.5); the inviter, staff and an organisation's managers withdraw one. Members are invited through
 * {@code POST /api/v1/organisations/{id}/members}. The answer is the same whether or not the address has an account;
 * the token goes only into the mail. Accepting is done through the link's page ({@code /invitation.xhtml}).
 *
 * <p>
 * The path is {@code /v1/account-invitations}: {@code GET /v1/invitations} is a Neutral's invitations to appointment
 * (R-8.1, {@link NeutralResource}) and keeps that meaning.
 */
@TokenScope(ApiToken.Scope.ADMINISTER)
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/account-invitations")
@Tag(name = "Invitations", description = "R-ACC.1 invitations to join: Neutrals, staff, members")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    private InvitationService invitations;

    /** Staff: {@code ?state=OPEN&page=0}, newest first, 20 a page; without {@code state}, every invitation. */
    @GET
    @Operation(
            operationId = "listAccountInvitations",
            summary =
                    "Staff: invitations, newest first, 20 a page; state OPEN, ACCEPTED, WITHDRAWN or EXPIRED (R-ACC.1)")
    public Page<InvitationView> list(
            @QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page) {
        return invitations.list(state(state), Math.max(0, page));
    }

    /** Staff, body {@code {"kind": "NEUTRAL", "email": "expert@example.org"}}; STAFF only for CENTER_ADMIN. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "inviteAccount",
            summary = "Staff invite a Neutral, an administrator a member of staff, by e-mail (R-ACC.1, R-ACC.5)")
    public Response invite(@NotNull @Valid InvitationForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(invitations.invite(form))
                .build();
    }

    /** The inviter, staff, or an organisation's manager withdraws an open invitation; its link stops working. */
    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "withdrawAccountInvitation",
            summary = "Withdraw an open invitation: its link no longer works (R-ACC.1)")
    public InvitationView withdraw(@PathParam("id") String id) {
        return invitations.withdraw(ProcedureResource.parse(id));
    }

    private static Invitation.State state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return Invitation.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("R-ACC.1", "/state", "rule.invitation.state");
        }
    }
}
