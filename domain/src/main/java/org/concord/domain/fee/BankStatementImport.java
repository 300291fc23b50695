package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;

/**
 * An import of a camt.053 bank statement in the background (issue 24, R-17.5), run the way the publication gate's
 * runs are ({@code GateRun}): uploaded by staff and checked at once (readable, of the Center's account), queued, claimed
 * by exactly one instance of a cluster, running through its credits (so many done of so many), and then done (with
 * how many credits were matched and applied, how many went to review, and which statements had been imported before)
 * or failed (with the rule, the field and the message of the refusal; nothing of the document is then stored). The row
 * is the import's state: a page reloaded, or opened on another instance, reads it from here.
 *
 * <p>The document is kept only while the import is active; it holds payers' names and is not needed afterwards (the
 * credits are). An import that has shown no sign of life for {@link #STALE} (its instance stopped) is abandoned and
 * failed closed: its transaction was never committed, so nothing of it was stored.
 */
@Entity
@Table(name = "bank_statement_import")
@NamedQuery(
        name = "BankStatementImport.claim",
        query = "update BankStatementImport r set r.state = :running, r.startedAt = :now, r.heartbeatAt = :now"
                + " where r.id = :id and r.state = :queued")
@NamedQuery(
        name = "BankStatementImport.progress",
        query = "update BankStatementImport r set r.creditsDone = :done, r.creditsTotal = :total, r.heartbeatAt = :now"
                + " where r.id = :id and r.state = :running")
public class BankStatementImport extends BackgroundRun {

    /** The camt.053 document as uploaded, while the import is active; null afterwards. */
    @Column(name = "document")
    private byte[] document;

    /** The credits of the statements not imported before: what the import has to do. */
    @Column(name = "credits_total", nullable = false)
    private int creditsTotal;

    @Column(name = "credits_done", nullable = false)
    private int creditsDone;

    @Column(nullable = false)
    private int matched;

    @Column(name = "to_review", nullable = false)
    private int toReview;

    /** The ids of the document's statements found imported before, one per line; they changed nothing. */
    @Column(name = "known_refs", length = 20_000)
    private String knownRefs;

    protected BankStatementImport() {}

    private BankStatementImport(String by, Instant at) {
        super(by, at);
    }

    /**
     * An import of {@code document}, already read and found to be of the Center's account, whose new statements hold
     * {@code credits} credits; queued at {@code at} by {@code by}.
     */
    public static BankStatementImport request(byte[] document, int credits, String by, Instant at) {
        if (document == null || document.length == 0) {
            throw new RuleViolation("R-17.5", "/statement", "rule.import.empty");
        }
        if (credits < 0) {
            throw new IllegalArgumentException("credits " + credits);
        }
        BankStatementImport run = new BankStatementImport(by, at);
        run.document = document.clone();
        run.creditsTotal = credits;
        return run;
    }

    /** How far the import has come, in percent, for the progress bar. */
    public int percent() {
        return switch (state()) {
            case QUEUED -> 0;
            case DONE -> 100;
            case RUNNING, FAILED -> creditsTotal == 0 ? 0 : Math.min(99, creditsDone * 100 / creditsTotal);
        };
    }

    /**
     * The import is over: {@code matched} credits were applied to their fees, {@code toReview} wait for staff, and the
     * statements {@code known} had been imported before (they changed nothing). The credits done are these, also when
     * a statement counted when the import was queued was imported by someone else before it ran.
     */
    public void finish(int matched, int toReview, List<String> known, Instant at) {
        requireActive();
        if (matched < 0 || toReview < 0) {
            throw new IllegalArgumentException(matched + " matched and " + toReview + " to review");
        }
        this.matched = matched;
        this.toReview = toReview;
        this.creditsTotal = matched + toReview;
        this.creditsDone = creditsTotal;
        this.knownRefs = known.isEmpty() ? null : String.join("\n", known);
        succeed(at);
    }

    /** An import abandoned fails closed: its transaction never committed, so nothing of it was stored. */
    @Override
    protected RuleViolation interruption() {
        return new RuleViolation("R-17.5", null, "payments.run.interrupted");
    }

    /** An import over keeps no document: it holds payers' names, and the credits are stored. */
    @Override
    protected void onEnd() {
        this.document = null;
    }

    /** The document to import; only while the import is active. */
    public byte[] document() {
        if (document == null) {
            throw new IllegalStateException("The import " + id() + " is over: its document is not kept");
        }
        return document.clone();
    }

    public int creditsTotal() {
        return creditsTotal;
    }

    public int creditsDone() {
        return creditsDone;
    }

    public int matched() {
        return matched;
    }

    public int toReview() {
        return toReview;
    }

    /** The document's statements found imported before, in the document's order. */
    public List<String> knownStatements() {
        return knownRefs == null ? List.of() : List.of(knownRefs.split("\n"));
    }
}
