package org.concord.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.concord.service.account.ProfileService;

/**
 * The end of a form sign-in, after the password alone or after the second step (R-SEC.2): R-SEC.4 a fresh session id
 * (against fixation: the privilege changes) and a fresh session secret, the caller kept in the session
 * ({@link SignedIn}), and R-ACC.6 the sign-in among the account's sessions.
 */
@ApplicationScoped
public class SignInCompletion {

    /** The request attribute through which the login page tells where the sign-in leads ({@link PendingSignIn#next}). */
    public static final String NEXT_ATTRIBUTE = SignInCompletion.class.getName() + ".next";

    @Inject
    private SessionGuard sessions;

    @Inject
    private ProfileService profiles;

    /** The session of {@code request} is signed in as {@code name} with {@code groups}, from now. */
    public void signIn(HttpServletRequest request, HttpServletResponse response, String name, Set<String> groups) {
        request.getSession(true);
        String sessionId = request.changeSessionId();
        Instant now = Instant.now();
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.setAttribute(SignedIn.SESSION_ATTRIBUTE, new SignedIn(name, new HashSet<>(groups), now));
        sessions.signedIn(request, response, now);
        // R-ACC.6: the holder sees this sign-in among the account's sessions (the session id only as its hash).
        profiles.recordSignIn(name, sessionId, request.getHeader("User-Agent"), now);
    }

    /**
     * R-SEC.2: the password was right and a second step follows: the session (with a fresh id) holds the pending
     * sign-in and nobody is signed in in it.
     */
    public void awaitSecondStep(HttpServletRequest request, String name, Set<String> groups, boolean enrol) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(SignedIn.SESSION_ATTRIBUTE);
        Object next = request.getAttribute(NEXT_ATTRIBUTE);
        session.setAttribute(
                PendingSignIn.SESSION_ATTRIBUTE,
                new PendingSignIn(name, groups, Instant.now(), enrol, next instanceof String path ? path : null, null));
    }

    /** The pending sign-in of the session, if any and still current. */
    public java.util.Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending) {
            if (pending.isCurrent(Instant.now())) {
                return java.util.Optional.of(pending);
            }
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
        return java.util.Optional.empty();
    }
}
