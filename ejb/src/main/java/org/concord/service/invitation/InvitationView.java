package org.concord.service.invitation;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;

/**
 * R-ACC.1: one invitation as its inviter, staff and an organisation's managers see it, built inside the transaction:
 * to which address, for what, by whom, its state now, and whether the viewer may withdraw it. Never the token.
 */
public record InvitationView(
        UUID id,
        String email,
        Invitation.Kind kind,
        Invitation.State state,
        UUID organisationId,
        String organisationName,
        MemberRole memberRole,
        UUID mediationId,
        String reference,
        String invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant withdrawnAt,
        boolean mayWithdraw)
        implements Serializable {

    public static InvitationView of(Invitation i, UserAccount viewer, Instant now) {
        return new InvitationView(
                i.id(),
                i.email(),
                i.kind(),
                i.state(now),
                i.organisation().map(Organisation::id).orElse(null),
                i.organisation().map(Organisation::name).orElse(null),
                i.memberRole().orElse(null),
                i.mediationId().orElse(null),
                i.reference().orElse(null),
                i.invitedBy().displayName(),
                i.createdAt(),
                i.expiresAt(),
                i.acceptedAt().orElse(null),
                i.withdrawnAt().orElse(null),
                i.mayWithdraw(viewer, now));
    }
}
