package org.concord.service.invitation;

import java.io.Serializable;
import java.time.Instant;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;

/**
 * R-ACC.1: what the holder of an invitation link sees before accepting: for which address, what it grants (the
 * organisation and role, the mediation's or Procedure's reference, the Party to represent), who invited, until when;
 * whether the caller may accept it signed in ({@code mayAccept}) or create the account ({@code mayJoin}), and
 * otherwise why not ({@code notice}, a message key). The link holder owns the mailbox, so none of this tells a third
 * party anything.
 *
 * @param represented REPRESENTATION: the Party to represent
 * @param reference a mediation's reference, or the one Procedure of a representation ({@code null}: all)
 */
public record InvitationPreview(
        Invitation.Kind kind,
        String email,
        Invitation.State state,
        String organisationName,
        MemberRole memberRole,
        String reference,
        String represented,
        String invitedBy,
        Instant expiresAt,
        boolean signedIn,
        boolean mayAccept,
        boolean mayJoin,
        String notice)
        implements Serializable {

    static InvitationPreview of(Invitation i, UserAccount viewer, Instant now) {
        return new InvitationPreview(
                i.kind(),
                i.email(),
                i.state(now),
                i.organisation().map(Organisation::name).orElse(null),
                i.memberRole().orElse(null),
                i.reference().orElse(null),
                i.representation().map(r -> r.principal().displayName()).orElse(null),
                i.invitedBy().displayName(),
                i.expiresAt(),
                viewer != null,
                i.mayAccept(viewer, now),
                viewer == null && i.mayJoin(now),
                i.refusal(viewer, now).map(RuleViolation::messageKey).orElse(null));
    }
}
