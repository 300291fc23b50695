package org.concord.service.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Filing;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureDeadline;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.procedure.TerminationGround;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;

/** A Procedure as the members of its circle see it. Built inside the transaction. */
public record ProcedureView(UUID id, String reference, Matter matter, String platformName, String description,
        ProcedureState state, Instant receivedAt, LocalDate receivedDate, Instant commencedAt,
        List<ParticipantView> participants, List<DeadlineView> deadlines, List<FilingView> filings,
        TerminationGround terminationGround, Instant endedAt) {

    /**
     * A filing and whether it is held because its Party's fees are unpaid. A held filing is shown only to
     * the Party that filed it and to the Center.
     */
    public record FilingView(UUID id, Filing.Kind kind, ParticipantRole filedBy, Instant filedAt, boolean held,
            Instant releasedAt) {

        static FilingView of(Filing f) {
            return new FilingView(f.id(), f.kind(), f.filedBy(), f.filedAt(), f.isHeld(), f.releasedAt().orElse(null));
        }
    }

    public record ParticipantView(ParticipantRole role, String displayName) {
    }

    /**
     * A running time limit: which, the rule, the due date, the days left from today (Geneva; negative once passed)
     * and the full explanation.
     */
    public record DeadlineView(ProcedureDeadline.Kind kind, String rule, LocalDate due, long daysLeft,
            Deadline explanation) {
    }

    static ProcedureView of(Procedure p, DeadlineEngine engine, LocalDate today, UserAccount viewer) {
        ParticipantRole viewerRole = viewer.actsForCenter() ? null
                : p.participationOf(viewer).map(Participant::role).orElse(null);
        return new ProcedureView(p.id(), p.reference().value(), p.matter(), p.platformName(), p.description(),
                p.state(), p.receivedAt(), p.receivedDate(), p.commencedAt().orElse(null),
                p.participants().stream()
                        .map(pa -> new ParticipantView(pa.role(), pa.account().displayName()))
                        .toList(),
                p.deadlines(engine).stream()
                        .map(d -> new DeadlineView(d.kind(), d.kind().ruleId(), d.deadline().due(),
                                ChronoUnit.DAYS.between(today, d.deadline().due()), d.deadline()))
                        .toList(),
                p.filings().stream()
                        .filter(f -> !f.isHeld() || viewer.actsForCenter() || f.filedBy() == viewerRole)
                        .map(FilingView::of)
                        .toList(),
                p.terminationGround().orElse(null), p.endedAt().orElse(null));
    }
}
