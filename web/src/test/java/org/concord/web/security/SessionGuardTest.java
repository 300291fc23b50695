package org.concord.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.4: the decisions of {@link SessionGuard} and {@link SessionSettings}, without a server. */
class SessionGuardTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-05T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Test
    @DisplayName("R-SEC.4: a session is usable until its absolute lifetime has passed, however busy it was")
    void aSessionEndsAtItsAbsoluteLifetime_RSEC4() {
        assertTrue(SessionGuard.withinLifetime(SIGNED_IN, SIGNED_IN, TWELVE_HOURS));
        assertTrue(SessionGuard.withinLifetime(
                SIGNED_IN, SIGNED_IN.plus(TWELVE_HOURS).minusMillis(1), TWELVE_HOURS));
        assertFalse(SessionGuard.withinLifetime(SIGNED_IN, SIGNED_IN.plus(TWELVE_HOURS), TWELVE_HOURS));
        assertFalse(SessionGuard.withinLifetime(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(3)), TWELVE_HOURS));
    }

    @Test
    @DisplayName("R-SEC.4: the session keeps only the secret's hash; only the secret itself matches it")
    void onlyTheSessionsOwnSecretMatches_RSEC4() {
        String secret = SessionGuard.newSecret();
        String stored = SessionGuard.sha256(secret);
        assertTrue(SessionGuard.matches(stored, secret));
        assertFalse(SessionGuard.matches(stored, stored), "the hash is no key");
        assertFalse(SessionGuard.matches(stored, SessionGuard.newSecret()));
        assertFalse(SessionGuard.matches(stored, null));
        assertFalse(SessionGuard.matches(null, secret), "a signed-in session without a secret admits nobody");
    }

    @Test
    @DisplayName("R-SEC.4: session secrets are 256 random bits, never the same twice")
    void secretsAre256RandomBits_RSEC4() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = SessionGuard.newSecret();
            assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
            assertTrue(seen.add(secret));
        }
    }

    @Test
    @DisplayName("R-SEC.4: cookies are Secure and HSTS is sent exactly when concord.base-url is https")
    void httpsIsReadFromTheBaseUrl_RSEC4() {
        assertTrue(SessionSettings.https("https://concord.example.org"));
        assertTrue(SessionSettings.https(" HTTPS://concord.example.org/ "));
        assertFalse(SessionSettings.https("http://localhost:8080"));
        assertFalse(SessionSettings.https(null));
    }

    @Test
    @DisplayName("R-SEC.4: behind https the cookies' names carry __Host- (or __Secure- below the root), else none")
    void cookieNamesArePrefixedBehindHttps_RSEC4() {
        assertEquals("__Host-JSESSIONID", SessionSettings.cookieName("JSESSIONID", true, ""));
        assertEquals("__Secure-JSESSIONID", SessionSettings.cookieName("JSESSIONID", true, "/concord"));
        assertEquals("JSESSIONID", SessionSettings.cookieName("JSESSIONID", false, ""));
    }
}
