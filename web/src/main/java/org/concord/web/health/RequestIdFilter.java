package org.concord.web.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.concord.service.operations.RequestId;

/**
 * Issue 25, R-OPS.1: every request has an id, the proxy's {@code X-Request-Id} when it is well formed (short, safe
 * characters: {@link RequestId#isWellFormed}), else a random UUID. The answer carries it in the same header; every log
 * line written while the request is handled starts with it (RequestIdLogging), and so do the lines about the mail it
 * queued, wherever that mail is sent. An answer with a server error is logged with its method and path (no query, no
 * body), so that an operator finds it from the proxy's access log (not a health check's DOWN: that is its answer, and
 * the check logs what changed). Declared first in web.xml: it wraps every filter.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(RequestIdFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestId.acceptOrMake(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        try (RequestId.Scope handling = RequestId.open(id)) {
            chain.doFilter(request, response);
            if (response.getStatus() >= 500 && !request.getRequestURI().startsWith("/health")) {
                LOG.warning(() -> "Answered " + response.getStatus() + " to " + request.getMethod() + " "
                        + request.getRequestURI());
            }
        }
    }
}
