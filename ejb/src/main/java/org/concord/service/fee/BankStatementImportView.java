package org.concord.service.fee;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.fee.BankStatementImport;
import org.concord.service.background.RunError;

/**
 * A background import of a bank statement, for staff (issue 24, R-17.5): where it is (its state, the credits done of
 * the credits to import, in percent), and how it ended: the report of each statement (its credits matched and applied,
 * or sent to review with the reason, or the statement found imported before), or the refusal that stopped it with its
 * rule and field, in which case nothing of the document was stored.
 */
public record BankStatementImportView(
        UUID id,
        String state,
        boolean active,
        int creditsDone,
        int creditsTotal,
        int percent,
        int matched,
        int toReview,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        ImportReport report,
        RunError error)
        implements Serializable {

    static BankStatementImportView of(BankStatementImport run, ImportReport report) {
        return new BankStatementImportView(
                run.id(),
                run.state().name(),
                run.state().active(),
                run.creditsDone(),
                run.creditsTotal(),
                run.percent(),
                run.matched(),
                run.toReview(),
                run.requestedBy(),
                run.requestedAt(),
                run.startedAt().orElse(null),
                run.finishedAt().orElse(null),
                report,
                RunError.of(run));
    }
}
