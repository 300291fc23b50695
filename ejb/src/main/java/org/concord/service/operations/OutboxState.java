package org.concord.service.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One outbox (mail or webhook deliveries) as the database shows it at {@link #at()} (issue 25, R-C1, R-PLAT.2).
 *
 * @param backlog items due now and not delivered
 * @param failing items whose last attempt failed and that are still tried
 * @param oldestDueSince since when the oldest waiting item has waited (see {@link Outboxes} for each outbox's
 *     measure); empty when nothing waits
 * @param at when the state was read (the application's clock)
 */
public record OutboxState(long backlog, long failing, Optional<Instant> oldestDueSince, Instant at) {

    /** How long the oldest waiting item has waited; zero when nothing waits. */
    public Duration oldestDueAge() {
        return oldestDueSince
                .map(since -> Duration.between(since, at))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    /** Whether the oldest waiting item has waited longer than {@code allowed}. */
    public boolean isStuck(Duration allowed) {
        return oldestDueAge().compareTo(allowed) > 0;
    }
}
