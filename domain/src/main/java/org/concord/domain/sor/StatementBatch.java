package org.concord.domain.sor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;

/**
 * A batch of Statements of Reasons imported in the background from the portal (issue 24, R-SOR.1): checked at once
 * when it is uploaded (every violation is shown then and nothing is queued), queued, claimed by exactly one instance
 * of a cluster, storing its statements one by one (so many done of so many), and then done with the drafts it made
 * (each names this batch and its position in it), or failed with the rule and message of the refusal; nothing of the
 * batch is then stored. Only the Party who uploaded it sees it: its drafts are capabilities she hands on.
 *
 * <p>The document is kept only while the batch is active: each statement keeps its own part of it (R-SOR.5).
 */
@Entity
@Table(name = "statement_batch")
@NamedQuery(
        name = "StatementBatch.progress",
        query = "update StatementBatch r set r.statementsDone = :done, r.statementsTotal = :total,"
                + " r.heartbeatAt = :now where r.id = :id and r.state = :running")
public class StatementBatch extends BackgroundRun {

    /** The batch as uploaded (JSON, UTF-8), while it is active; null afterwards. */
    @Column(name = "document")
    private byte[] document;

    @Column(name = "statements_total", nullable = false)
    private int statementsTotal;

    @Column(name = "statements_done", nullable = false)
    private int statementsDone;

    protected StatementBatch() {}

    private StatementBatch(String by, Instant at) {
        super(by, at);
    }

    /** A batch of {@code statements} statements, already read and found valid; queued at {@code at} by {@code by}. */
    public static StatementBatch request(String json, int statements, String by, Instant at) {
        if (json == null || json.isBlank()) {
            throw new RuleViolation("R-SOR.1", "/", "sor.run.empty");
        }
        if (statements < 1) {
            throw new IllegalArgumentException("statements " + statements);
        }
        StatementBatch batch = new StatementBatch(by, at);
        batch.document = json.getBytes(StandardCharsets.UTF_8);
        batch.statementsTotal = statements;
        return batch;
    }

    /** Whether {@code principal} may see this batch and its drafts: only who uploaded it. */
    public boolean mayBeSeenBy(String principal) {
        return requestedBy().equals(principal);
    }

    /** How far the batch has come, in percent, for the progress bar. */
    public int percent() {
        return switch (state()) {
            case QUEUED -> 0;
            case DONE -> 100;
            case RUNNING, FAILED -> Math.min(99, statementsDone * 100 / statementsTotal);
        };
    }

    /** Every statement of the batch is stored as a draft. */
    public void finish(Instant at) {
        requireActive();
        this.statementsDone = statementsTotal;
        succeed(at);
    }

    /** A batch abandoned fails closed: its transaction never committed, so none of its statements was stored. */
    @Override
    protected RuleViolation interruption() {
        return new RuleViolation("R-SOR.1", null, "sor.run.interrupted");
    }

    /** A batch over keeps no document: each statement stored keeps its own part. */
    @Override
    protected void onEnd() {
        this.document = null;
    }

    /** The batch to import; only while it is active. */
    public String document() {
        if (document == null) {
            throw new IllegalStateException("The batch " + id() + " is over: its document is not kept");
        }
        return new String(document, StandardCharsets.UTF_8);
    }

    public int statementsTotal() {
        return statementsTotal;
    }

    public int statementsDone() {
        return statementsDone;
    }
}
