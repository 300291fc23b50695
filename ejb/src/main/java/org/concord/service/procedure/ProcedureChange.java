package org.concord.service.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.procedure.NextAction;
import org.concord.domain.procedure.ProcedureState;

/**
 * R-PLAT.1: one item of an organisation's change feed: a Procedure whose state or file changed, when it last did,
 * where it stands now, and what the organisation must do next ({@code nextAction}) and by when ({@code dueDate}, a
 * Geneva date; absent when no time limit applies). It carries no confidential content: the integration reads the
 * Procedure and its file with its token.
 */
public record ProcedureChange(
        UUID id,
        String reference,
        ProcedureState state,
        Instant changedAt,
        NextAction.Kind nextAction,
        LocalDate dueDate) {}
