package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-ACC.1, R-ACC.4 (issue 21): a registration, a reset and a change of password name every problem of one submission
 * at once, each at its field, so that a person corrects the form in one go.
 */
class RegistrationTest {

    private static final String STRONG = "Tulip-Granite-Orbit-42";

    private static List<String> fields(RuleViolation refused) {
        return assertInstanceOf(RuleViolations.class, refused).violations().stream()
                .map(RuleViolation::field)
                .toList();
    }

    private static List<String> keys(RuleViolation refused) {
        return ((RuleViolations) refused)
                .violations().stream().map(RuleViolation::messageKey).toList();
    }

    @Test
    @DisplayName("R-ACC.1, R-ACC.4: a bad address, an unknown country and a weak password are named at once")
    void aBadAddressAnUnknownCountryAndAWeakPasswordAreNamedAtOnce_RACC1_RACC4() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Registration.check(
                        "not-an-address",
                        "Dana",
                        "XX",
                        "fr",
                        Capacity.USER_NATURAL_PERSON,
                        "password1234",
                        "password1234",
                        true));
        assertEquals(List.of("/email", "/domicile", "/password"), fields(refused));
        assertEquals(
                List.of("rule.registration.email", "rule.registration.domicile", "rule.password.weak"), keys(refused));
        RuleViolation weak = ((RuleViolations) refused).violations().get(2);
        assertEquals("R-ACC.4", weak.ruleId());
        assertFalse(weak.arguments().get(0).toString().isBlank(), "the estimator's reason");
        assertEquals("R-ACC.1", refused.ruleId(), "the rule of the whole registration");
        assertEquals("/email", refused.field(), "a reader who shows one shows the first");
    }

    @Test
    @DisplayName("R-ACC.1: an empty form names every field it needs, in the order of the form")
    void anEmptyFormNamesEveryFieldInTheOrderOfTheForm_RACC1() {
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Registration.check(null, " ", null, null, null, null, null, false));
        assertEquals(
                List.of("/name", "/email", "/capacity", "/domicile", "/language", "/password", "/terms"),
                fields(refused));
    }

    @Test
    @DisplayName("R-ACC.1: one problem is refused as itself, not as a list of one")
    void oneProblemIsRefusedAsItself_RACC1() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Registration.check(
                        "dana@example.org", "Dana", "FR", "fr", Capacity.REPRESENTATIVE, STRONG, STRONG + "!", true));
        assertFalse(refused instanceof RuleViolations);
        assertEquals("/repeatPassword", refused.field());
        assertEquals("rule.password.mismatch", refused.messageKey());
    }

    @Test
    @DisplayName("R-ACC.4: a reset names a weak password and a differing repetition at once")
    void aResetNamesAWeakPasswordAndADifferingRepetitionAtOnce_RACC4() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> PasswordPolicy.requireNew("password1234", "password12345", List.of("dana@example.org")));
        assertEquals(List.of("/password", "/repeatPassword"), fields(refused));
        assertDoesNotThrow(() -> PasswordPolicy.requireNew(STRONG, STRONG, List.of("dana@example.org")));
    }

    @Test
    @DisplayName("R-ACC.4: a change names a wrong current password, a weak new one and a differing repetition at once")
    void aChangeNamesAWrongCurrentPasswordAWeakNewOneAndADifferingRepetitionAtOnce_RACC4() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> PasswordPolicy.requireChange(false, "guess", "x", "y", List.of("dana@example.org")));
        assertEquals(List.of("/currentPassword", "/password", "/repeatPassword"), fields(refused));
        assertEquals(
                List.of("rule.password.currentWrong", "rule.password.tooShort", "rule.password.mismatch"),
                keys(refused));
    }

    @Test
    @DisplayName("R-ACC.4: the new password must differ from the current one, said once at its field")
    void theNewPasswordMustDifferFromTheCurrentOne_RACC4() {
        RuleViolation same = assertThrows(
                RuleViolation.class, () -> PasswordPolicy.requireChange(true, STRONG, STRONG, STRONG, List.of()));
        assertEquals("rule.password.unchanged", same.messageKey());
        assertEquals("/password", same.field());
        // A weak password that is also the current one is refused as weak, once.
        RuleViolation weak = assertThrows(
                RuleViolation.class,
                () -> PasswordPolicy.requireChange(true, "password1234", "password1234", "password1234", List.of()));
        assertEquals("rule.password.weak", weak.messageKey());
        assertDoesNotThrow(
                () -> PasswordPolicy.requireChange(true, "Old-Harbour-Violin-27", STRONG, STRONG, List.of()));
    }
}
