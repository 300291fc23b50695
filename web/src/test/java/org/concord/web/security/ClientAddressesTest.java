package org.concord.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.1, R-SEC.7: whose address counts: X-Forwarded-For only from a trusted proxy, its rightmost untrusted hop. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1", "::1", "10.0.0.5"));

    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ClientAddressesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    @DisplayName("R-SEC.1: a client that is not a trusted proxy cannot choose its address")
    void forwardedForFromAnUntrustedClientIsIgnored_R_SEC_1() {
        assertEquals("203.0.113.9", addresses.of(request("203.0.113.9", "198.51.100.1")));
    }

    @Test
    @DisplayName("R-SEC.1: behind trusted proxies the rightmost untrusted hop is the client; what it wrote is ignored")
    void theRightmostUntrustedHopCounts_R_SEC_1() {
        assertEquals("192.0.2.7", addresses.of(request("127.0.0.1", "192.0.2.7")));
        assertEquals(
                "192.0.2.7", addresses.of(request("127.0.0.1", "6.6.6.6, 192.0.2.7, 10.0.0.5")), "spoofed first hop");
        assertEquals("10.0.0.5", addresses.of(request("0:0:0:0:0:0:0:1", "10.0.0.5")), "only proxies: the first");
        assertEquals("127.0.0.1", addresses.of(request("127.0.0.1", null)));
        assertEquals("192.0.2.7", addresses.of(request("127.0.0.1", "unknown, 192.0.2.7")), "left of it: not read");
        assertEquals(
                "127.0.0.1", addresses.of(request("127.0.0.1", "192.0.2.7, garbage")), "unreadable: the proxy itself");
    }
}
