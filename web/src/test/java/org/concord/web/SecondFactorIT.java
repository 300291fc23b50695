package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-SEC.2 (issue 22), over HTTP: a Neutral created by invitation enrols an authenticator at the first sign-in; later
 * sign-ins need a code, a wrong or replayed code is a counted sign-in failure (R-SEC.1) and logged (R-SEC.7); a
 * recovery code works once; a Party removes its factor only with its password, a Neutral never; an administrator's
 * reset is recorded. Each test uses accounts of its own and a client address of its own, so that no other test's
 * throttle counts move.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    private static final String STRONG = Registrations.STRONG;
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-7]{4}(?:-[a-z2-7]{4}){5})</code>");

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("R-SEC.2, R-SEC.4: a Neutral without a factor enrols at the first sign-in and is signed in only then")
    void aNeutralWithoutAFactorEnrolsAtTheFirstSignIn_RSEC2_RSEC4() {
        String email = invitedNeutral("enrol");
        FacesClient session = new FacesClient(base, "198.51.100.21");
        HttpResponse<String> password = session.signInWithPassword(email, STRONG);
        assertEquals(302, password.statusCode());
        assertTrue(password.headers().firstValue("Location").orElse("").endsWith(FacesClient.SECOND_STEP));
        assertEquals(302, session.get("/portal/invitations.xhtml").statusCode(), "not signed in by the password");
        HttpResponse<String> page = session.get(FacesClient.SECOND_STEP);
        assertTrue(page.body().contains("id=\"qr-code\"") && page.body().contains("src=\"data:image/png;base64,"));
        assertTrue(page.body().contains("id=\"totp-secret\""), "the secret as text, for typing it in");

        HttpResponse<String> enrolled = session.secondStepAnswer(email);
        assertEquals(200, enrolled.statusCode());
        assertEquals(10, recoveryCodes(enrolled).size(), "ten recovery codes, shown once");
        assertEquals(200, session.get("/portal/invitations.xhtml").statusCode(), "signed in once enrolled");
        assertEquals(
                recoveryCodes(enrolled),
                recoveryCodes(session.get("/account/security.xhtml")),
                "shown until the holder says they are stored, on any page that shows them");
        HttpResponse<String> stored = session.submit("/account/security.xhtml", "stored", Map.of(), "continue");
        assertEquals(302, stored.statusCode());
        assertFalse(
                session.get("/account/security.xhtml").body().contains("id=\"recovery-codes\""),
                "never shown again once stored");
        assertTrue(logged(email, "SECOND_FACTOR_ENROLLED"));
    }

    @Test
    @DisplayName(
            "R-SEC.2, R-SEC.1, R-SEC.7: a code signs in once; a wrong or replayed one is a counted, logged failure")
    void aCodeSignsInOnceAndAWrongOneIsACountedFailure_RSEC2_RSEC1() {
        String email = invitedNeutral("code");
        assertTrue(new FacesClient(base, "198.51.100.22").signIn(email, STRONG), "enrolled at the first sign-in");

        FacesClient wrong = new FacesClient(base, "198.51.100.22");
        assertEquals(302, wrong.signInWithPassword(email, STRONG).statusCode());
        HttpResponse<String> refused = wrong.submitCode(notAcceptedNow(email));
        assertEquals(200, refused.statusCode(), "stays on the second step");
        assertTrue(refused.body().contains("The code is not correct, or there were too many attempts"));
        assertEquals(302, wrong.get("/portal/invitations.xhtml").statusCode(), "not signed in");
        assertTrue(logged(email, "SECOND_FACTOR_FAILED", "reason=wrong-code"), "logged and counted (R-SEC.1)");

        String code = DemoTotp.code(email);
        HttpResponse<String> passed = wrong.submitCode(code);
        assertEquals(302, passed.statusCode(), passed.body());
        assertEquals(200, wrong.get("/portal/invitations.xhtml").statusCode(), "signed in with the right code");
        assertTrue(logged(email, "SECOND_FACTOR_ACCEPTED"));

        FacesClient replay = new FacesClient(base, "198.51.100.22");
        assertEquals(302, replay.signInWithPassword(email, STRONG).statusCode());
        assertEquals(200, replay.submitCode(code).statusCode(), "the same code again: refused (ASVS 6.5.1)");
        assertEquals(302, replay.get("/portal/invitations.xhtml").statusCode());
    }

    @Test
    @DisplayName("R-SEC.2: a recovery code signs in once")
    void aRecoveryCodeSignsInOnce_RSEC2() {
        String email = invitedNeutral("recovery");
        FacesClient first = new FacesClient(base, "198.51.100.23");
        assertEquals(302, first.signInWithPassword(email, STRONG).statusCode());
        List<String> codes = recoveryCodes(first.secondStepAnswer(email));

        FacesClient lost = new FacesClient(base, "198.51.100.23");
        assertEquals(302, lost.signInWithPassword(email, STRONG).statusCode());
        assertEquals(
                302,
                lost.submitCode(codes.get(0).toUpperCase(java.util.Locale.ROOT)).statusCode());
        assertEquals(200, lost.get("/portal/invitations.xhtml").statusCode());
        assertTrue(logged(email, "RECOVERY_CODE_USED", "left=9"));
        assertTrue(lost.get("/account/security.xhtml").body().contains("Unused recovery codes: 9"));

        FacesClient again = new FacesClient(base, "198.51.100.23");
        assertEquals(302, again.signInWithPassword(email, STRONG).statusCode());
        assertEquals(200, again.submitCode(codes.get(0)).statusCode(), "used up");
        assertEquals(302, again.get("/portal/invitations.xhtml").statusCode());
    }

    @Test
    @DisplayName(
            "R-SEC.2: a Party adds a factor and removes it only with its password; a Neutral replaces it, never removes it")
    void aPartyRemovesItsFactorWithItsPasswordANeutralNever_RSEC2() {
        String neutral = invitedNeutral("keeps");
        FacesClient neutralSession = new FacesClient(base, "198.51.100.24");
        assertTrue(neutralSession.signIn(neutral, STRONG));
        HttpResponse<String> neutralPage = neutralSession.get("/account/security.xhtml");
        assertTrue(neutralPage.body().contains("id=\"remove-refused\""), "no removal offered where it is required");
        assertFalse(neutralPage.body().contains("id=\"remove\""));
        // A new phone: the Neutral moves to another app with the password and the new app's code.
        HttpResponse<String> newApp =
                neutralSession.submit("/account/security.xhtml", "replaceStart", Map.of(), "start");
        assertTrue(newApp.body().contains("id=\"qr-code\""), newApp.body());
        String newCode = DemoTotp.enrolFromPage(neutral, newApp.body());
        HttpResponse<String> wrongPassword = neutralSession.postOn(
                "/account/security.xhtml",
                newApp.body(),
                "replace",
                Map.of("currentPassword", "not-it", "code", newCode),
                "submit");
        assertTrue(wrongPassword.body().contains("The current password is not correct."), wrongPassword.body());
        HttpResponse<String> replaced = neutralSession.postOn(
                "/account/security.xhtml",
                wrongPassword.body(),
                "replace",
                Map.of("currentPassword", STRONG, "code", newCode),
                "submit");
        assertEquals(10, recoveryCodes(replaced).size(), replaced.body());
        assertTrue(logged(neutral, "SECOND_FACTOR_ENROLLED", "replaced"));
        assertTrue(new FacesClient(base, "198.51.100.24").signIn(neutral, STRONG), "with the new app's code");

        String party = registeredParty();
        FacesClient session = new FacesClient(base, "198.51.100.24");
        assertTrue(session.signIn(party, STRONG), "a Party without a factor: the password alone");
        assertEquals(200, session.get("/account/security.xhtml").statusCode());
        // The page keeps the offered secret in its view: the enrolment is posted from the page that offered it.
        HttpResponse<String> offered = session.submit("/account/security.xhtml", "start", Map.of(), "start");
        assertEquals(200, offered.statusCode());
        assertTrue(offered.body().contains("id=\"qr-code\""), offered.body());
        HttpResponse<String> enrolled = session.postOn(
                "/account/security.xhtml",
                offered.body(),
                "enrol",
                Map.of("code", DemoTotp.enrolFromPage(party, offered.body())),
                "submit");
        assertEquals(200, enrolled.statusCode());
        assertEquals(10, recoveryCodes(enrolled).size(), enrolled.body());
        assertTrue(logged(party, "SECOND_FACTOR_ENROLLED"));

        FacesClient later = new FacesClient(base, "198.51.100.24");
        assertTrue(later.signIn(party, STRONG), "now with a code");
        HttpResponse<String> noPassword =
                later.submit("/account/security.xhtml", "remove", Map.of("currentPassword", "not-it"), "submit");
        assertTrue(noPassword.body().contains("The current password is not correct."), noPassword.body());
        HttpResponse<String> removed =
                later.submit("/account/security.xhtml", "remove", Map.of("currentPassword", STRONG), "submit");
        assertTrue(removed.body().contains("No authenticator app is set up."), removed.body());
        assertTrue(logged(party, "SECOND_FACTOR_REMOVED"));
        HttpResponse<String> plain = new FacesClient(base, "198.51.100.24").signInWithPassword(party, STRONG);
        assertFalse(plain.headers().firstValue("Location").orElse("").contains("login-factor"), "password alone");
    }

    @Test
    @DisplayName("R-SEC.2, R-SEC.7: an administrator resets a lost factor with a reason; recorded; enrolment follows")
    void anAdministratorResetsALostFactorAndItIsRecorded_RSEC2_RSEC7() {
        String email = invitedNeutral("lost");
        assertTrue(new FacesClient(base, "198.51.100.25").signIn(email, STRONG));
        String id = accountId(email);
        JsonObject before = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + id));
        assertTrue(before.getBoolean("secondFactor"));
        assertTrue(before.getJsonObject("may").getBoolean("resetSecondFactor"));
        assertEquals(
                403,
                Http.as(base, STAFF)
                        .postJson("/api/v1/accounts/" + id + "/second-factor/reset", "{\"reason\":\"lost\"}")
                        .statusCode(),
                "administrators only");
        HttpResponse<String> noReason =
                Http.as(base, ADMIN).postJson("/api/v1/accounts/" + id + "/second-factor/reset", "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode(), noReason.body());

        HttpResponse<String> reset = Http.as(base, ADMIN)
                .postJson("/api/v1/accounts/" + id + "/second-factor/reset", "{\"reason\":\"Phone lost, called in\"}");
        assertEquals(200, reset.statusCode(), reset.body());
        JsonObject after = Http.json(reset);
        assertFalse(after.getBoolean("secondFactor"));
        assertTrue(after.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("kind").equals("SECOND_FACTOR_RESET")
                        && c.getString("reason").equals("Phone lost, called in")));
        String adminId = accountId(ADMIN);
        assertTrue(Http.json(Http.as(base, ADMIN).get("/api/v1/security-log?type=SECOND_FACTOR_RESET&account=" + id))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(e -> adminId.equals(e.getString("actor", null))));
        assertTrue(
                new FacesClient(base, "198.51.100.25").secondStepAfterPasswordIsEnrolment(email, STRONG),
                "the Neutral enrols a new app at the next sign-in");
    }

    /** A code of {@code email}'s secret that the server does not accept now (no step within the window). */
    private static String notAcceptedNow(String email) {
        long step = Instant.now().getEpochSecond() / 30;
        Set<String> window = new java.util.HashSet<>();
        for (long s = step - 2; s <= step + 2; s++) {
            window.add(DemoTotp.codeAt(DemoTotp.secretOf(email), s));
        }
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", (n * 7919) % 1_000_000);
            if (!window.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static List<String> recoveryCodes(HttpResponse<String> page) {
        List<String> codes = new ArrayList<>();
        Matcher found = RECOVERY.matcher(page.body());
        while (found.find()) {
            codes.add(found.group(1));
        }
        return codes;
    }

    private boolean logged(String email, String type) {
        return logged(email, type, "");
    }

    private boolean logged(String email, String type, String detail) {
        return Http.json(Http.as(base, ADMIN).get("/api/v1/security-log?type=" + type + "&account=" + enc(email)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(e -> e.getString("detail", "").contains(detail));
    }

    private String invitedNeutral(String name) {
        return Registrations.invitedNeutral(base, name);
    }

    /** A Party registered and confirmed through the forms, in English. */
    private String registeredParty() {
        String email = "party-" + System.nanoTime() + "@factor.example";
        Registrations.confirmed(base, email, "en");
        return email;
    }

    private String accountId(String email) {
        HttpResponse<String> found = Http.as(base, ADMIN).get("/api/v1/accounts?q=" + enc(email));
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
