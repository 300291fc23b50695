package org.concord.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * R-SEC.4: every response of the application carries {@link SecurityHeaders}, set before anything else runs (the
 * filter is declared first in web.xml, for requests and error pages alike). The response handed on keeps them: a
 * page's PrimeFaces CSP (with the page's nonce) replaces the default one instead of adding a second policy, a
 * later {@code Cache-Control} cannot weaken {@code no-store}, and a {@code reset()} (an error page after a failure)
 * sets them again.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(request, response);
        chain.doFilter(request, new Guarded(request, response, headers));
    }

    /** The response as the application sees it: the security headers cannot be doubled, weakened or lost. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final SecurityHeaders headers;

        Guarded(HttpServletRequest request, HttpServletResponse response, SecurityHeaders headers) {
            super(response);
            this.request = request;
            this.headers = headers;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!weakensCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!weakensCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            headers.apply(request, (HttpServletResponse) getResponse());
        }

        private boolean weakensCaching(String name) {
            return ("Cache-Control".equalsIgnoreCase(name)
                            || "Expires".equalsIgnoreCase(name)
                            || "Pragma".equalsIgnoreCase(name))
                    && "no-store".equals(getHeader("Cache-Control"));
        }
    }
}
