package org.concord.service.procedure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.NextAction;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureState;

/**
 * One line of a list of procedures; {@code requestHeld}: the Request waits for its filing fee. For staff only:
 * {@code likelyOutOfScope} (R-SOR.3) and {@code possibleDuplicate} (R-SOR.4); both are false in a Party's list. In a
 * participant's list only (R-PLAT.1): {@code nextAction}, what the reader must do next or waits for, and
 * {@code dueDate}, the Geneva date by which (absent when no time limit applies); both absent in staff's list.
 */
public record ProcedureSummary(
        UUID id,
        String reference,
        Matter matter,
        String platformName,
        ProcedureState state,
        Instant receivedAt,
        LocalDate receivedDate,
        boolean requestHeld,
        boolean likelyOutOfScope,
        boolean possibleDuplicate,
        NextAction.Kind nextAction,
        LocalDate dueDate)
        implements Serializable {

    static ProcedureSummary forParty(Procedure p, NextAction next) {
        return new ProcedureSummary(
                p.id(),
                p.reference().value(),
                p.request().matter(),
                p.request().platformName(),
                p.state(),
                p.receivedAt(),
                p.receivedDate(),
                p.circle().requestFiling().isHeld(),
                false,
                false,
                next.kind(),
                next.due().orElse(null));
    }

    static ProcedureSummary forCenter(Procedure p) {
        return new ProcedureSummary(
                p.id(),
                p.reference().value(),
                p.request().matter(),
                p.request().platformName(),
                p.state(),
                p.receivedAt(),
                p.receivedDate(),
                p.circle().requestFiling().isHeld(),
                p.request().scopeFlag().isPresent(),
                p.possibleDuplicateOf().isPresent(),
                null,
                null);
    }
}
