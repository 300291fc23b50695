package org.concord.service.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureState;

/** A Procedure as the members of its circle see it. Built inside the transaction. */
public record ProcedureView(UUID id, String reference, Matter matter, String platformName, String description,
        ProcedureState state, Instant receivedAt, LocalDate receivedDate, Instant commencedAt,
        List<ParticipantView> participants) {

    public record ParticipantView(ParticipantRole role, String displayName) {
    }

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.id(), p.reference().value(), p.matter(), p.platformName(), p.description(),
                p.state(), p.receivedAt(), p.receivedDate(), p.commencedAt().orElse(null),
                p.participants().stream()
                        .map(pa -> new ParticipantView(pa.role(), pa.account().displayName()))
                        .toList());
    }
}
