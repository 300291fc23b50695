package org.concord.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * R-SEC.2: a form sign-in whose password was right, waiting for its second step (a code, or the enrolment of a
 * factor where the role requires one). Kept in the session (whose id was renewed at the password step); the session
 * is not signed in yet, and the state lasts {@link #LIFETIME}. {@code next} is where the sign-in leads once complete;
 * {@code secret} is the TOTP secret offered at an enrolment step (the same one until it is confirmed).
 */
public record PendingSignIn(String name, Set<String> groups, Instant at, boolean enrol, String next, String secret)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();

    /** How long the second step may wait after the password. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    public PendingSignIn {
        groups = Set.copyOf(groups);
    }

    /** Whether the second step may still be taken at {@code now}. */
    public boolean isCurrent(Instant now) {
        return now.isBefore(at.plus(LIFETIME));
    }

    /** The same pending sign-in, offering {@code newSecret} for the enrolment. */
    public PendingSignIn withSecret(String newSecret) {
        return new PendingSignIn(name, groups, at, enrol, next, newSecret);
    }
}
