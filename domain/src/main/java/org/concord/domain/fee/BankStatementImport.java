package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
public class BankStatementImport {

    /** How long an import may show no progress before it counts as abandoned (its instance stopped). */
    public static final Duration STALE = Duration.ofMinutes(5);

    /** Where an import is. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    @Id
    private UUID id;

    /** The camt.053 document as uploaded, while the import is active; null afterwards. */
    @Column(name = "document")
    private byte[] document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

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

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "error_rule", length = 20)
    private String errorRule;

    @Column(name = "error_field", length = 200)
    private String errorField;

    @Column(name = "error_key", length = 200)
    private String errorKey;

    /** The refusal's message arguments, one per line. */
    @Column(name = "error_arguments", length = 2000)
    private String errorArguments;

    protected BankStatementImport() {}

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
        BankStatementImport run = new BankStatementImport();
        run.id = UUID.randomUUID();
        run.document = document.clone();
        run.state = State.QUEUED;
        run.creditsTotal = credits;
        run.requestedBy = Objects.requireNonNull(by);
        run.requestedAt = Objects.requireNonNull(at);
        run.heartbeatAt = at;
        return run;
    }

    /** How far the import has come, in percent, for the progress bar. */
    public int percent() {
        return switch (state) {
            case QUEUED -> 0;
            case DONE -> 100;
            case RUNNING, FAILED -> creditsTotal == 0 ? 0 : Math.min(99, creditsDone * 100 / creditsTotal);
        };
    }

    /** Whether the import has shown no sign of life for {@link #STALE}: its instance stopped. */
    public boolean stale(Instant now) {
        return state.active() && heartbeatAt.plus(STALE).isBefore(now);
    }

    /** Fails an abandoned import closed: its transaction never committed, so nothing of it is stored. */
    public void abandon(Instant at) {
        if (!stale(at)) {
            throw new IllegalStateException("The import " + id + " is alive");
        }
        fail(new RuleViolation("R-17.5", null, "payments.run.interrupted"), at);
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
        this.state = State.DONE;
        end(at);
    }

    /** The import was refused by {@code refusal}: kept with its rule, field and message; nothing was stored. */
    public void fail(RuleViolation refusal, Instant at) {
        requireActive();
        this.state = State.FAILED;
        this.errorRule = refusal.ruleId();
        this.errorField = refusal.field();
        this.errorKey = refusal.messageKey();
        this.errorArguments = String.join(
                "\n", refusal.arguments().stream().map(String::valueOf).toList());
        end(at);
    }

    private void end(Instant at) {
        this.document = null;
        this.finishedAt = Objects.requireNonNull(at);
        this.heartbeatAt = at;
    }

    private void requireActive() {
        if (!state.active()) {
            throw new IllegalStateException("The import " + id + " is over: " + state);
        }
    }

    public UUID id() {
        return id;
    }

    /** The document to import; only while the import is active. */
    public byte[] document() {
        if (document == null) {
            throw new IllegalStateException("The import " + id + " is over: its document is not kept");
        }
        return document.clone();
    }

    public State state() {
        return state;
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

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The refusal a failed import ended with: rule, field (a JSON pointer, or none) and message key and arguments. */
    public Optional<RuleViolation> error() {
        if (errorKey == null) {
            return Optional.empty();
        }
        List<Object> arguments = errorArguments == null || errorArguments.isEmpty()
                ? List.of()
                : Arrays.asList((Object[]) errorArguments.split("\n", -1));
        return Optional.of(new RuleViolation(errorRule, errorField, errorKey, arguments.toArray()));
    }
}
