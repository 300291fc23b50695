package org.concord.service.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureState;

/** One line of a list of procedures; {@code requestHeld}: the Request waits for its filing fee. */
public record ProcedureSummary(UUID id, String reference, Matter matter, String platformName, ProcedureState state,
        Instant receivedAt, LocalDate receivedDate, boolean requestHeld) {

    static ProcedureSummary of(Procedure p) {
        return new ProcedureSummary(p.id(), p.reference().value(), p.matter(), p.platformName(), p.state(),
                p.receivedAt(), p.receivedDate(), p.requestFiling().isHeld());
    }
}
