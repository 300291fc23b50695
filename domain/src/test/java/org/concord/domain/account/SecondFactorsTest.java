package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-SEC.2 (issue 22): TOTP second factors and recovery codes, who must have one and who may remove it. */
class SecondFactorsTest {

    /** RFC 6238 Appendix B's SHA-1 key ("12345678901234567890"), in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:10Z");

    private static UserAccount account(Role role) {
        return new UserAccount(
                role.name().toLowerCase(Locale.ROOT) + "@center.example",
                "Someone",
                "hash",
                Set.of(role),
                Locale.ENGLISH,
                NOW.minusSeconds(3600));
    }

    private static String codeAt(String secret, Instant at) {
        return TotpFactor.codeAt(secret, TotpFactor.stepAt(at));
    }

    @Test
    void codesAreThoseOfRfc6238_R_SEC_2() {
        // RFC 6238 Appendix B, SHA-1, T = 59 s and 1111111109 s; 8 digits there, the last 6 here.
        assertEquals("287082", codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
    }

    @Test
    void theCenterAndNeutralsMustHaveASecondFactorPartiesMay_R_SEC_2() {
        assertTrue(account(Role.CENTER_ADMIN).requiresSecondFactor());
        assertTrue(account(Role.CENTER_STAFF).requiresSecondFactor());
        assertTrue(account(Role.NEUTRAL).requiresSecondFactor());
        assertFalse(account(Role.PARTY).requiresSecondFactor());
        SecondFactors staffWithout = new SecondFactors(account(Role.CENTER_STAFF), Optional.empty(), List.of());
        assertTrue(staffWithout.secondStepRequired());
        assertTrue(staffWithout.enrolmentRequired());
        SecondFactors partyWithout = new SecondFactors(account(Role.PARTY), Optional.empty(), List.of());
        assertFalse(partyWithout.secondStepRequired());
        assertTrue(partyWithout.mayEnrol(), "anyone may add one");
    }

    @Test
    void enrolmentNeedsTheAppsCurrentCode_R_SEC_2() {
        UserAccount alice = account(Role.PARTY);
        String secret = TotpFactor.newSecret();
        SecondFactors none = new SecondFactors(alice, Optional.empty(), List.of());
        RuleViolation wrong = assertThrows(
                RuleViolation.class,
                () -> none.enrol(secret, "000000".equals(codeAt(secret, NOW)) ? "111111" : "000000", NOW));
        assertEquals("rule.factor.wrongCode", wrong.messageKey());
        assertEquals(
                "rule.factor.wrongCode",
                assertThrows(RuleViolation.class, () -> none.enrol(null, codeAt(secret, NOW), NOW))
                        .messageKey(),
                "no secret offered (the page was left open too long): refused like a wrong code");
        SecondFactors.Enrolment enrolment = none.enrol(secret, codeAt(secret, NOW), NOW);
        assertEquals(
                RecoveryCode.COUNT,
                enrolment.recoveryCodes().orElseThrow().plain().size());
        assertEquals(
                RecoveryCode.COUNT,
                new HashSet<>(enrolment.recoveryCodes().orElseThrow().plain()).size());
        SecondFactors enrolled = new SecondFactors(
                alice,
                Optional.of(enrolment.factor()),
                enrolment.recoveryCodes().orElseThrow().stored());
        assertTrue(enrolled.secondStepRequired(), "a Party with a factor is asked for it too");
        assertFalse(enrolled.mayEnrol());
        assertThrows(RuleViolation.class, () -> enrolled.enrol(secret, codeAt(secret, NOW.plusSeconds(30)), NOW));
    }

    @Test
    void aCodeIsAcceptedOnceAndOnlyWithinOneStepEitherSide_R_SEC_2_ASVS_6_5_1() {
        String secret = TotpFactor.newSecret();
        TotpFactor factor = TotpFactor.enrol(account(Role.NEUTRAL).id(), secret, codeAt(secret, NOW), NOW);
        assertFalse(factor.accept(codeAt(secret, NOW), NOW), "the enrolment's code is used up");
        Instant later = NOW.plusSeconds(300);
        assertFalse(factor.accept(codeAt(secret, later.minusSeconds(60)), later), "two steps ago: too old");
        assertFalse(factor.accept(codeAt(secret, later.plusSeconds(60)), later), "two steps ahead: too far");
        assertTrue(factor.accept(codeAt(secret, later.minusSeconds(30)), later), "one step ago: clocks drift");
        assertFalse(factor.accept(codeAt(secret, later.minusSeconds(30)), later), "but only once");
        String spaced = codeAt(secret, later).substring(0, 3) + " "
                + codeAt(secret, later).substring(3);
        assertTrue(factor.accept(spaced, later), "spaces are ignored");
        assertFalse(factor.accept(codeAt(secret, later), later.plusSeconds(1)), "replayed in the same step");
        assertFalse(factor.accept("12345", later.plusSeconds(30)));
        assertFalse(factor.accept(null, later.plusSeconds(30)));
    }

    @Test
    void aRecoveryCodeWorksOnce_R_SEC_2() {
        UserAccount staff = account(Role.CENTER_STAFF);
        String secret = TotpFactor.newSecret();
        SecondFactors.Enrolment enrolment =
                new SecondFactors(staff, Optional.empty(), List.of()).enrol(secret, codeAt(secret, NOW), NOW);
        List<RecoveryCode> stored =
                new ArrayList<>(enrolment.recoveryCodes().orElseThrow().stored());
        SecondFactors factors = new SecondFactors(staff, Optional.of(enrolment.factor()), stored);
        String code = enrolment.recoveryCodes().orElseThrow().plain().get(3);
        assertEquals(Optional.of(SecondFactors.Use.RECOVERY_CODE), factors.accept(code.toUpperCase(Locale.ROOT), NOW));
        assertEquals(RecoveryCode.COUNT - 1, factors.recoveryCodesLeft());
        assertEquals(Optional.empty(), factors.accept(code, NOW.plusSeconds(60)), "used up");
        assertEquals(Optional.empty(), factors.accept(RecoveryCode.newCode(), NOW), "not one of the account's");
        assertTrue(factors.mayRegenerateRecoveryCodes());
        assertEquals(
                RecoveryCode.COUNT, factors.regenerateRecoveryCodes(NOW).plain().size());
    }

    @Test
    void onlyAPartyMayRemoveItsFactorAndOnlyWithItsPassword_R_SEC_2() {
        for (Role role : Role.values()) {
            UserAccount holder = account(role);
            String secret = TotpFactor.newSecret();
            SecondFactors.Enrolment enrolment =
                    new SecondFactors(holder, Optional.empty(), List.of()).enrol(secret, codeAt(secret, NOW), NOW);
            SecondFactors factors = new SecondFactors(
                    holder,
                    Optional.of(enrolment.factor()),
                    enrolment.recoveryCodes().orElseThrow().stored());
            assertEquals(role == Role.PARTY, factors.mayRemove(), role.name());
            if (role == Role.PARTY) {
                RuleViolation noPassword = assertThrows(RuleViolation.class, () -> factors.requireRemoval(false));
                assertEquals("rule.factor.password", noPassword.messageKey());
                factors.requireRemoval(true);
            } else {
                RuleViolation required = assertThrows(RuleViolation.class, () -> factors.requireRemoval(true));
                assertEquals("rule.factor.required", required.messageKey());
            }
        }
    }

    @Test
    void anAdministratorResetsALostFactorWithAReasonAndTheSessionsEnd_R_SEC_2() {
        UserAccount admin = account(Role.CENTER_ADMIN);
        UserAccount neutral = account(Role.NEUTRAL);
        String secret = TotpFactor.newSecret();
        SecondFactors.Enrolment enrolment =
                new SecondFactors(neutral, Optional.empty(), List.of()).enrol(secret, codeAt(secret, NOW), NOW);
        SecondFactors factors = new SecondFactors(neutral, Optional.of(enrolment.factor()), List.of());
        assertThrows(RuleViolation.class, () -> neutral.resetSecondFactor(admin, " ", factors, NOW));
        assertThrows(RuleViolation.class, () -> neutral.resetSecondFactor(neutral, "lost phone", factors, NOW));
        AccountChange change = neutral.resetSecondFactor(admin, "lost phone", factors, NOW);
        assertEquals(AccountChange.Kind.SECOND_FACTOR_RESET, change.kind());
        assertFalse(neutral.acceptsSessionFrom(NOW.minusSeconds(1)));
        SecondFactors none = new SecondFactors(neutral, Optional.empty(), List.of());
        assertFalse(none.mayReset());
        RuleViolation nothing =
                assertThrows(RuleViolation.class, () -> neutral.resetSecondFactor(admin, "lost phone", none, NOW));
        assertEquals("rule.factor.none", nothing.messageKey());
        assertTrue(none.enrolmentRequired(), "the Neutral enrols again at the next sign-in");
    }

    @Test
    void aRequiredFactorIsReplacedWithThePasswordAndTheNewAppsCode_R_SEC_2() {
        UserAccount staff = account(Role.CENTER_STAFF);
        String old = TotpFactor.newSecret();
        SecondFactors.Enrolment enrolment =
                new SecondFactors(staff, Optional.empty(), List.of()).enrol(old, codeAt(old, NOW), NOW);
        SecondFactors factors = new SecondFactors(
                staff,
                Optional.of(enrolment.factor()),
                enrolment.recoveryCodes().orElseThrow().stored());
        assertTrue(factors.mayReplace());
        String fresh = TotpFactor.newSecret();
        Instant later = NOW.plusSeconds(120);
        RuleViolation noPassword =
                assertThrows(RuleViolation.class, () -> factors.replace(fresh, codeAt(fresh, later), false, later));
        assertEquals("rule.factor.password", noPassword.messageKey());
        assertThrows(RuleViolation.class, () -> factors.replace(fresh, codeAt(old, later), true, later));
        assertEquals(
                RecoveryCode.COUNT,
                factors.replace(fresh, codeAt(fresh, later), true, later)
                        .plain()
                        .size());
        Instant after = later.plusSeconds(60);
        assertFalse(enrolment.factor().accept(codeAt(old, after), after), "the old app's codes stop working");
        assertTrue(enrolment.factor().accept(codeAt(fresh, after), after));
    }
}
