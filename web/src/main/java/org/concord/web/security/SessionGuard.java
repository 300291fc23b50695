package org.concord.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.4: what keeps a session to its holder and to its time, beyond the servlet container's session id.
 * <ul>
 * <li><b>Absolute lifetime.</b> A session ends {@code concord.session.absolute-lifetime} after it began (after the
 * sign-in, once signed in), however busy it is; the idle lifetime is the container's ({@link SessionSettings}).</li>
 * <li><b>Session secret.</b> Payara's session id carries about 56 random bits (a clock prefix, an identity hash
 * code, then two 28-bit parts of {@code SecureRandom}) and its generator can only be replaced by a server-wide
 * library, not by the application. So every sign-in also sets a second cookie, {@value #COOKIE}, holding 256
 * random bits; the session keeps only its SHA-256. A signed-in session is honoured only together with that cookie:
 * whoever guesses or steals the session id alone gets nothing, and the session is ended.</li>
 * </ul>
 * Checked by {@link ConcordAuthenticationMechanism} before it takes the session's caller, so that no page, filter or
 * servlet ever runs as a caller whose session failed the check.
 */
@ApplicationScoped
public class SessionGuard {

    /**
     * The cookie that binds a signed-in session to its holder's browser (behind https with a {@code __Host-} prefix,
     * {@link SessionSettings#cookieName}).
     */
    public static final String COOKIE = "concord-session-secret";

    /** When the session began, or was signed in: its absolute lifetime counts from here. */
    static final String STARTED = SessionGuard.class.getName() + ".started";

    /** The SHA-256 (Base64) of the session's secret; the secret itself is only in the holder's cookie. */
    static final String SECRET_HASH = SessionGuard.class.getName() + ".secret";

    /** 256 bits: as many as an API token's, twice the 128 that ASVS asks of a session token. */
    static final int SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "concord.session.absolute-lifetime", defaultValue = "PT12H")
    Duration absoluteLifetime;

    @Inject
    @ConfigProperty(name = "concord.base-url")
    String baseUrl;

    /**
     * Whether a request may go on in {@code session}: within the absolute lifetime and, when the session is signed
     * in, presenting the session's secret. {@code false}: the caller must end the session.
     */
    public boolean admits(HttpServletRequest request, HttpSession session, Instant now) {
        Instant started = started(session);
        if (!withinLifetime(started, now, absoluteLifetime)) {
            return false;
        }
        if (session.getAttribute(SignedIn.SESSION_ATTRIBUTE) == null) {
            return true;
        }
        return matches((String) session.getAttribute(SECRET_HASH), presented(request));
    }

    /**
     * At a sign-in (after the session id was changed): the absolute lifetime starts again, and a fresh secret is set
     * in the session (its hash) and in the holder's cookie.
     */
    public void signedIn(HttpServletRequest request, HttpServletResponse response, Instant now) {
        HttpSession session = request.getSession();
        String secret = newSecret();
        session.setAttribute(STARTED, now);
        session.setAttribute(SECRET_HASH, sha256(secret));
        boolean https = SessionSettings.https(baseUrl);
        Cookie cookie = new Cookie(SessionSettings.cookieName(COOKIE, https, request.getContextPath()), secret);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(https || request.isSecure());
        cookie.setMaxAge(-1);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Instant started(HttpSession session) {
        return session.getAttribute(STARTED) instanceof Instant started
                ? started
                : Instant.ofEpochMilli(session.getCreationTime());
    }

    private String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = SessionSettings.cookieName(COOKIE, SessionSettings.https(baseUrl), request.getContextPath());
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Whether a session that began at {@code started} may still be used at {@code now}. */
    static boolean withinLifetime(Instant started, Instant now, Duration lifetime) {
        return now.isBefore(started.plus(lifetime));
    }

    /** Whether the presented secret is the one whose hash the session keeps (in constant time). */
    static boolean matches(String storedHash, String presented) {
        if (storedHash == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII),
                sha256(presented).getBytes(StandardCharsets.US_ASCII));
    }

    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
