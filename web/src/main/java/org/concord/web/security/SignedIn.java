package org.concord.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in through the login form, and when; kept in the HTTP session (console and portal only, never the API).
 * The session goes on only while the account accepts sessions from {@code at} (R-ACC.4, R-ACC.5).
 */
public record SignedIn(String name, Set<String> groups, Instant at) implements Serializable {

    public static final String SESSION_ATTRIBUTE = SignedIn.class.getName();

    /** The same sign-in counted from {@code at}: the caller's own session after a password change (R-ACC.4). */
    public SignedIn renewedAt(Instant at) {
        return new SignedIn(name, groups, at);
    }
}
