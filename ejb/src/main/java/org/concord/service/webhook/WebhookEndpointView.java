package org.concord.service.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.webhook.WebhookEndpoint;
import org.concord.domain.webhook.WebhookEventType;

/**
 * R-PLAT.2: an endpoint as its managers and staff see it: the address, the event types, whether it is enabled, since
 * when it has been failing, when it was disabled, the end of a rotation's overlap, and whether the viewer may manage
 * it. The {@code secret} is there once only: in the answer to its registration or rotation (null, and left out of the
 * JSON, otherwise).
 */
public record WebhookEndpointView(
        UUID id,
        UUID organisationId,
        String url,
        List<String> events,
        boolean enabled,
        Instant createdAt,
        Instant failingSince,
        Instant disabledAt,
        Instant overlapUntil,
        boolean mayManage,
        String secret)
        implements Serializable {

    static WebhookEndpointView of(WebhookEndpoint e, boolean mayManage, Instant now, String secret) {
        return new WebhookEndpointView(
                e.id(),
                e.organisation().id(),
                e.url(),
                e.events().stream().map(WebhookEventType::wireName).toList(),
                e.isEnabled(),
                e.createdAt(),
                e.failingSince().orElse(null),
                e.disabledAt().orElse(null),
                e.overlapUntil(now).orElse(null),
                mayManage,
                secret);
    }
}
