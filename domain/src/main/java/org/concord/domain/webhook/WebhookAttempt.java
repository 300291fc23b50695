package org.concord.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * R-PLAT.2: one attempt of a delivery, as its log shows it: when, the receiver's status code (none when it did not
 * answer), how long it took, and the class of the error when there was one (never the receiver's body).
 */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false)
    private WebhookDelivery delivery;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    @Column(name = "error_class", length = 200)
    private String errorClass;

    protected WebhookAttempt() {}

    WebhookAttempt(WebhookDelivery delivery, Instant at, Integer statusCode, long latencyMs, String errorClass) {
        this.id = UUID.randomUUID();
        this.delivery = delivery;
        this.attemptedAt = at;
        this.statusCode = statusCode;
        this.latencyMs = Math.max(0, latencyMs);
        this.errorClass = errorClass == null ? null : errorClass.substring(0, Math.min(200, errorClass.length()));
    }

    /** A 2xx answer. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public UUID id() {
        return id;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Optional<Integer> statusCode() {
        return Optional.ofNullable(statusCode);
    }

    public long latencyMs() {
        return latencyMs;
    }

    public Optional<String> errorClass() {
        return Optional.ofNullable(errorClass);
    }
}
