package org.concord.web.faces;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Issue 24: an error page is a page of its own, not the postback of the form whose request failed. The container
 * dispatches to the error page (web.xml's {@code error-page}) with the failed request's parameters, so Faces took the
 * error page's render for a postback and PrimeFaces looked for the CSP nonce of the failed form's view, found none,
 * and failed again ("Missing CSP nonce"): an expired page posted (a session that timed out) or any failure during a
 * form's post answered an empty 500 instead of "Page expired" or the error page. Mapped to the ERROR dispatch only,
 * this hides the failed request's parameters from the error page, which then renders as a fresh page with a nonce of
 * its own (R-SEC.4).
 */
public class ErrorPageRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutParameters((HttpServletRequest) request), response);
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
