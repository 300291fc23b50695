package org.concord.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * R-PLAT.2: when a failed delivery is tried again. The pause doubles after each failed attempt, from {@code firstRetry}
 * up to {@code maxPause}; a delivery is retried for at least {@code retryFor} (24 hours by default) after it was
 * written, and given up after the first failure from then on. An endpoint that has failed continuously for
 * {@code disableAfter} (5 days by default) is disabled.
 */
public record RetrySchedule(Duration firstRetry, Duration maxPause, Duration retryFor, Duration disableAfter) {

    /** The defaults: 10 s, doubling up to 2 h, for 24 h; disabled after 5 days of failures. */
    public static final RetrySchedule DEFAULT =
            new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(2), Duration.ofHours(24), Duration.ofDays(5));

    public RetrySchedule {
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxPause, "maxPause");
        Objects.requireNonNull(retryFor, "retryFor");
        Objects.requireNonNull(disableAfter, "disableAfter");
        if (firstRetry.isNegative() || firstRetry.isZero() || maxPause.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("the first pause must be positive and at most the longest");
        }
    }

    /** The pause after the {@code failedAttempts}-th failed attempt (1: the first retry). */
    public Duration pauseAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        Duration pause = firstRetry;
        for (int i = 0; i < doublings && pause.compareTo(maxPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }

    /**
     * When to try again after the {@code failedAttempts}-th failure at {@code now} of a delivery written at
     * {@code createdAt}; empty when it is given up (it has been tried for {@code retryFor} already).
     */
    public Optional<Instant> nextAttempt(Instant createdAt, int failedAttempts, Instant now) {
        if (!now.isBefore(createdAt.plus(retryFor))) {
            return Optional.empty();
        }
        return Optional.of(now.plus(pauseAfter(failedAttempts)));
    }
}
