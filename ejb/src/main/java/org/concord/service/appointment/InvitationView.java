package org.concord.service.appointment;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.Procedure;
import org.concord.service.procedure.ConflictView;

/**
 * What an invited candidate sees before accepting: enough to declare impartiality and independence (9(b)): the
 * reference, matter, platform and the Parties' names; never the filings, which belong to the circle. The
 * conflicts the check of R-9 found are shown to the candidate, with the Center's override if it gave one; and, when
 * the Center invited before the Responding Party's Answer arrived or its period ended, the reason it recorded
 * (R-PLAT.3), so that the candidate knows the Procedure is to go on without waiting for the Answer.
 */
public record InvitationView(
        UUID procedureId,
        String reference,
        Matter matter,
        String platformName,
        List<String> parties,
        Instant invitedAt,
        Instant expiresAt,
        List<ConflictView> conflicts,
        boolean blocked,
        String overrideReason,
        String earlyReason)
        implements Serializable {

    static InvitationView of(NeutralAppointment invitation) {
        Procedure p = invitation.procedure();
        return new InvitationView(
                p.id(),
                p.reference().value(),
                p.request().matter(),
                p.request().platformName(),
                p.circle().participants().stream().map(Participant::displayName).toList(),
                invitation.invitedAt(),
                invitation.expiresAt(),
                invitation.conflicts().stream().map(ConflictView::of).toList(),
                invitation.isBlocked(),
                invitation.overrideReason().orElse(null),
                invitation.earlyReason().orElse(null));
    }
}
