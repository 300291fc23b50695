package org.concord.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An e-mail waiting to go out (the outbox). It is written in the same transaction as the act it announces, so a
 * rolled-back filing sends nothing, and sent after commit; a failed attempt is retried with growing pauses and shown
 * to staff, and never undoes the delivery in the Portal (R-C1). Its text carries no confidential content: a reference
 * and a link.
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(name = "OutboundMail.due", query = """
        select m from OutboundMail m where m.sentAt is null and m.attempts < :maxAttempts and m.nextAttemptAt <= :now
        order by m.nextAttemptAt""")
@NamedQuery(
        name = "OutboundMail.failing",
        query = "select m from OutboundMail m where m.sentAt is null and m.attempts > 0 order by m.createdAt")
public class OutboundMail {

    public static final int MAX_ATTEMPTS = 10;

    @Id
    private UUID id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 10_000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * R-OPS.3: when retention erased the recipient and the text of the sent mail (the erasure job's SQL writes it);
     * the row stays for the mail log.
     */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    /** Issue 25: the request that queued the mail, so that what is logged about it names that request. */
    @Column(name = "request_id", length = 64)
    private String requestId;

    protected OutboundMail() {}

    public OutboundMail(String recipient, String subject, String body, Instant createdAt) {
        this(recipient, subject, body, createdAt, null);
    }

    /** The same, queued while handling the request {@code requestId} (null: not during a request). */
    public OutboundMail(String recipient, String subject, String body, Instant createdAt, String requestId) {
        this.requestId = requestId;
        this.id = UUID.randomUUID();
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = createdAt;
    }

    public void markSent(Instant at) {
        this.sentAt = at;
        this.lastError = null;
    }

    /** A failed attempt: try again after 2^attempts seconds, at most one hour (R-C1). */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 500));
        long pause = Math.min(3600, 1L << Math.min(attempts, 12));
        nextAttemptAt = now.plus(Duration.ofSeconds(pause));
    }

    /**
     * Issue 24: where the mail stands, as the administrators' mail log shows it: {@link Status#SENT} once the relay took
     * it, {@link Status#FAILED} when its last attempt failed (retried until {@link #MAX_ATTEMPTS}, see
     * {@link #givenUp()}), {@link Status#QUEUED} while no attempt was made yet. The log's filter uses the same three
     * conditions ({@link Status#condition()}).
     */
    public Status status() {
        if (sentAt != null) {
            return Status.SENT;
        }
        return attempts > 0 ? Status.FAILED : Status.QUEUED;
    }

    /** Whether the dispatcher stopped trying: {@link #MAX_ATTEMPTS} attempts failed. */
    public boolean givenUp() {
        return sentAt == null && attempts >= MAX_ATTEMPTS;
    }

    /** R-OPS.3: when retention erased its recipient and text; empty while they are kept. */
    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    /**
     * Issue 24: the text the mail log may show. Only in demo mode, where the mails of the README's flows are read on
     * the page instead of in a mailbox; outside demo mode the log shows delivery only, never what was written to whom.
     * An erased text is not shown (R-OPS.3): the log says when it was erased ({@link #erasedAt}).
     */
    public Optional<String> bodyForLog(boolean demoMode) {
        return demoMode && erasedAt == null ? Optional.of(body) : Optional.empty();
    }

    /** Where a mail stands (issue 24), with the JPQL condition on an alias {@code m} that selects it. */
    public enum Status {
        QUEUED("m.sentAt is null and m.attempts = 0"),
        SENT("m.sentAt is not null"),
        FAILED("m.sentAt is null and m.attempts > 0");

        private final String condition;

        Status(String condition) {
            this.condition = condition;
        }

        /** The JPQL condition on {@code m}, the same rule as {@link OutboundMail#status()}. */
        public String condition() {
            return condition;
        }
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public UUID id() {
        return id;
    }

    /** The request that queued the mail, if it was queued during one (issue 25). */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
