package org.concord.service.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureDeadline;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.procedure.ProcedureState;

/** A Procedure as the members of its circle see it. Built inside the transaction. */
public record ProcedureView(UUID id, String reference, Matter matter, String platformName, String description,
        ProcedureState state, Instant receivedAt, LocalDate receivedDate, Instant commencedAt,
        List<ParticipantView> participants, List<DeadlineView> deadlines) {

    public record ParticipantView(ParticipantRole role, String displayName) {
    }

    /**
     * A running time limit: which, the rule, the due date, the days left from today (Geneva; negative once passed)
     * and the full explanation.
     */
    public record DeadlineView(ProcedureDeadline.Kind kind, String rule, LocalDate due, long daysLeft,
            Deadline explanation) {
    }

    static ProcedureView of(Procedure p, DeadlineEngine engine, LocalDate today) {
        return new ProcedureView(p.id(), p.reference().value(), p.matter(), p.platformName(), p.description(),
                p.state(), p.receivedAt(), p.receivedDate(), p.commencedAt().orElse(null),
                p.participants().stream()
                        .map(pa -> new ParticipantView(pa.role(), pa.account().displayName()))
                        .toList(),
                p.deadlines(engine).stream()
                        .map(d -> new DeadlineView(d.kind(), d.kind().ruleId(), d.deadline().due(),
                                ChronoUnit.DAYS.between(today, d.deadline().due()), d.deadline()))
                        .toList());
    }
}
