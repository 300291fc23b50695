package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.concord.domain.account.SignInThrottle.Kind;
import org.concord.domain.account.SignInThrottle.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.1: the back-off arithmetic of sign-in failures: free tries, 2^k seconds of delay, then a lock. */
class SignInThrottleTest {

    private static final ThrottlePolicy POLICY =
            new ThrottlePolicy(5, 10, Duration.ofMinutes(15), Duration.ofHours(24));
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("R-SEC.1: no delay before the 5th failure, then 2, 4, 8, 16, 32 s, never beyond the lock's length")
    void delaysDoubleAfterTheThreshold_R_SEC_1() {
        assertEquals(Duration.ZERO, POLICY.delayAfterFailures(0));
        assertEquals(Duration.ZERO, POLICY.delayAfterFailures(4));
        assertEquals(Duration.ofSeconds(2), POLICY.delayAfterFailures(5));
        assertEquals(Duration.ofSeconds(4), POLICY.delayAfterFailures(6));
        assertEquals(Duration.ofSeconds(32), POLICY.delayAfterFailures(9));
        assertEquals(Duration.ofMinutes(15), POLICY.delayAfterFailures(20), "capped at the lock");
        assertEquals(Duration.ofMinutes(15), POLICY.delayAfterFailures(Integer.MAX_VALUE), "no overflow");
    }

    @Test
    @DisplayName("R-SEC.1: the first failures are free; the 5th makes the next attempt wait 2 s after it")
    void theNthFailureDelaysTheNextAttempt_R_SEC_1() {
        SignInThrottle throttle = new SignInThrottle(Kind.ACCOUNT, "lea@concord.example", T0);
        Instant at = T0;
        for (int i = 1; i <= 4; i++) {
            assertEquals(Outcome.COUNTED, throttle.recordFailure(POLICY, at));
            assertEquals(Optional.empty(), throttle.refusedUntil(POLICY, at), "failure " + i + " costs no wait");
        }
        assertEquals(Outcome.DELAYED, throttle.recordFailure(POLICY, at));
        assertEquals(Optional.of(at.plusSeconds(2)), throttle.refusedUntil(POLICY, at.plusSeconds(1)));
        assertEquals(Optional.empty(), throttle.refusedUntil(POLICY, at.plusSeconds(2)));

        at = at.plusSeconds(2);
        assertEquals(Outcome.DELAYED, throttle.recordFailure(POLICY, at));
        assertEquals(Optional.of(at.plusSeconds(4)), throttle.refusedUntil(POLICY, at));
    }

    @Test
    @DisplayName("R-SEC.1: the 10th failure locks for 15 minutes; then the count starts again")
    void theTenthFailureLocksUntilTheLockRunsOut_R_SEC_1() {
        SignInThrottle throttle = new SignInThrottle(Kind.ACCOUNT, "lea@concord.example", T0);
        Instant at = T0;
        for (int i = 1; i <= 9; i++) {
            throttle.recordFailure(POLICY, at);
            at = at.plus(POLICY.delayAfterFailures(i));
        }
        assertFalse(throttle.isLocked(at));
        assertEquals(Outcome.LOCKED, throttle.recordFailure(POLICY, at));
        assertTrue(throttle.isLocked(at.plusSeconds(899)));
        assertEquals(Optional.of(at.plus(Duration.ofMinutes(15))), throttle.refusedUntil(POLICY, at.plusSeconds(60)));

        Instant after = at.plus(Duration.ofMinutes(15));
        assertFalse(throttle.isLocked(after));
        assertEquals(Optional.empty(), throttle.refusedUntil(POLICY, after));
        assertEquals(Outcome.COUNTED, throttle.recordFailure(POLICY, after), "a fresh count after the lock");
        assertEquals(1, throttle.failures());
    }

    @Test
    @DisplayName("R-SEC.1: lifting a lock clears the count; failures a day old are forgotten")
    void liftingAndForgetting_R_SEC_1() {
        SignInThrottle throttle = new SignInThrottle(Kind.ADDRESS, "203.0.113.7", T0);
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(POLICY, T0);
        }
        assertTrue(throttle.isLocked(T0));
        throttle.clear();
        assertEquals(Optional.empty(), throttle.refusedUntil(POLICY, T0));

        for (int i = 0; i < 7; i++) {
            throttle.recordFailure(POLICY, T0);
        }
        assertTrue(throttle.refusedUntil(POLICY, T0.plusSeconds(1)).isPresent());
        assertEquals(0, throttle.counted(POLICY, T0.plus(Duration.ofHours(24))));
        assertEquals(Outcome.COUNTED, throttle.recordFailure(POLICY, T0.plus(Duration.ofHours(25))));
    }

    @Test
    @DisplayName("R-SEC.1: keys are hashes of the kind and the subject; the subject itself is not kept")
    void keysAreHashes_R_SEC_1() {
        String key = SignInThrottle.key(Kind.ACCOUNT, "lea@concord.example");
        assertEquals(64, key.length());
        assertFalse(key.contains("lea"));
        assertNotEquals(key, SignInThrottle.key(Kind.ADDRESS, "lea@concord.example"));
    }

    @Test
    void policiesMustMakeSense() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottlePolicy(0, 10, Duration.ofMinutes(1), Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottlePolicy(5, 4, Duration.ofMinutes(1), Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new ThrottlePolicy(5, 10, Duration.ZERO, Duration.ofHours(1)));
    }

    @Test
    @DisplayName(
            "R-SEC.1: hammering through a delay counts, and brings the lock at the 10th attempt; a lock is not renewed")
    void attemptsRefusedDuringADelayCountAndLockSooner_R_SEC_1() {
        SignInThrottle throttle = new SignInThrottle(Kind.ACCOUNT, "lea@concord.example", T0);
        for (int i = 1; i <= 5; i++) {
            throttle.recordFailure(POLICY, T0);
        }
        assertTrue(throttle.refusedUntil(POLICY, T0).isPresent());
        for (int i = 6; i <= 9; i++) {
            assertEquals(Outcome.DELAYED, throttle.recordFailure(POLICY, T0.plusMillis(i)));
        }
        assertEquals(Outcome.LOCKED, throttle.recordFailure(POLICY, T0.plusMillis(10)));
        Instant until = throttle.lockedUntil().orElseThrow();
        assertEquals(T0.plusMillis(10).plus(Duration.ofMinutes(15)), until);
        assertEquals(Outcome.DELAYED, throttle.recordFailure(POLICY, T0.plusSeconds(60)), "counted, not locked again");
        assertEquals(until, throttle.lockedUntil().orElseThrow(), "the lock keeps its end");
    }
}
