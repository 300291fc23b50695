package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.1, R-SEC.7: what the throttle counts and what the security log keeps of a client address. */
class ClientAddressTest {

    @Test
    @DisplayName("R-SEC.1: IPv4 is counted per address, IPv6 per /64 (one subscriber's usual share)")
    void throttleSubjects_R_SEC_1() {
        assertEquals(
                "203.0.113.7", ClientAddress.parse("203.0.113.7").orElseThrow().throttleSubject());
        assertEquals(
                "2001:db8:1:2::/64",
                ClientAddress.parse("2001:db8:1:2:aaaa::1").orElseThrow().throttleSubject());
        assertEquals(
                ClientAddress.parse("2001:0db8:0001:0002:ffff:0:0:9")
                        .orElseThrow()
                        .throttleSubject(),
                ClientAddress.parse("[2001:db8:1:2::1]").orElseThrow().throttleSubject(),
                "one /64, however written");
        assertEquals(
                "192.0.2.1",
                ClientAddress.parse("::ffff:192.0.2.1").orElseThrow().throttleSubject());
        assertEquals("0:0:0:0::/64", ClientAddress.parse("::1").orElseThrow().throttleSubject());
    }

    @Test
    @DisplayName("R-SEC.7: the log keeps an IPv4 /24 or an IPv6 /48, never the full address")
    void truncation_R_SEC_7() {
        assertEquals(
                "203.0.113.0/24",
                ClientAddress.parse("203.0.113.7").orElseThrow().truncated());
        assertEquals(
                "2001:db8:1::/48",
                ClientAddress.parse("2001:db8:1:2::1%eth0").orElseThrow().truncated());
    }

    @Test
    void notAnAddressIsNothing() {
        for (String bad : new String[] {null, "", "localhost", "256.1.1.1", "1.2.3", "1::2::3", "12345::1", "g::1"}) {
            assertTrue(ClientAddress.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
