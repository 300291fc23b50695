package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * R-SEC.1: the sign-in failures counted for one key, shared by every instance (table {@code sign_in_throttle}, V28).
 * A key is an account's login name (normalised, whether or not such an account exists) or a client address; only its
 * SHA-256 is stored. The arithmetic is {@link ThrottlePolicy}'s; this row remembers how many failures, when the last
 * was, and until when the key is locked.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    /** What a key counts failures of. */
    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    /** What a failure did: nothing more, a delay, or a new lock. */
    public enum Outcome {
        COUNTED,
        DELAYED,
        LOCKED
    }

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {}

    public SignInThrottle(Kind kind, String subject, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = key(kind, subject);
        this.lastFailureAt = Objects.requireNonNull(at, "at");
    }

    /** The stored key of {@code subject} (an account's normalised login name, or a client address). */
    public static String key(Kind kind, String subject) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(kind.name().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(Objects.requireNonNull(subject, "subject").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * R-SEC.1: until when an attempt with this key is refused without looking at the password: the end of a lock, or
     * of the delay after the last failure; empty when it may go ahead at {@code now}.
     */
    public Optional<Instant> refusedUntil(ThrottlePolicy policy, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return Optional.of(lockedUntil);
        }
        int counted = counted(policy, now);
        Instant until = lastFailureAt.plus(policy.delayAfterFailures(counted));
        return counted > 0 && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /**
     * R-SEC.1: one more failure at {@code now} (a wrong password, or an attempt refused during a delay or a lock); a
     * lock starts when it is the policy's last allowed one. During a lock nothing more happens than the count.
     */
    public Outcome recordFailure(ThrottlePolicy policy, Instant now) {
        failures = counted(policy, now) + 1;
        lastFailureAt = now;
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
        }
        if (policy.locksAt(failures) && lockedUntil == null) {
            lockedUntil = now.plus(policy.lockDuration());
            return Outcome.LOCKED;
        }
        return policy.delayAfterFailures(failures).isZero() ? Outcome.COUNTED : Outcome.DELAYED;
    }

    /** R-SEC.1: staff lifted the lock, or the right password came at an allowed moment: the count starts again. */
    public void clear() {
        failures = 0;
        lockedUntil = null;
    }

    /** Whether this key is locked at {@code now}. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The failures that still count at {@code now}: none once forgotten or once a lock has run out. */
    int counted(ThrottlePolicy policy, Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            return 0;
        }
        if (!now.isBefore(lastFailureAt.plus(policy.forgetAfter()))) {
            return 0;
        }
        return failures;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }
}
