package org.concord.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * R-SEC.1: how sign-in failures are answered, for one kind of key (an account's address, a client address): after
 * {@code delayAfter} failures each further attempt waits 2^k seconds after the last failure (k = failures beyond
 * {@code delayAfter}, plus one; at most {@code lockDuration}); at {@code lockAfter} failures the key is locked for
 * {@code lockDuration}, the right password included. An attempt refused during a delay or a lock counts as a failure
 * too (its password is not looked at), so that hammering through a delay only brings the lock sooner. Failures older
 * than {@code forgetAfter} no longer count, and after a lock has run out the count starts again.
 */
public record ThrottlePolicy(int delayAfter, int lockAfter, Duration lockDuration, Duration forgetAfter) {

    /** 2^30 s is beyond any lock: the exponent stops there. */
    private static final int MAX_EXPONENT = 30;

    public ThrottlePolicy {
        Objects.requireNonNull(lockDuration, "lockDuration");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (delayAfter < 1 || lockAfter < delayAfter) {
            throw new IllegalArgumentException("need 1 <= delayAfter <= lockAfter");
        }
        if (lockDuration.isNegative() || lockDuration.isZero() || forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("durations must be positive");
        }
    }

    /** How long after the last of {@code failures} failures the next attempt waits (zero before the threshold). */
    public Duration delayAfterFailures(int failures) {
        if (failures < delayAfter) {
            return Duration.ZERO;
        }
        int exponent = Math.min(MAX_EXPONENT, failures - delayAfter + 1);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(lockDuration) > 0 ? lockDuration : delay;
    }

    /** Whether the {@code failures}-th failure locks the key. */
    public boolean locksAt(int failures) {
        return failures >= lockAfter;
    }
}
