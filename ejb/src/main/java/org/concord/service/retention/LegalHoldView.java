package org.concord.service.retention;

import java.time.Instant;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.retention.LegalHold;

/**
 * R-OPS.3: a Procedure's (or a mediation's) legal hold as staff see it: whether it is held, why, by whom, since when;
 * the last lifting; when the file was erased; and what the viewer may do ({@code may…} of the domain).
 */
public record LegalHoldView(
        boolean held,
        String reason,
        String by,
        Instant at,
        String liftedReason,
        String liftedBy,
        Instant liftedAt,
        Instant erasedAt,
        boolean mayPlace,
        boolean mayLift)
        implements java.io.Serializable {

    static LegalHoldView of(Procedure procedure, UserAccount viewer) {
        return of(
                procedure.legalHold(),
                procedure.erasedAt().orElse(null),
                procedure.mayPlaceLegalHold(viewer),
                procedure.mayLiftLegalHold(viewer));
    }

    static LegalHoldView of(Mediation mediation, UserAccount viewer) {
        return of(
                mediation.legalHold(),
                mediation.erasedAt().orElse(null),
                mediation.mayPlaceLegalHold(viewer),
                mediation.mayLiftLegalHold(viewer));
    }

    private static LegalHoldView of(LegalHold hold, Instant erasedAt, boolean mayPlace, boolean mayLift) {
        return new LegalHoldView(
                hold.isHeld(),
                hold.reason().orElse(null),
                hold.by().orElse(null),
                hold.at().orElse(null),
                hold.liftedReason().orElse(null),
                hold.liftedBy().orElse(null),
                hold.liftedAt().orElse(null),
                erasedAt,
                mayPlace,
                mayLift);
    }
}
