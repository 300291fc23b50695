package org.concord.domain.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.concord.domain.RuleViolation;

/**
 * R-PLAT.2, server-side request forgery: a receiver's address is an absolute {@code https} URL of at most 2,048
 * characters whose host resolves only to public addresses: never loopback, link-local, private (RFC 1918), unique-local
 * (fc00::/7), carrier-grade NAT, the unspecified or a multicast address. Checked when the endpoint is registered or
 * changed, and again before each delivery (a name may resolve elsewhere later). For tests only, a switch allows
 * {@code http://127.0.0.1} receivers ({@code concord.webhooks.allow-local-receivers}). Every refusal names {@code /url}.
 */
public final class WebhookUrl {

    public static final int MAX_LENGTH = 2048;

    /** How a host name becomes addresses: DNS in production, a table in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver DNS = host -> List.of(InetAddress.getAllByName(host));
    }

    private WebhookUrl() {}

    /**
     * The URL, stripped, if it may receive deliveries; a {@link RuleViolation} at {@code /url} otherwise.
     *
     * @param allowLocal the test switch: {@code http} and loopback receivers are allowed too
     */
    public static String check(String url, boolean allowLocal, Resolver resolver) {
        if (url == null || url.isBlank()) {
            throw refused("rule.webhook.urlRequired");
        }
        String stripped = url.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw refused("rule.webhook.urlTooLong", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(stripped);
        } catch (URISyntaxException e) {
            throw refused("rule.webhook.urlMalformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute()
                || host == null
                || host.isBlank()
                || uri.getUserInfo() != null
                || uri.getFragment() != null) {
            throw refused("rule.webhook.urlMalformed");
        }
        boolean local = allowLocal && isLoopbackLiteral(host);
        if (!scheme.equals("https") && !(local && scheme.equals("http"))) {
            throw refused("rule.webhook.urlNotHttps");
        }
        if (local) {
            return stripped;
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("rule.webhook.urlUnresolved");
        }
        if (addresses.isEmpty() || addresses.stream().anyMatch(WebhookUrl::isInternal)) {
            throw refused("rule.webhook.urlInternal");
        }
        return stripped;
    }

    private static boolean isLoopbackLiteral(String host) {
        return host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("localhost");
    }

    /** Loopback, link-local, private, unique-local, CGNAT, unspecified, multicast, or an IPv4 address mapped to one. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique-local
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this" network
                || (first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10 carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || first >= 240; // reserved and broadcast
    }

    private static RuleViolation refused(String key, Object... arguments) {
        return new RuleViolation("R-PLAT.2", "/url", key, arguments);
    }
}
