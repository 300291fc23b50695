package org.concord.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.4: the session cookie and the idle lifetime from the configuration, set once at start-up.
 * <ul>
 * <li>{@code Secure} whenever {@code concord.base-url} is https: behind a TLS-terminating proxy the container sees
 * plain http and would otherwise send the session id without it. The name then carries the {@code __Host-} prefix
 * ({@link #cookieName}).</li>
 * <li>{@code SameSite=Lax} is Payara's own session setting ({@code cookieSameSite} in {@code glassfish-web.xml}):
 * Payara 6 ignores the Servlet 6 {@code <cookie-config><attribute>} of web.xml (which stays there for other
 * containers).</li>
 * <li>The idle lifetime, {@code concord.session.idle-timeout} (whole minutes); the absolute one is
 * {@link SessionGuard}'s.</li>
 * </ul>
 */
@WebListener
public class SessionSettings implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "concord.session.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "concord.base-url")
    String baseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.setSessionTimeout((int) Math.max(1, idleTimeout.toMinutes()));
        if (https(baseUrl)) {
            context.getSessionCookieConfig().setSecure(true);
            context.getSessionCookieConfig().setName(cookieName("JSESSIONID", true, context.getContextPath()));
        }
    }

    /**
     * A cookie's name: behind https with the prefix that makes browsers insist on {@code Secure} and refuse the
     * cookie from any other host ({@code __Host-}, for an application at the root; {@code __Secure-} below it);
     * plain http (development, tests) cannot carry either.
     */
    public static String cookieName(String name, boolean https, String contextPath) {
        if (!https) {
            return name;
        }
        return (contextPath == null || contextPath.isEmpty() ? "__Host-" : "__Secure-") + name;
    }

    /** Whether Concord is reached over https (then cookies are Secure and HSTS is sent). */
    public static boolean https(String baseUrl) {
        return baseUrl != null && baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
