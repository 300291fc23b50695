package org.concord.domain.webhook;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * R-PLAT.2: one event for one endpoint, in the outbox. Written in the transaction of the change it announces (a
 * rolled-back change sends nothing); sent at least once after commit, every attempt with the same message id
 * ({@code msg_<uuid>}) so that the receiver can drop a repetition; each attempt logged with its status code, latency
 * and the class of error. A 2xx answer delivers it; otherwise it is tried again on the {@link RetrySchedule} and given
 * up after it. A manager may ask for it again ({@link #redeliver}): the same id, a new series of attempts. The payload
 * holds ids, the type, the time and a reference, never confidential content.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = "WebhookDelivery.due", query = """
        select d from WebhookDelivery d where d.nextAttemptAt <= :now order by d.nextAttemptAt""")
@NamedQuery(name = "WebhookDelivery.keyed", query = """
        select 1L from WebhookDelivery d where d.endpoint = :endpoint and d.eventKey = :key""")
@NamedQuery(name = "WebhookDelivery.pendingOf", query = """
        select d from WebhookDelivery d where d.endpoint = :endpoint and d.nextAttemptAt is not null""")
@NamedQuery(name = "WebhookDelivery.ofEndpoint", query = """
        select d from WebhookDelivery d where d.endpoint = :endpoint order by d.createdAt desc, d.id desc""")
@NamedQuery(name = "WebhookDelivery.ofEndpointAfter", query = """
        select d from WebhookDelivery d where d.endpoint = :endpoint
            and (d.createdAt < :createdAt or (d.createdAt = :createdAt and d.id < :id))
        order by d.createdAt desc, d.id desc""")
public class WebhookDelivery {

    /** The longest payload: ids and a reference fit many times over. */
    public static final int MAX_PAYLOAD = 2000;

    @Id
    private UUID id;

    @Column(name = "message_id", nullable = false, unique = true, length = 40)
    private String messageId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id", nullable = false)
    private WebhookEndpoint endpoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private WebhookEventType eventType;

    @Column(nullable = false, length = MAX_PAYLOAD)
    private String payload;

    /** The Procedure or mediation the event happened in (its id, also in the payload). */
    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    /** What makes an event announced from several places one delivery (e.g. {@code answer.due/<id>/5}); or null. */
    @Column(name = "event_key", length = 100)
    private String eventKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the next attempt is due; null when delivered or given up. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** The start of the current series of attempts (the creation, or the last manual redelivery). */
    @Column(name = "series_started_at", nullable = false)
    private Instant seriesStartedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    /**
     * Issue 25, R-OPS.1: the request whose change the delivery announces (its {@code X-Request-Id}), so that the
     * dispatcher's log lines about it name that request on whichever instance posts it; null when no request caused it
     * (a reminder's sweep).
     */
    @Column(name = "request_id", length = 64, updatable = false)
    private String requestId;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
    @OrderBy("attemptedAt, id")
    private List<WebhookAttempt> attemptLog = new ArrayList<>();

    protected WebhookDelivery() {}

    private WebhookDelivery(WebhookEndpoint endpoint, WebhookEvent event, String eventKey, String requestId) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.eventKey = eventKey;
        this.subjectId = event.subjectId();
        this.messageId = WebhookEvent.newMessageId();
        this.endpoint = endpoint;
        this.eventType = event.type();
        this.payload = event.payload();
        this.createdAt = event.at();
        this.seriesStartedAt = event.at();
        this.nextAttemptAt = event.at();
    }

    /**
     * R-PLAT.2: the event for the endpoint. One event told to several endpoints is one delivery each, each with its
     * own message id (the id names what one receiver gets, attempt after attempt).
     */
    public static WebhookDelivery of(WebhookEndpoint endpoint, WebhookEvent event) {
        return of(endpoint, event, null);
    }

    /** The same, with the key that makes it once per endpoint ({@code WebhookDelivery.keyed}). */
    public static WebhookDelivery of(WebhookEndpoint endpoint, WebhookEvent event, String eventKey) {
        return of(endpoint, event, eventKey, null);
    }

    /**
     * The same, written while handling the request {@code requestId} (null: not during a request), which the
     * dispatcher's log lines about it will name (issue 25, R-OPS.1).
     */
    public static WebhookDelivery of(WebhookEndpoint endpoint, WebhookEvent event, String eventKey, String requestId) {
        return new WebhookDelivery(
                Objects.requireNonNull(endpoint, "endpoint"),
                Objects.requireNonNull(event, "event"),
                eventKey,
                requestId);
    }

    /** The unix seconds of the attempt at {@code at}, the {@code webhook-timestamp} header. */
    public static long timestamp(Instant at) {
        return at.getEpochSecond();
    }

    /**
     * An attempt at {@code at} answered {@code status} (null: no answer, {@code errorClass} says why) after
     * {@code latencyMs}: delivered on 2xx, otherwise scheduled again or given up.
     *
     * @return the attempt, logged
     */
    public WebhookAttempt attempted(
            Instant at, Integer status, long latencyMs, String errorClass, RetrySchedule schedule) {
        attempts++;
        WebhookAttempt attempt = new WebhookAttempt(this, at, status, latencyMs, errorClass);
        attemptLog.add(attempt);
        if (attempt.succeeded()) {
            deliveredAt = at;
            nextAttemptAt = null;
        } else {
            int inSeries = (int) attemptLog.stream()
                    .filter(a -> !a.attemptedAt().isBefore(seriesStartedAt))
                    .count();
            Optional<Instant> next = schedule.nextAttempt(seriesStartedAt, inSeries, at);
            nextAttemptAt = next.orElse(null);
            if (next.isEmpty()) {
                givenUpAt = at;
            }
        }
        return attempt;
    }

    /**
     * R-PLAT.2: an announcement written ahead of its time (the end of the Answer period) is due later than planned
     * (the period was extended); only before its first attempt.
     */
    public void postpone(Instant to) {
        if (attempts == 0 && nextAttemptAt != null) {
            nextAttemptAt = to;
            seriesStartedAt = to;
        }
    }

    /** Whether it was written ahead of its time and not yet attempted (an announcement that may no longer hold). */
    public boolean isScheduledAnnouncement() {
        return attempts == 0 && eventType == WebhookEventType.ANSWER_PERIOD_ENDED;
    }

    public UUID subjectId() {
        return subjectId;
    }

    /** The endpoint was disabled: the delivery is given up (a manager may redeliver it once it is enabled). */
    public void giveUp(Instant at) {
        nextAttemptAt = null;
        givenUpAt = at;
    }

    /**
     * R-PLAT.2: a manager asks for the delivery again: the same message id, due at once, a new series of attempts on
     * the schedule. Refused while its endpoint is disabled (enable it first) and while attempts are still scheduled.
     */
    public void redeliver(Instant at) {
        if (!endpoint.isEnabled()) {
            throw new org.concord.domain.RuleViolation("R-PLAT.2", null, "rule.webhook.disabled");
        }
        if (nextAttemptAt != null) {
            throw new org.concord.domain.RuleViolation("R-PLAT.2", null, "rule.webhook.stillScheduled");
        }
        nextAttemptAt = at;
        seriesStartedAt = at.truncatedTo(ChronoUnit.MICROS);
        givenUpAt = null;
    }

    /** What the log shows: delivered, failing (tries again), given up. */
    public String status() {
        if (deliveredAt != null && nextAttemptAt == null) {
            return "DELIVERED";
        }
        if (nextAttemptAt != null) {
            return attempts == 0 ? "PENDING" : "RETRYING";
        }
        return "GIVEN_UP";
    }

    public UUID id() {
        return id;
    }

    /** Issue 25, R-OPS.1: the request that caused the delivery, if one did. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public String messageId() {
        return messageId;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public WebhookEventType eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Optional<Instant> givenUpAt() {
        return Optional.ofNullable(givenUpAt);
    }

    public List<WebhookAttempt> attemptLog() {
        return Collections.unmodifiableList(attemptLog);
    }
}
