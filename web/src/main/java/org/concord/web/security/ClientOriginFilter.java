package org.concord.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concord.service.security.ClientOrigin;

/**
 * Tells the services where the request came from ({@link ClientAddresses}: behind a trusted proxy, the address it
 * reports), so that the security log keeps the client's network with each event (R-SEC.7).
 */
@WebFilter(urlPatterns = "/*")
public class ClientOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddresses addresses;

    @Inject
    private ClientOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(addresses.of(request));
        chain.doFilter(request, response);
    }
}
