package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-SEC.1 (issue 22): sign-in failures are throttled per account and per client address, with the defaults (account:
 * 2^k s of delay from the 5th failure, a 15-minute lock at the 10th; address: delay from the 20th, raised for the
 * test server to {@link #ADDRESS_DELAY_AFTER} so that the deliberate failures of the other tests, all from 127.0.0.1,
 * never add up to it). Each test comes from its own documentation address (TEST-NET, RFC 5737) through the local
 * proxy ({@code X-Forwarded-For} is trusted from 127.0.0.1); the account locked here is the demo Party Léa, kept for
 * it.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

    static final String LEA = "lea@concord.example";
    private static final String ME = "/api/v1/accounts/me";
    /** The test server's {@code concord.signin.address.delay-after} (web/pom.xml); 20 by default. */
    private static final int ADDRESS_DELAY_AFTER = Integer.getInteger("concord.signin.address.delay-after", 20);

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("R-SEC.1: an unknown account and a wrong password get the same answer, and both are throttled")
    void anUnknownAccountIsAnsweredAndThrottledLikeAKnownOne_R_SEC_1() {
        String from = "192.0.2.11";
        String nobody = "nobody-" + UUID.randomUUID() + "@concord.example";
        HttpResponse<String> unknown = basic(nobody, Http.DEMO_PASSWORD, from);
        HttpResponse<String> wrong = basic(ALICE, "not her password", from);
        assertEquals(401, unknown.statusCode());
        assertEquals(401, wrong.statusCode());
        assertEquals(unknown.body(), wrong.body(), "the same problem details");
        assertEquals(
                unknown.headers().firstValue("WWW-Authenticate"),
                wrong.headers().firstValue("WWW-Authenticate"));
        assertEquals(
                unknown.headers().firstValue("Content-Type"), wrong.headers().firstValue("Content-Type"));
        assertEquals(200, basic(ALICE, Http.DEMO_PASSWORD, from).statusCode(), "one failure costs nothing");
        for (int i = 2; i <= 5; i++) {
            assertEquals(401, basic(nobody, "guess " + i, from).statusCode());
        }
        // The 5th failure of an unknown name delays it like any other: its answer is the one of a wrong password.
        assertEquals(unknown.body(), basic(nobody, "guess 6", from).body());
    }

    @Test
    @DisplayName("R-SEC.1: the 5th failure delays, the 10th locks; the right password fails until staff lift the lock;"
            + " the holder is mailed once, in French")
    void failuresDelayThenLockUntilStaffLiftIt_R_SEC_1() throws Exception {
        String from = "192.0.2.22";
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, basic(LEA, "wrong " + i, from).statusCode());
        }
        assertEquals(401, basic(LEA, Http.DEMO_PASSWORD, from).statusCode(), "delayed: the right password is refused");
        Thread.sleep(2_000 * 2 + 200); // the 6th (refused) attempt counted too: 2^2 s after it
        assertEquals(
                200, basic(LEA, Http.DEMO_PASSWORD, from).statusCode(), "after the delay it signs in, count reset");

        String otherPlace = "198.51.100.33";
        HttpResponse<String> first = basic(LEA, "wrong again", otherPlace);
        for (int i = 2; i <= 10; i++) {
            assertEquals(
                    first.body(), basic(LEA, "wrong again " + i, otherPlace).body());
        }
        HttpResponse<String> locked = basic(LEA, Http.DEMO_PASSWORD, "203.0.113.44");
        assertEquals(401, locked.statusCode(), "locked: the right password fails, from anywhere");
        assertEquals(first.body(), locked.body(), "with the answer of a wrong password");
        assertFalse(
                new FacesClient(base, "203.0.113.44").signIn(LEA, Http.DEMO_PASSWORD), "the login form is locked too");

        Predicate<MimeMessage> lockMail =
                m -> Smtp.recipient(m).equals(LEA) && Smtp.subject(m).contains("connexion à votre compte est bloquée");
        MimeMessage mail = Smtp.await(lockMail, 30);
        assertTrue(mail.getContent().toString().contains("Mot de passe oublié"), "in Léa's language");
        Smtp.allowFurtherMail(2);
        assertEquals(1, Smtp.received(lockMail).size(), "once per lock, however many attempts follow");

        String id = idOf(LEA);
        JsonObject account = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + id));
        assertTrue(account.containsKey("signInRefusedUntil"), account.toString());
        assertTrue(account.getJsonObject("may").getBoolean("unlock"));
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson("/api/v1/accounts/" + id + "/unlock", "{\"reason\":\"me\"}")
                        .statusCode(),
                "only administrators lift a lock");

        FacesClient console = new FacesClient(base);
        assertTrue(console.signIn(ADMIN, Http.DEMO_PASSWORD));
        HttpResponse<String> page = console.get("/console/account.xhtml?id=" + id);
        assertTrue(page.body().contains("manage:unlock"), "the console offers to lift it");
        HttpResponse<String> lifted = console.submit(
                "/console/account.xhtml?id=" + id,
                "manage",
                Map.of("reason", "Léa called from her usual number"),
                "unlock");
        assertEquals(302, lifted.statusCode(), lifted.body());

        assertEquals(200, basic(LEA, Http.DEMO_PASSWORD, otherPlace).statusCode(), "lifted: she signs in");
        JsonObject after = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + id));
        assertFalse(after.getJsonObject("may").getBoolean("unlock"));
        JsonObject change = after.getJsonArray("changes").getJsonObject(0);
        assertEquals("SIGN_IN_UNLOCKED", change.getString("kind"), "recorded as an account change");
        assertEquals("Léa called from her usual number", change.getString("reason"));

        // R-SEC.7: the lock and its lifting are in the security log, by account id.
        JsonObject lockEntry = Http.json(
                        Http.as(base, ADMIN).get("/api/v1/security-log?type=SIGN_IN_LOCKED&account=" + id))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("key=account", lockEntry.getString("detail"));
        assertEquals("198.51.100.0/24", lockEntry.getString("network"));
        JsonObject liftEntry = Http.json(
                        Http.as(base, ADMIN).get("/api/v1/security-log?type=SIGN_IN_UNLOCKED&account=" + id))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(id, liftEntry.getString("account"));
        assertNotEquals(id, liftEntry.getString("actor"), "lifted by the administrator");

        HttpResponse<String> notLocked =
                Http.as(base, ADMIN).postJson("/api/v1/accounts/" + id + "/unlock", "{\"reason\":\"again\"}");
        assertEquals(409, notLocked.statusCode(), "nothing to lift: " + notLocked.body());
        assertEquals("R-SEC.1", Http.json(notLocked).getString("rule"));
    }

    @Test
    @DisplayName("R-SEC.1: the configured number of failures from one address, on any names, delay that address only")
    void oneAddressTryingManyNamesIsDelayed_R_SEC_1() {
        String from = "203.0.113.55";
        for (int i = 1; i <= ADDRESS_DELAY_AFTER; i++) {
            assertEquals(
                    401,
                    basic("nobody-" + UUID.randomUUID() + "@concord.example", "guess", from)
                            .statusCode());
        }
        assertEquals(
                401,
                basic(PasswordHashingIT.HUGO, Http.DEMO_PASSWORD, from).statusCode(),
                "the right password of a real account from that address is refused");
        assertEquals(
                200,
                basic(PasswordHashingIT.HUGO, Http.DEMO_PASSWORD, "203.0.113.56")
                        .statusCode(),
                "the same account from elsewhere signs in");
        assertNotEquals(from, "203.0.113.56");
    }

    private HttpResponse<String> basic(String email, String password, String forwardedFor) {
        return Http.basic(base, email, password).get(ME, "X-Forwarded-For", forwardedFor);
    }

    private String idOf(String email) {
        HttpResponse<String> found = Http.as(base, ADMIN).get("/api/v1/accounts?q=" + email);
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getJsonObject(0).getString("id");
    }
}
