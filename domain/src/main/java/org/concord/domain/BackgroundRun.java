package org.concord.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Long work in the background (issue 24): asked for by someone, queued, claimed by exactly one instance of a cluster
 * (a conditional update QUEUED → RUNNING of the row, R-OPS.1), running with a heartbeat, and then done or failed with
 * the rule, the field and the message of the refusal. The row is the run's state: a page reloaded, or opened on
 * another instance, reads it from there. A run that has shown no sign of life for {@link #STALE} (its instance
 * stopped) is abandoned and failed closed. The publication gate's runs and the bank-statement imports are such runs;
 * each adds what it works on and what it found.
 */
@MappedSuperclass
public abstract class BackgroundRun {

    /** How long a run may show no progress before it counts as abandoned (its instance stopped). */
    public static final Duration STALE = Duration.ofMinutes(5);

    /** Where a run is. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

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

    protected BackgroundRun() {}

    /** A new run, queued at {@code at} by {@code by}. */
    protected BackgroundRun(String by, Instant at) {
        this.id = UUID.randomUUID();
        this.state = State.QUEUED;
        this.requestedBy = Objects.requireNonNull(by);
        this.requestedAt = Objects.requireNonNull(at);
        this.heartbeatAt = at;
    }

    /** The refusal an abandoned run ends with: its rule and its message that the work was interrupted. */
    protected abstract RuleViolation interruption();

    /** What the run lets go of when it ends, done or failed (its document, its hold on a year…). */
    protected abstract void onEnd();

    /** Whether the run has shown no sign of life for {@link #STALE}: its instance stopped. */
    public boolean stale(Instant now) {
        return state.active() && heartbeatAt.plus(STALE).isBefore(now);
    }

    /** Fails an abandoned run closed: its work's transaction never committed, so nothing of it was stored. */
    public void abandon(Instant at) {
        if (!stale(at)) {
            throw new IllegalStateException("The run " + id + " is alive");
        }
        fail(interruption(), at);
    }

    /** The run was refused by {@code refusal}: kept with its rule, field and message. */
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

    /** The run's work is done; what it found is the subclass's to record. */
    protected void succeed(Instant at) {
        requireActive();
        this.state = State.DONE;
        end(at);
    }

    private void end(Instant at) {
        onEnd();
        this.finishedAt = Objects.requireNonNull(at);
        this.heartbeatAt = at;
    }

    protected void requireActive() {
        if (!state.active()) {
            throw new IllegalStateException("The run " + id + " is over: " + state);
        }
    }

    public UUID id() {
        return id;
    }

    public State state() {
        return state;
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

    /** The refusal a failed run ended with: rule, field (a JSON pointer, or none) and message key and arguments. */
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
