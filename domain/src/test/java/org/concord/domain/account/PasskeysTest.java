package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.client.Origin;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * R-SEC.2 (issue 22): passkeys as a second factor and as a sign-in without a password: who may add and remove them,
 * what the browser is offered, and that nothing but a valid answer to this installation's own challenge is accepted.
 * A real authenticator's ceremony is {@code BrowserPasskeyIT}'s (Chromium's virtual authenticator).
 */
class PasskeysTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static final RelyingParty PARTY = RelyingParty.of("https://disputes.example.org/concord", "Concord");

    private static UserAccount account(Role role) {
        return new UserAccount(
                role.name().toLowerCase(Locale.ROOT) + "@center.example",
                "Someone",
                "hash",
                Set.of(role),
                Locale.ENGLISH,
                NOW.minusSeconds(3600));
    }

    private static Passkey passkey(UserAccount account, String name) {
        return new Passkey(account.id(), name, "cred-" + UUID.randomUUID(), "data", 0, true, false, false, NOW);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theRelyingPartyIsTheBaseAddressHostAnyPortSameScheme_R_SEC_2() {
        assertEquals("disputes.example.org", PARTY.id());
        assertTrue(PARTY.acceptsOrigin(new Origin("https://disputes.example.org")));
        assertTrue(PARTY.acceptsOrigin(new Origin("https://disputes.example.org:8443")));
        assertFalse(PARTY.acceptsOrigin(new Origin("http://disputes.example.org")), "not over plain http");
        assertFalse(PARTY.acceptsOrigin(new Origin("https://evil.example.org")));
        assertFalse(PARTY.acceptsOrigin(new Origin("https://disputes.example.org.evil.example")));
    }

    @Test
    void creationOptionsNameTheAccountByItsRandomHandleAndExcludeItsPasskeys_R_SEC_2() {
        UserAccount alice = account(Role.PARTY);
        Passkey laptop = passkey(alice, "Laptop");
        byte[] challenge = RelyingParty.newChallenge();
        JsonObject options = json(PARTY.creationOptions(alice, List.of(laptop), challenge));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(challenge), options.getString("challenge"));
        assertEquals(32, challenge.length, "WebAuthn asks for at least 16 random bytes");
        assertEquals("disputes.example.org", options.getJsonObject("rp").getString("id"));
        assertEquals(
                Base64.getUrlEncoder().withoutPadding().encodeToString(RelyingParty.userHandle(alice.id())),
                options.getJsonObject("user").getString("id"),
                "the handle is the account's random id, no personal data");
        assertEquals(
                laptop.credentialId(),
                options.getJsonArray("excludeCredentials").getJsonObject(0).getString("id"));
        assertEquals("none", options.getString("attestation"));
        assertEquals(
                -7, options.getJsonArray("pubKeyCredParams").getJsonObject(0).getInt("alg"), "ES256 first");
    }

    @Test
    void aSignInWithoutPasswordRequiresUserVerificationASecondStepOffersTheAccountsPasskeys_R_SEC_2() {
        UserAccount alice = account(Role.PARTY);
        Passkey laptop = passkey(alice, "Laptop");
        JsonObject passwordless = json(PARTY.requestOptions(List.of(), RelyingParty.newChallenge(), true));
        assertEquals("required", passwordless.getString("userVerification"));
        assertTrue(passwordless.getJsonArray("allowCredentials").isEmpty(), "the browser offers what it holds");
        JsonObject secondStep = json(PARTY.requestOptions(List.of(laptop), RelyingParty.newChallenge(), false));
        assertEquals("preferred", secondStep.getString("userVerification"));
        assertEquals(
                laptop.credentialId(),
                secondStep.getJsonArray("allowCredentials").getJsonObject(0).getString("id"));
    }

    @Test
    void anythingButAValidAnswerIsRefusedAndNothingIsStored_R_SEC_2() {
        UserAccount alice = account(Role.PARTY);
        byte[] challenge = RelyingParty.newChallenge();
        for (String answer : new String[] {null, "", "not json", "{}", "{\"id\":\"AAAA\",\"type\":\"public-key\"}"}) {
            RuleViolation refused = assertThrows(
                    RuleViolation.class, () -> PARTY.register(alice.id(), "Laptop", answer, challenge, NOW), answer);
            assertEquals("rule.passkey.refused", refused.messageKey());
            assertEquals("/passkey", refused.field());
            assertEquals(Optional.empty(), RelyingParty.credentialIdOf(answer), answer);
        }
        Passkey laptop = passkey(alice, "Laptop");
        SecondFactors factors = new SecondFactors(alice, Optional.empty(), List.of(laptop), List.of());
        assertEquals(Optional.empty(), factors.acceptPasskey(PARTY, "{}", challenge, NOW));
        assertFalse(factors.acceptPasskeyWithoutPassword(PARTY, "not json", challenge, NOW));
    }

    @Test
    void aPasskeyHasAShortNameOfItsOwn_R_SEC_2() {
        UserAccount alice = account(Role.PARTY);
        assertEquals(
                "rule.passkey.name",
                assertThrows(RuleViolation.class, () -> PARTY.register(alice.id(), " ", "{}", new byte[32], NOW))
                        .messageKey(),
                "the name is checked first: the holder fixes it before the authenticator is asked again");
        assertEquals(
                "rule.passkey.name",
                assertThrows(RuleViolation.class, () -> passkey(alice, "x".repeat(Passkey.NAME_MAX + 1)))
                        .messageKey());
        SecondFactors one = new SecondFactors(alice, Optional.empty(), List.of(passkey(alice, "Laptop")), List.of());
        assertEquals(
                "rule.passkey.nameTaken",
                assertThrows(RuleViolation.class, () -> one.addPasskey(passkey(alice, "laptop"), NOW))
                        .messageKey());
    }

    @Test
    void theFirstPasskeyBringsRecoveryCodesAndAccountsHaveAtMostTen_R_SEC_2() {
        UserAccount alice = account(Role.PARTY);
        SecondFactors none = new SecondFactors(alice, Optional.empty(), List.of(), List.of());
        assertTrue(none.mayAddPasskey());
        assertEquals(
                RecoveryCode.COUNT,
                none.addPasskey(passkey(alice, "Laptop"), NOW)
                        .orElseThrow()
                        .plain()
                        .size());
        List<Passkey> ten = new ArrayList<>();
        for (int i = 0; i < SecondFactors.PASSKEYS_MAX; i++) {
            ten.add(passkey(alice, "Key " + i));
        }
        SecondFactors full = new SecondFactors(alice, Optional.empty(), ten, List.of());
        assertTrue(full.hasFactor());
        assertFalse(full.mayAddPasskey());
        assertEquals(
                "rule.passkey.tooMany",
                assertThrows(RuleViolation.class, () -> full.addPasskey(passkey(alice, "Eleventh"), NOW))
                        .messageKey());
        SecondFactors some = new SecondFactors(alice, Optional.empty(), ten.subList(0, 2), List.of());
        assertEquals(Optional.empty(), some.addPasskey(passkey(alice, "Third"), NOW), "codes exist already");
    }

    @Test
    void aPasskeyGoesWithThePasswordButNotTheLastFactorOfARoleThatRequiresOne_R_SEC_2() {
        UserAccount staff = account(Role.CENTER_STAFF);
        Passkey key = passkey(staff, "Key");
        SecondFactors onlyKey = new SecondFactors(staff, Optional.empty(), List.of(key), List.of());
        assertFalse(onlyKey.secondStepRequired() && onlyKey.enrolmentRequired(), "a passkey is a factor");
        assertFalse(onlyKey.mayRemovePasskey(key.id()));
        assertEquals(
                "rule.factor.required",
                assertThrows(RuleViolation.class, () -> onlyKey.requirePasskeyRemoval(key.id(), true))
                        .messageKey());
        TotpFactor app = TotpFactor.forDemo(staff.id(), TotpFactor.newSecret(), NOW);
        SecondFactors keyAndApp = new SecondFactors(staff, Optional.of(app), List.of(key), List.of());
        assertTrue(keyAndApp.mayRemovePasskey(key.id()));
        assertTrue(keyAndApp.mayRemove(), "either may go while the other stays");
        assertEquals(
                "rule.factor.password",
                assertThrows(RuleViolation.class, () -> keyAndApp.requirePasskeyRemoval(key.id(), false))
                        .messageKey());
        assertEquals(key, keyAndApp.requirePasskeyRemoval(key.id(), true));
        assertFalse(keyAndApp.isLastFactor(), "the recovery codes stay");
        assertThrows(NotFound.class, () -> keyAndApp.requirePasskeyRemoval(UUID.randomUUID(), true), "not theirs");

        UserAccount alice = account(Role.PARTY);
        Passkey hers = passkey(alice, "Phone");
        SecondFactors partyKey = new SecondFactors(alice, Optional.empty(), List.of(hers), List.of());
        assertTrue(partyKey.mayRemovePasskey(hers.id()));
        assertTrue(partyKey.isLastFactor(), "the recovery codes go with it");
        assertFalse(partyKey.mayReplace(), "there is no app to replace");
        assertTrue(partyKey.mayRegenerateRecoveryCodes());
    }
}
