package org.concord.service.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.webhook.WebhookAttempt;
import org.concord.domain.webhook.WebhookDelivery;

/**
 * R-PLAT.2: one delivery in an endpoint's log: its message id (the {@code webhook-id} of every attempt), the event
 * type, the payload (ids and a reference only), its status, when it was written, delivered or given up and when it is
 * tried next, and each attempt with its status code, latency and class of error.
 */
public record WebhookDeliveryView(
        UUID id,
        String messageId,
        String eventType,
        String status,
        String payload,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant givenUpAt,
        List<AttemptView> attempts)
        implements Serializable {

    /** One attempt: when, the status code (null: no answer), the latency in ms, the class of error if any. */
    public record AttemptView(Instant at, Integer statusCode, long latencyMs, String errorClass)
            implements Serializable {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(
                    a.attemptedAt(),
                    a.statusCode().orElse(null),
                    a.latencyMs(),
                    a.errorClass().orElse(null));
        }
    }

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(
                d.id(),
                d.messageId(),
                d.eventType().wireName(),
                d.status(),
                d.payload(),
                d.createdAt(),
                d.nextAttemptAt().orElse(null),
                d.deliveredAt().orElse(null),
                d.givenUpAt().orElse(null),
                d.attemptLog().stream().map(AttemptView::of).toList());
    }
}
