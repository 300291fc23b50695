package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-ACC.5 and R-ACC.6: what administrators may do to an account, and what its holder may do (issue 21). */
class AccountAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    private final UserAccount admin = account("ada@center.example", Role.CENTER_ADMIN);
    private final UserAccount alice = account("alice@example.org", Role.PARTY);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "hash", Set.of(role), Locale.ENGLISH, NOW.minusSeconds(3600));
    }

    @Test
    void theLastAdministratorCanNeitherBeDisabledNorLoseTheRole_R_ACC_5() {
        admin.grantRole(Role.CENTER_STAFF, admin, "also a case manager", NOW);
        assertFalse(admin.mayDisable(1));
        assertFalse(admin.mayWithdraw(Role.CENTER_ADMIN, 1));
        RuleViolation disabled = assertThrows(RuleViolation.class, () -> admin.disable(admin, "leaving", 1, NOW));
        assertEquals("R-ACC.5", disabled.ruleId());
        assertEquals("rule.account.lastAdministrator", disabled.messageKey());
        RuleViolation withdrawn = assertThrows(
                RuleViolation.class, () -> admin.withdrawRole(Role.CENTER_ADMIN, admin, "leaving", 1, NOW));
        assertEquals("rule.account.lastAdministrator", withdrawn.messageKey());
        assertTrue(admin.isUsable());
        assertTrue(admin.hasRole(Role.CENTER_ADMIN));
    }

    @Test
    void withASecondAdministratorTheFirstMayStepDown_R_ACC_5() {
        UserAccount second = account("bea@center.example", Role.CENTER_ADMIN);
        admin.grantRole(Role.CENTER_STAFF, second, "steps down to case work", NOW);
        assertTrue(admin.mayWithdraw(Role.CENTER_ADMIN, 2));
        AccountChange change = admin.withdrawRole(Role.CENTER_ADMIN, second, "steps down to case work", 2, NOW);
        assertEquals(AccountChange.Kind.ROLE_WITHDRAWN, change.kind());
        assertEquals(second, change.actor());
        assertFalse(admin.hasRole(Role.CENTER_ADMIN));
        assertFalse(admin.acceptsSessionFrom(NOW.minusSeconds(1)), "a withdrawal ends the sessions at once");
    }

    @Test
    void everyRoleChangeNeedsAReason_R_ACC_5() {
        for (String reason : new String[] {null, "", "   "}) {
            RuleViolation refused =
                    assertThrows(RuleViolation.class, () -> alice.grantRole(Role.NEUTRAL, admin, reason, NOW));
            assertEquals("R-ACC.5", refused.ruleId());
            assertEquals("/reason", refused.field());
            assertEquals("rule.account.reason", refused.messageKey());
        }
        assertThrows(RuleViolation.class, () -> alice.disable(admin, " ", 2, NOW));
        assertThrows(RuleViolation.class, () -> alice.forceReset(admin, null, NOW));
        assertFalse(alice.hasRole(Role.NEUTRAL));
        AccountChange granted = alice.grantRole(Role.NEUTRAL, admin, " Certified mediator ", NOW);
        assertEquals("Certified mediator", granted.reason().orElseThrow());
        assertEquals(Role.NEUTRAL, granted.role().orElseThrow());
    }

    @Test
    void onlyAnAdministratorChangesAccounts_R_ACC_5() {
        UserAccount staff = account("sam@center.example", Role.CENTER_STAFF);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> alice.disable(staff, "spam", 2, NOW));
        assertEquals("rule.account.administratorsOnly", refused.messageKey());
    }

    @Test
    void disablingEndsSessionsAndEnablingRestoresSignIn_R_ACC_5() {
        AccountChange disabled = alice.disable(admin, "abusive filings", 1, NOW);
        assertEquals(AccountChange.Kind.DISABLED, disabled.kind());
        assertFalse(alice.isUsable());
        assertFalse(alice.acceptsSessionFrom(NOW.minusSeconds(60)));
        assertThrows(RuleViolation.class, () -> alice.disable(admin, "again", 1, NOW));
        alice.enable(admin, "explained herself", NOW.plusSeconds(60));
        assertTrue(alice.isUsable());
        assertFalse(alice.acceptsSessionFrom(NOW.minusSeconds(60)), "old sessions stay ended");
        assertTrue(alice.acceptsSessionFrom(NOW.plusSeconds(120)));
    }

    @Test
    void aForcedResetEndsSessionsAndAsksForANewPassword_R_ACC_5() {
        alice.forceReset(admin, "password seen in a leak", NOW);
        assertTrue(alice.passwordChangeRequired());
        assertFalse(alice.acceptsSessionFrom(NOW.minusSeconds(1)));
    }

    @Test
    void closingIsRefusedWhileSomethingRunsAndSaysWhat_R_ACC_6() {
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> alice.closeAndErase(List.of("DCTI-2026-ABCD", "MED-XYZ"), 1, NOW));
        assertEquals("R-ACC.6", refused.ruleId());
        assertEquals("rule.account.running", refused.messageKey());
        assertEquals(List.of("DCTI-2026-ABCD, MED-XYZ"), refused.arguments());
        assertTrue(alice.isUsable());
        assertEquals("alice@example.org", alice.email());
    }

    @Test
    void closingPseudonymisesTheAccount_R_ACC_6() {
        alice.domicileIn(org.concord.domain.time.Domicile.parse("FR"));
        AccountChange closed = alice.closeAndErase(List.of(), 1, NOW);
        assertEquals(AccountChange.Kind.CLOSED, closed.kind());
        assertFalse(alice.isUsable());
        assertTrue(alice.email().endsWith(UserAccount.CLOSED_DOMAIN));
        assertFalse(alice.email().contains("alice"));
        assertFalse(alice.displayName().contains("alice"));
        assertTrue(alice.domicile().isEmpty());
        assertThrows(RuleViolation.class, () -> alice.grantRole(Role.NEUTRAL, admin, "why", NOW));
    }

    @Test
    void theLastAdministratorCannotCloseTheAccount_R_ACC_5() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> admin.closeAndErase(List.of(), 1, NOW));
        assertEquals("R-ACC.5", refused.ruleId());
    }

    @Test
    void anAccountKeepsOneRole_R_ACC_5() {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> alice.withdrawRole(Role.PARTY, admin, "why", 1, NOW));
        assertEquals("rule.account.lastRole", refused.messageKey());
    }

    @Test
    void onlyAnAdministratorLiftsASignInLockThatRuns_withAReason_R_SEC_1() {
        assertTrue(alice.mayLiftSignInLock(true));
        assertFalse(alice.mayLiftSignInLock(false));
        RuleViolation notLocked =
                assertThrows(RuleViolation.class, () -> alice.liftSignInLock(admin, "called us", false, NOW));
        assertEquals("R-SEC.1", notLocked.ruleId());
        assertEquals("rule.account.notLocked", notLocked.messageKey());
        assertEquals(
                "rule.account.administratorsOnly",
                assertThrows(RuleViolation.class, () -> alice.liftSignInLock(alice, "me", true, NOW))
                        .messageKey());
        assertEquals(
                "/reason",
                assertThrows(RuleViolation.class, () -> alice.liftSignInLock(admin, " ", true, NOW))
                        .field());
        AccountChange lifted = alice.liftSignInLock(admin, "She called from her usual number", true, NOW);
        assertEquals(AccountChange.Kind.SIGN_IN_UNLOCKED, lifted.kind());
        assertEquals(admin, lifted.actor());
    }
}
