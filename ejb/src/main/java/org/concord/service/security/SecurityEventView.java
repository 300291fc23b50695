package org.concord.service.security;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.security.SecurityEvent;

/** One security log entry as administrators read it (R-SEC.7): ids, type, time, network, detail. */
public record SecurityEventView(
        UUID id, Instant at, SecurityEvent.Type type, UUID account, UUID actor, String network, String detail) {

    static SecurityEventView of(SecurityEvent event) {
        return new SecurityEventView(
                event.id(),
                event.occurredAt(),
                event.type(),
                event.accountId().orElse(null),
                event.actorId().orElse(null),
                event.clientNetwork().orElse(null),
                event.detail().orElse(null));
    }
}
