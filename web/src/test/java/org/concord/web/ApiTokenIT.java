package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens: random, shown once, stored hashed, usable as Bearer, revocable, and only by their owner. R-SEC.3 (issue
 * 22): they expire, carry scopes, cannot issue or revoke tokens, administrators revoke anyone's, and issuing, refusing
 * and revoking are in the security log.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    @ArquillianResource
    private URL base;

    @Test
    void aTokenWorksUntilItsOwnerRevokesIt() {
        HttpResponse<String> issued = Http.as(base, ALICE)
                .postJson("/api/v1/tokens", "{\"label\":\"my script\",\"scopes\":[\"READ\",\"FILE\"]}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = Http.json(issued);
        String secret = token.getString("token");
        assertTrue(secret.startsWith("concord_") && secret.length() > 40, secret);

        Http bearer = Http.bearer(base, secret);
        HttpResponse<String> filed = bearer.postJson(
                "/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Filed with a token."));
        assertEquals(201, filed.statusCode(), filed.body());
        assertEquals(
                200,
                bearer.get("/api/v1/procedures/" + Http.json(filed).getString("id"))
                        .statusCode());

        HttpResponse<String> list = Http.as(base, ALICE).get("/api/v1/tokens");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("my script"));
        assertFalse(list.body().contains(secret), "the token is shown once only");

        String id = token.getString("id");
        assertEquals(404, Http.as(base, BOB).delete("/api/v1/tokens/" + id).statusCode(), "not Bob's token");
        assertEquals(204, Http.as(base, ALICE).delete("/api/v1/tokens/" + id).statusCode());
        assertEquals(401, bearer.get("/api/v1/tokens").statusCode(), "revoked");
    }

    @Test
    void aTokenNeedsALabel() {
        HttpResponse<String> refused = Http.as(base, ALICE).postJson("/api/v1/tokens", "{\"label\":\"\"}");
        assertEquals(400, refused.statusCode());
        assertEquals(
                "/label",
                Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    @DisplayName("R-SEC.3: a token reads only by default; outside its scopes it gets 403 naming the scope, logged")
    void aTokenIsRefusedOutsideItsScopes_R_SEC_3() {
        JsonObject issued = issue(ALICE, "{\"label\":\"reader\"}");
        assertEquals(
                List.of("READ"),
                issued.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        Http reader = Http.bearer(base, issued.getString("token"));
        assertEquals(200, reader.get("/api/v1/tokens/me").statusCode());

        HttpResponse<String> filing = reader.postJson(
                "/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Filed with a reading token."));
        assertEquals(403, filing.statusCode(), filing.body());
        JsonObject problem = Http.json(filing);
        assertEquals("urn:concord:problem:token-scope", problem.getString("type"));
        assertEquals("FILE", problem.getString("scope"));
        assertEquals("R-SEC.3", problem.getString("rule"));
        assertTrue(logged(ALICE, "TOKEN_REFUSED", "token=" + issued.getString("id") + " reason=scope missing=FILE"));

        String adminReader = Tokens.mint(base, ADMIN, "admin reader", "READ", "FILE");
        HttpResponse<String> log = Http.bearer(base, adminReader).get("/api/v1/security-log");
        assertEquals(403, log.statusCode(), "the security log needs ADMINISTER");
        assertEquals("ADMINISTER", Http.json(log).getString("scope"));
        String administrator = Tokens.mint(base, ADMIN, "admin", "ADMINISTER");
        assertEquals(
                200,
                Http.bearer(base, administrator).get("/api/v1/security-log").statusCode());
    }

    @Test
    @DisplayName("R-SEC.3: an expired token authenticates nothing, answered like an unknown one, and is logged")
    void anExpiredTokenIsRefusedLikeAnUnknownOne_R_SEC_3() throws SQLException {
        JsonObject issued = issue(ALICE, "{\"label\":\"short-lived\"}");
        Http bearer = Http.bearer(base, issued.getString("token"));
        assertEquals(200, bearer.get("/api/v1/tokens/me").statusCode());

        expire(issued.getString("id"));
        HttpResponse<String> expired = bearer.get("/api/v1/tokens/me");
        HttpResponse<String> unknown =
                Http.bearer(base, "concord_" + "x".repeat(43)).get("/api/v1/tokens/me");
        assertEquals(401, expired.statusCode());
        assertEquals(unknown.body(), expired.body(), "the same answer as an unknown token");
        assertTrue(logged(ALICE, "TOKEN_REFUSED", "token=" + issued.getString("id") + " reason=expired"));
    }

    @Test
    @DisplayName("R-SEC.3: the owner chooses a shorter expiry; a longer one than the configured validity is refused")
    void theOwnerChoosesAShorterExpiry_R_SEC_3() {
        Instant soon = Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonObject issued = issue(ALICE, "{\"label\":\"a week\",\"expiresAt\":\"" + soon + "\"}");
        assertEquals(soon, Instant.parse(issued.getString("expiresAt")));
        assertTrue(Http.as(base, ALICE).get("/api/v1/tokens").body().contains(soon.toString()), "listed with expiry");

        Instant tooLate = Instant.now().plus(Duration.ofDays(91));
        HttpResponse<String> refused = Http.as(base, ALICE)
                .postJson("/api/v1/tokens", "{\"label\":\"forever\",\"expiresAt\":\"" + tooLate + "\"}");
        assertFalse(refused.statusCode() < 300, refused.body());
        assertTrue(refused.body().contains("R-SEC.3"), refused.body());
    }

    @Test
    @DisplayName("R-SEC.3: a token, whatever its scopes, cannot issue or revoke tokens; the attempts are logged")
    void aTokenCannotIssueOrRevokeTokens_R_SEC_3() {
        JsonObject issued = issue(ALICE, "{\"label\":\"all\",\"scopes\":[\"READ\",\"FILE\",\"ACT_FOR_ORGANISATION\"]}");
        Http bearer = Http.bearer(base, issued.getString("token"));
        HttpResponse<String> minted = bearer.postJson("/api/v1/tokens", "{\"label\":\"child\"}");
        assertEquals(403, minted.statusCode(), minted.body());
        assertEquals("urn:concord:problem:session-required", Http.json(minted).getString("type"));
        assertEquals("R-SEC.3", Http.json(minted).getString("rule"));
        HttpResponse<String> revoked = bearer.delete("/api/v1/tokens/" + issued.getString("id"));
        assertEquals(403, revoked.statusCode(), revoked.body());
        assertEquals(200, bearer.get("/api/v1/tokens/me").statusCode(), "still valid: nothing was revoked");
        assertTrue(logged(ALICE, "TOKEN_REFUSED", "token=" + issued.getString("id") + " reason=session-required"));
        String scopes = "token=" + issued.getString("id") + " scopes=ACT_FOR_ORGANISATION+FILE+READ expires=";
        assertTrue(entries(ALICE, "TOKEN_ISSUED").stream()
                .anyMatch(e -> e.getString("detail", "").startsWith(scopes)));
    }

    @Test
    @DisplayName("R-SEC.3: an administrator revokes every token of an account on its console page, logged as actor")
    void anAdministratorRevokesAnAccountsTokens_R_SEC_3() {
        JsonObject issued = issue(BOB, "{\"label\":\"bob's script\"}");
        Http bearer = Http.bearer(base, issued.getString("token"));
        assertEquals(200, bearer.get("/api/v1/tokens/me").statusCode());
        String bob = accountId(BOB);
        String page = "/console/account.xhtml?id=" + bob;
        assertEquals(403, Http.as(base, ALICE).get(page).statusCode(), "the console is not a Party's");

        HttpResponse<String> account = Http.as(base, ADMIN).get(page);
        assertEquals(200, account.statusCode());
        FacesClient admin = PageSessions.client(base, ADMIN);
        HttpResponse<String> withoutReason = admin.postOn(page, account.body(), "tokens", "revoke-tokens");
        assertEquals(200, withoutReason.statusCode(), "refused at its field (R-ACC.5): " + withoutReason.statusCode());
        assertEquals(200, bearer.get("/api/v1/tokens/me").statusCode(), "nothing revoked without a reason");
        HttpResponse<String> revoked = admin.postOn(
                page, account.body(), "tokens", "revoke-tokens", "reason", "Leaked in a build log, ticket 7");
        assertEquals(302, revoked.statusCode(), revoked.body());
        String location = revoked.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> confirmed = admin.get(location.substring(location.indexOf("/console/")));
        assertTrue(confirmed.body().matches("(?s).*API tokens revoked: [1-9][0-9]*\\..*"), "the count is confirmed");
        assertEquals(401, bearer.get("/api/v1/tokens/me").statusCode(), "revoked by the administrator");
        JsonObject entry = entries(BOB, "TOKEN_REVOKED").stream()
                .filter(e -> e.getString("detail", "").startsWith("all count="))
                .findFirst()
                .orElseThrow();
        assertEquals(accountId(ADMIN), entry.getString("actor"));
        String changes = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + bob))
                .getJsonArray("changes")
                .toString();
        assertTrue(
                changes.contains("\"TOKENS_REVOKED\"") && changes.contains("Leaked in a build log, ticket 7"),
                "recorded with its reason among the account's changes: " + changes);
    }

    @Test
    @DisplayName(
            "R-SEC.2: HTTP Basic does not sign in an account with a second step: a wrong password's answer, logged,"
                    + " not counted; a Party's Basic still works")
    void basicIsRefusedForAnAccountWithASecondStep_R_SEC_2() {
        HttpResponse<String> wrong = Http.basic(base, ADMIN, "not-the-password").get("/api/v1/tokens/me");
        assertEquals(401, wrong.statusCode());
        // More right passwords than the delay allows failures (5): were they counted, the account would be delayed.
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> right =
                    Http.basic(base, ADMIN, Http.DEMO_PASSWORD).get("/api/v1/tokens/me");
            assertEquals(401, right.statusCode(), "the password alone is not enough");
            assertEquals(wrong.body(), right.body(), "the same answer as a wrong password");
            assertEquals(
                    wrong.headers().firstValue("WWW-Authenticate"),
                    right.headers().firstValue("WWW-Authenticate"),
                    "the same challenge (Bearer)");
        }
        assertEquals(
                401,
                Http.basic(base, ADMIN, Http.DEMO_PASSWORD)
                        .get("/console/accounts.xhtml")
                        .statusCode(),
                "nor on pages");
        assertTrue(logged(ADMIN, "SIGN_IN_FAILED", "via=basic,reason=second-step-required"), "R-SEC.7: logged as such");
        JsonObject admin = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + accountId(ADMIN)));
        assertTrue(
                !admin.containsKey("signInRefusedUntil") || admin.isNull("signInRefusedUntil"),
                "R-SEC.1: not counted as failures " + admin);
        assertTrue(
                new FacesClient(base).signIn(ADMIN, Http.DEMO_PASSWORD), "the form with its second step still works");

        assertEquals(200, Http.as(base, ALICE).get("/api/v1/tokens/me").statusCode(), "a Party's Basic still works");
    }

    /**
     * Issued by a Party with HTTP Basic (a token cannot issue tokens, R-SEC.3); an account with a second step mints
     * on the tokens page ({@link Tokens#mint}).
     */
    private JsonObject issue(String email, String body) {
        HttpResponse<String> issued =
                Http.basic(base, email, Http.DEMO_PASSWORD).postJson("/api/v1/tokens", body);
        assertEquals(201, issued.statusCode(), issued.body());
        return Http.json(issued);
    }

    private boolean logged(String email, String type, String detail) {
        return entries(email, type).stream()
                .anyMatch(e -> e.getString("detail", "").equals(detail));
    }

    private List<JsonObject> entries(String email, String type) {
        HttpResponse<String> found = Http.as(base, ADMIN)
                .get("/api/v1/security-log?account=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&type="
                        + type);
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private String accountId(String email) {
        HttpResponse<String> found =
                Http.as(base, ADMIN).get("/api/v1/accounts?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getJsonObject(0).getString("id");
    }

    /** R-SEC.3: as if the token's time had passed. */
    private static void expire(String tokenId) throws SQLException {
        try (Connection db = PasswordHashingIT.db();
                PreparedStatement write = db.prepareStatement("update api_token set expires_at = ? where id = ?")) {
            write.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
            write.setObject(2, UUID.fromString(tokenId));
            assertEquals(1, write.executeUpdate());
        }
    }
}
