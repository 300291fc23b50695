package org.concord.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.concord.service.account.AccountService;
import org.concord.service.account.SecondFactorService;
import org.concord.web.api.MessageResolver;
import org.concord.web.api.Problems;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one):
 * <ul>
 * <li>the API (and {@code /metrics}): {@code Authorization: Bearer <API token>} or HTTP Basic for scripts, checked
 * on every call, no session; a call without valid credentials gets 401 problem details with a {@code Bearer}
 * challenge only (a {@code Basic} one would make browsers prompt for, and then keep sending, a password). R-SEC.2:
 * HTTP Basic (on the API and on pages) signs in only an account without a second step: for an account with a second
 * factor, or whose role requires one (administrators, staff, Neutrals), it is refused as a wrong password is
 * ({@link org.concord.service.account.SignInService}), since Basic has no second step; their scripts use API tokens,
 * their browsers the login form;</li>
 * <li>the console and portal: the login form ({@code SecurityContext.authenticate}); the signed-in caller is kept in
 * the session (renewed at login against fixation); a protected page without it redirects to the login page. R-SEC.2:
 * for an account with a second factor, or whose role requires one, the right password only leads to the second step
 * ({@link #SECOND_STEP_PAGE}, {@link PendingSignIn}); the session is signed in once that step passed.</li>
 * </ul>
 * The session is never used for the API, so that a browser's cookies cannot act there on a user's behalf.
 */
@ApplicationScoped
public class ConcordAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** R-SEC.2: the second step of a form sign-in (a code, or the enrolment of a factor). */
    public static final String SECOND_STEP_PAGE = "/login-factor.xhtml";

    /**
     * R-SEC.3: the request attribute holding the {@link org.concord.service.account.TokenCaller} of a request
     * authenticated by an API token (absent for a session or HTTP Basic).
     */
    public static final String TOKEN_ATTRIBUTE = "org.concord.web.security.apiToken";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Inject
    private SecondFactorService factors;

    @Inject
    private SignInCompletion completion;

    @Inject
    private SessionGuard sessions;

    @Inject
    private SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return formLogin(request, context, context.getAuthParameters().getCredential());
        }
        boolean api = isApi(request);
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            Credential credential = credentialOf(authorization);
            // R-SEC.3: a token is for the API only; its scopes are checked there (TokenScopeFilter), so it must not
            // reach the console or portal pages, which have no such check.
            CredentialValidationResult result =
                    credential == null || (credential instanceof BearerTokenCredential && !api)
                            ? CredentialValidationResult.INVALID_RESULT
                            : identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (credential instanceof BearerTokenCredential bearer && bearer.accepted() != null) {
                    request.setAttribute(TOKEN_ATTRIBUTE, bearer.accepted());
                }
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context, api);
        }
        if (!api) {
            HttpSession session = request.getSession(false);
            if (session != null && !sessions.admits(request, session, Instant.now())) {
                // R-SEC.4: past its absolute lifetime, or signed in but without its holder's secret: over.
                session.invalidate();
                session = null;
            }
            if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
                if (accounts.sessionMayContinue(signedIn.name(), signedIn.at())) {
                    return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
                }
                // R-ACC.4, R-ACC.5: the account's sessions were ended (reset, disabled, closed): this one is over.
                session.invalidate();
            }
        }
        if (context.isProtected()) {
            return api ? unauthorized(response, context, true) : redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.SESSION_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(normalised(credential));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String name = result.getCallerPrincipal().getName();
        SecondFactorService.SecondStep step = factors.stepAfterPassword(name);
        if (step != SecondFactorService.SecondStep.NONE) {
            // R-SEC.2: the password alone does not sign in an account with a second factor (or whose role requires
            // one): the session holds the pending sign-in and the caller goes on to the second step.
            completion.awaitSecondStep(
                    request, name, result.getCallerGroups(), step == SecondFactorService.SecondStep.ENROL);
            headers.apply(request, context.getResponse());
            return context.redirect(request.getContextPath() + SECOND_STEP_PAGE);
        }
        completion.signIn(request, context.getResponse(), name, result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** Login names are e-mail addresses, stored in lower case. */
    private static Credential normalised(Credential credential) {
        if (credential instanceof UsernamePasswordCredential up) {
            return new UsernamePasswordCredential(up.getCaller().strip().toLowerCase(Locale.ROOT), up.getPassword());
        }
        return credential;
    }

    private static Credential credentialOf(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return new BearerTokenCredential(value);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? null
                    : normalised(
                            new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
        return null;
    }

    /**
     * The API and the metrics (administrators only, issue 22): callers that are programs, with credentials in every
     * request and never a session.
     */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, boolean api) {
        if (!api) {
            return context.responseUnauthorized();
        }
        try {
            headers.apply(context.getRequest(), response);
            // Bearer only: a Basic challenge makes a browser that opens an API address ask for a password and then
            // send it with every later request, from any site's page (issue 22). Basic itself is still accepted, for
            // accounts without a second step (R-SEC.2).
            response.setHeader("WWW-Authenticate", "Bearer realm=\"concord\"");
            Problems.write(response, Problems.unauthorized(MessageResolver.of(context.getRequest())));
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpMessageContext context) {
        headers.apply(request, context.getResponse());
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}
