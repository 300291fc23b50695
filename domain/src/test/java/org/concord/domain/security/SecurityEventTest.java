package org.concord.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.AccountChange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.7: a security log entry holds ids and codes, never free text. */
class SecurityEventTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    @DisplayName("R-SEC.7: a detail with an address, a line break or a person's words is refused")
    void detailsHoldIdsAndCodesOnly_R_SEC_7() {
        UUID account = UUID.randomUUID();
        SecurityEvent event =
                new SecurityEvent(SecurityEvent.Type.ROLE_GRANTED, account, null, "192.0.2.0/24", "role=NEUTRAL", NOW);
        assertEquals(Optional.of("role=NEUTRAL"), event.detail());
        for (String bad :
                new String[] {"alice@example.org", "ok\nSIGN_IN_SUCCEEDED forged", "<script>", "x".repeat(201)}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new SecurityEvent(SecurityEvent.Type.SIGN_IN_FAILED, null, null, null, bad, NOW),
                    bad);
        }
    }

    @Test
    @DisplayName("R-SEC.7: every recorded change of an account has its log entry type")
    void everyAccountChangeHasAType_R_SEC_7() {
        Arrays.stream(AccountChange.Kind.values()).forEach(kind -> SecurityEvent.Type.of(kind));
        assertEquals(SecurityEvent.Type.ACCOUNT_DISABLED, SecurityEvent.Type.of(AccountChange.Kind.DISABLED));
        assertEquals(SecurityEvent.Type.SIGN_IN_UNLOCKED, SecurityEvent.Type.of(AccountChange.Kind.SIGN_IN_UNLOCKED));
    }
}
