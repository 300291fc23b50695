package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.ApiToken.Scope;
import org.junit.jupiter.api.Test;

/** R-SEC.3: tokens expire and carry scopes. */
class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(90);

    private final UserAccount alice =
            UserAccount.unconfirmed("alice@example.org", "Alice", "hash", EnumSet.of(Role.PARTY), Locale.ENGLISH, NOW);

    @Test
    void administeringIsOfferedOnlyToThoseWhoActForTheCenter_RSEC3() {
        UserAccount staff = UserAccount.unconfirmed(
                "staff@example.org", "Sam", "hash", EnumSet.of(Role.CENTER_STAFF), Locale.ENGLISH, NOW);
        assertEquals(List.of(Scope.READ, Scope.FILE, Scope.ACT_FOR_ORGANISATION), Scope.offeredTo(alice));
        assertEquals(List.of(Scope.values()), Scope.offeredTo(staff));
    }

    @Test
    void aDemoTokenHasItsPublishedValueAndEveryScopeAndExpires_RSEC3() {
        ApiToken.Issued demo = ApiToken.demo(alice, "concord_demo_alice", VALIDITY, NOW);
        assertEquals("concord_demo_alice", demo.plainValue());
        assertEquals(EnumSet.allOf(Scope.class), demo.token().scopes());
        assertEquals(NOW.plus(VALIDITY), demo.token().expiresAt());
        assertThrows(IllegalArgumentException.class, () -> ApiToken.demo(alice, "concord_secret", VALIDITY, NOW));
    }

    @Test
    void aTokenExpiresAfterTheDefaultValidityAndReadsOnlyByDefault_RSEC3() {
        ApiToken token =
                ApiToken.issue(alice, "script", List.of(), null, VALIDITY, NOW).token();
        assertEquals(NOW.plus(VALIDITY), token.expiresAt());
        assertEquals(Set.of(Scope.READ), token.scopes());
        assertTrue(token.allows(Scope.READ));
        assertFalse(token.allows(Scope.FILE));
        assertTrue(token.isUsableAt(NOW.plus(VALIDITY).minusSeconds(1)));
        assertFalse(token.isUsableAt(NOW.plus(VALIDITY)), "expired at its expiry");
        assertTrue(token.isExpiredAt(NOW.plus(VALIDITY)));
    }

    @Test
    void theOwnerMayChooseAShorterExpiryAndTheScopes_RSEC3() {
        Instant soon = NOW.plus(Duration.ofDays(7));
        ApiToken token = ApiToken.issue(alice, "ci", List.of(Scope.FILE, Scope.READ), soon, VALIDITY, NOW)
                .token();
        assertEquals(soon, token.expiresAt());
        assertEquals(Set.of(Scope.READ, Scope.FILE), token.scopes());
        assertFalse(token.allows(Scope.ADMINISTER));
        assertFalse(token.isUsableAt(soon.plusSeconds(1)));
    }

    @Test
    void anExpiryBeyondTheValidityOrInThePastIsRefused_RSEC3() {
        RuleViolation tooLate = assertThrows(
                RuleViolation.class,
                () -> ApiToken.issue(alice, "x", List.of(), NOW.plus(Duration.ofDays(91)), VALIDITY, NOW));
        assertEquals("R-SEC.3", tooLate.ruleId());
        assertEquals("/expiresAt", tooLate.field());
        assertEquals("rule.token.expiry", tooLate.messageKey());
        assertThrows(RuleViolation.class, () -> ApiToken.issue(alice, "x", List.of(), NOW, VALIDITY, NOW));
    }

    @Test
    void aRevokedTokenIsNotUsable_RSEC3() {
        ApiToken token =
                ApiToken.issue(alice, "x", List.of(), null, VALIDITY, NOW).token();
        token.revoke(NOW.plusSeconds(5));
        assertFalse(token.isUsableAt(NOW.plusSeconds(6)));
    }
}
