package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class AccountLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    private final UserAccount alice =
            UserAccount.unconfirmed("alice@example.org", "Alice", "hash", EnumSet.of(Role.PARTY), Locale.ENGLISH, NOW);

    @Test
    void aConfirmationLinkWorksOnceWithin24Hours_RACC1() {
        AccountLink.Issued issued = AccountLink.issue(alice, AccountLink.Purpose.CONFIRM_EMAIL, null, NOW);
        assertNotEquals(issued.token(), AccountLink.hash(issued.token()), "only the hash is stored");
        assertEquals(43, issued.token().length(), "256 random bits, base64url");
        assertEquals(alice, issued.link().use(AccountLink.Purpose.CONFIRM_EMAIL, NOW.plus(Duration.ofHours(23))));
        RuleViolation again =
                assertThrows(RuleViolation.class, () -> issued.link().use(AccountLink.Purpose.CONFIRM_EMAIL, NOW));
        assertEquals("rule.link.used", again.messageKey());
        assertEquals("/token", again.field());
    }

    @Test
    void anExpiredLinkChangesNothing_RACC1() {
        AccountLink.Issued issued = AccountLink.issue(alice, AccountLink.Purpose.CONFIRM_EMAIL, null, NOW);
        RuleViolation expired = assertThrows(
                RuleViolation.class,
                () -> issued.link().use(AccountLink.Purpose.CONFIRM_EMAIL, NOW.plus(Duration.ofHours(24))));
        assertEquals("R-ACC.1", expired.ruleId());
        assertEquals("rule.link.expired", expired.messageKey());
        assertTrue(issued.link().isUsable(NOW), "not used up by the refusal");
    }

    @Test
    void aResetLinkExpiresAfter30MinutesAndServesNoOtherPurpose_RACC4() {
        AccountLink.Issued issued = AccountLink.issue(alice, AccountLink.Purpose.RESET_PASSWORD, null, NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(30)), issued.link().expiresAt());
        assertEquals(
                "rule.link.invalid",
                assertThrows(RuleViolation.class, () -> issued.link().use(AccountLink.Purpose.CONFIRM_EMAIL, NOW))
                        .messageKey());
        issued.link().withdraw(NOW);
        assertFalse(issued.link().isUsable(NOW), "a newer link replaces it");
    }

    @Test
    void anAccountWorksOnlyOnceConfirmedAndSessionsEndWhenDisabled_RACC1_RACC5() {
        assertFalse(alice.isUsable());
        alice.confirmEmail(NOW);
        alice.confirmEmail(NOW.plusSeconds(60));
        assertTrue(alice.isUsable());
        assertTrue(alice.acceptsSessionFrom(NOW.plusSeconds(1)));
        alice.disable(NOW.plusSeconds(10));
        assertFalse(alice.acceptsSessionFrom(NOW.plusSeconds(1)));
        alice.enable();
        assertFalse(alice.acceptsSessionFrom(NOW.plusSeconds(1)), "a session from before disabling stays over");
        assertTrue(alice.acceptsSessionFrom(NOW.plusSeconds(20)));
    }
}
