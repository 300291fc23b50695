package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.concord.domain.LocalisedText;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-ACC.4: at least 12 characters, and not guessable as the strength estimator judges it. */
class PasswordPolicyTest {

    @Test
    void elevenCharactersAreTooShort_RACC4() {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> PasswordPolicy.require("kq7#Lm2!xZp", "/password", List.of()));
        assertEquals("R-ACC.4", refused.ruleId());
        assertEquals("/password", refused.field());
        assertEquals("rule.password.tooShort", refused.messageKey());
        assertEquals(List.of(12), refused.arguments());
    }

    @Test
    void aCommonPasswordIsRefusedWithTheEstimatorsReasonInThePagesLanguage_RACC4() {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> PasswordPolicy.require("password1234", "/password", List.of()));
        assertEquals("R-ACC.4", refused.ruleId());
        assertEquals("rule.password.weak", refused.messageKey());
        LocalisedText reason = (LocalisedText) refused.arguments().get(0);
        String english = reason.in(Locale.ENGLISH);
        String french = reason.in(Locale.FRENCH);
        String german = reason.in(Locale.GERMAN);
        assertTrue(english.toLowerCase(Locale.ROOT).contains("common"), english);
        assertFalse(english.equals(french), french);
        assertFalse(english.equals(german), german);
        assertFalse(german.isBlank());
    }

    @Test
    void theHoldersOwnAddressMakesAPasswordGuessable_RACC4() {
        assertDoesNotThrow(() -> PasswordPolicy.require("zorbulon-kwefta-quax", "/password", List.of()));
        assertThrows(
                RuleViolation.class,
                () -> PasswordPolicy.require(
                        "zorbulon-kwefta-quax", "/password", List.of("zorbulon-kwefta-quax@example.org")));
    }

    @Test
    void aLongUncommonPassphraseIsAccepted_RACC4() {
        assertDoesNotThrow(() -> PasswordPolicy.require("correct horse staple violet", "/password", List.of()));
        assertTrue(PasswordPolicy.accepts("Tulip-Granite-Orbit-42"));
    }

    @Test
    void theRepetitionMustMatch_RACC4() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> PasswordPolicy.requireRepeated("Tulip-Granite-Orbit-42", "Tulip-Granite-Orbit-43", "/repeat"));
        assertEquals("/repeat", refused.field());
        assertEquals("rule.password.mismatch", refused.messageKey());
    }

    @Test
    void aRegisteredCapacityIsKept_RACC1() {
        UserAccount account = UserAccount.unconfirmed(
                "bob@example.org",
                "Bob",
                "hash",
                java.util.Set.of(Role.PARTY),
                Locale.FRENCH,
                java.time.Instant.parse("2026-12-05T00:00:00Z"));
        account.registeredAs(Capacity.RIGHTHOLDER_LEGAL_PERSON);
        assertEquals(Capacity.RIGHTHOLDER_LEGAL_PERSON, account.capacity().orElseThrow());
        assertFalse(account.isUsable());
    }

    @Test
    void aRegistrationIsCheckedFieldByFieldAndMakesAnUnconfirmedParty_RACC1() {
        String strong = "Tulip-Granite-Orbit-42";
        assertEquals(
                "/terms",
                assertThrows(
                                RuleViolation.class,
                                () -> Registration.check(
                                        "bob@example.org",
                                        "Bob",
                                        "FR",
                                        "fr",
                                        Capacity.USER_NATURAL_PERSON,
                                        strong,
                                        strong,
                                        false))
                        .field());
        assertEquals(
                "/domicile",
                assertThrows(
                                RuleViolation.class,
                                () -> Registration.check(
                                        "bob@example.org",
                                        "Bob",
                                        "XX",
                                        "fr",
                                        Capacity.REPRESENTATIVE,
                                        strong,
                                        strong,
                                        true))
                        .field());
        assertEquals(
                "/password",
                assertThrows(
                                RuleViolation.class,
                                () -> Registration.check(
                                        "bob@example.org",
                                        "Bob",
                                        "FR",
                                        "fr",
                                        Capacity.REPRESENTATIVE,
                                        "password1234",
                                        "password1234",
                                        true))
                        .field());
        Registration registration =
                Registration.check("Bob@Example.org", "Bob", "de", "de", Capacity.REPRESENTATIVE, strong, strong, true);
        UserAccount account = registration.account("hash", "2026-12", java.time.Instant.parse("2026-12-05T00:00:00Z"));
        assertEquals("bob@example.org", account.email());
        assertTrue(account.hasRole(Role.PARTY));
        assertFalse(account.isConfirmed());
        assertEquals("2026-12", account.termsVersion().orElseThrow());
        assertEquals("DE", account.domicile().orElseThrow().toString());
        assertEquals(Locale.GERMAN, account.locale());
    }

    @Test
    void aSessionRenewedAtTheInstantOfAChangeGoesOnWhateverTheStoredPrecision_RACC4() {
        java.time.Instant created = java.time.Instant.parse("2026-12-05T00:00:00Z");
        UserAccount account = new UserAccount(
                "carol@example.org", "Carol", "hash", java.util.Set.of(Role.PARTY), Locale.ENGLISH, created);
        java.time.Instant change = java.time.Instant.parse("2026-12-05T10:00:00.123456789Z");
        account.changePassword("new-hash", change);
        assertTrue(account.acceptsSessionFrom(change), "the holder's own session, renewed at the change");
        assertFalse(account.acceptsSessionFrom(change.minusMillis(1)), "an older session ended");
    }
}
