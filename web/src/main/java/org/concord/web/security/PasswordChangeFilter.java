package org.concord.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.concord.service.Links;
import org.concord.service.account.PasswordService;
import org.concord.web.api.MessageResolver;
import org.concord.web.api.Problems;

/**
 * R-ACC.4: an account whose password was set for it (the first administrator's initial password from the
 * configuration) changes it before anything else: every page leads to {@link Links#changePassword()}, and the API
 * answers 403 naming the rule. Once a session was found free of that duty, it is not asked again (the password page
 * clears the mark when the password changes).
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session's {@link SignedIn} that was found free to go anywhere. */
    static final String CHECKED = PasswordChangeFilter.class.getName() + ".checked";

    @Inject
    private PasswordService passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || mayPass(request) || !mustChange(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(response, Problems.passwordChangeRequired(MessageResolver.of(request)));
            return;
        }
        response.sendRedirect(request.getContextPath() + Links.changePassword());
    }

    /** The password page itself, its resources and signing in or out are always open. */
    private static boolean mayPass(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(Links.changePassword())
                || path.equals(Links.login())
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/");
    }

    private boolean mustChange(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
        if (signedIn != null && signedIn.equals(session.getAttribute(CHECKED))) {
            return false;
        }
        boolean required =
                passwords.passwordChangeRequired(request.getUserPrincipal().getName());
        if (!required && signedIn != null) {
            session.setAttribute(CHECKED, signedIn);
        }
        return required;
    }
}
