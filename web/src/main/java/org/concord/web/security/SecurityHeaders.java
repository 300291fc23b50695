package org.concord.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.4: the headers every response carries, in one place ({@link SecurityHeadersFilter} for what the application
 * answers; {@link ConcordAuthenticationMechanism} for its own 401s and redirects to the login page).
 * <ul>
 * <li>{@code Content-Security-Policy}: {@link #DEFAULT_CSP} (nothing may run, load, frame or post) for everything
 * that is not a page; a page gets PrimeFaces' CSP mode instead ({@code primefaces.CSP_POLICY} in web.xml, scripts
 * only from the application and with the page's nonce, no {@code 'unsafe-inline'} for scripts), which replaces
 * it;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, a {@code Permissions-Policy}
 * that turns off what Concord never uses, {@code X-Frame-Options: DENY} for browsers without CSP;</li>
 * <li>{@code Strict-Transport-Security} when {@code concord.base-url} is https;</li>
 * <li>{@code Cache-Control: no-store} on everything but the static resources (style sheets, scripts, images,
 * which are the same for everyone): pages, API answers and downloads are never kept by a browser or a proxy.</li>
 * </ul>
 * The {@code Server} banner is Payara's; it is switched off in Payara's configuration (docs/security.md).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** For every answer that is not a page: a JSON body, a PDF, a CSV, a redirect. */
    public static final String DEFAULT_CSP =
            "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

    /** A year, and the subdomains too (ASVS 5.0 3.4.1 at level 2). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    @ConfigProperty(name = "concord.base-url")
    String baseUrl;

    /** Sets the headers on {@code response} (before anything is written). */
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", DEFAULT_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        if (SessionSettings.https(baseUrl)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!staticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Style sheets, scripts and images: the same bytes for every caller, cacheable. */
    static boolean staticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
