package org.concord.service.sor;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.sor.StatementBatch;
import org.concord.service.background.RunError;

/**
 * A portal batch of Statements of Reasons, for the Party who uploaded it (issue 24, R-SOR.1): where it is (the
 * statements stored of the statements to store, in percent), and how it ended: a page of its drafts, each with its
 * position in the batch and whether it is still free to start a Request, or the refusal that stopped it (nothing of the
 * batch stored).
 *
 * @param page the page of drafts shown, from 0; {@code pages} of them in all (0 while the batch is not done)
 */
public record StatementBatchView(
        UUID id,
        String state,
        boolean active,
        int statementsDone,
        int statementsTotal,
        int percent,
        Instant requestedAt,
        Instant finishedAt,
        RunError error,
        List<Row> drafts,
        int page,
        int pages)
        implements Serializable {

    /** A statement of the batch: its position (from 1), whether it may still start a Request, and its draft. */
    public record Row(int position, boolean available, StatementDraft draft) implements Serializable {}

    static StatementBatchView of(StatementBatch batch, List<Row> drafts, int page, int pages) {
        return new StatementBatchView(
                batch.id(),
                batch.state().name(),
                batch.state().active(),
                batch.statementsDone(),
                batch.statementsTotal(),
                batch.percent(),
                batch.requestedAt(),
                batch.finishedAt().orElse(null),
                RunError.of(batch),
                drafts,
                page,
                pages);
    }
}
