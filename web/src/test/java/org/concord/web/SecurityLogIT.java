package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.concord.web.DemoAccounts.TRADEMARK_NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-SEC.7 (issue 22): the security log records sign-ins, failures, password changes and resets, token operations,
 * role and account changes and the administrators' configuration changes, with account ids and a shortened network
 * only; administrators alone search it (API and console). Locks and lifted locks are asserted in
 * {@link SignInThrottlingIT}, where they happen.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityLogIT {

    private static final String STRONG = Registrations.STRONG;
    private static final Pattern LINK =
            Pattern.compile("https?://\\S+?(/(?:confirm|reset-password)\\.xhtml\\?token=[\\w-]+)");

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("R-SEC.7: a person's sign-ins, failures, passwords, tokens and account changes are logged by id")
    void accountEventsAreLoggedWithIdsAndAShortenedNetwork_R_SEC_7() throws Exception {
        String email = "logged-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email);
        String id = accountId(email);

        assertTrue(new FacesClient(base, "192.0.2.77").signIn(email, STRONG), "form sign-in");
        assertEquals(
                401,
                Http.basic(base, email, "not it")
                        .get("/api/v1/accounts/me", "X-Forwarded-For", "192.0.2.78")
                        .statusCode());
        JsonObject signedIn = only(entries(id, "SIGN_IN_SUCCEEDED"), "via=form");
        assertEquals("192.0.2.0/24", signedIn.getString("network"), "the /24, never the address");
        assertEquals(id, signedIn.getString("account"));
        JsonObject failed = only(entries(id, "SIGN_IN_FAILED"), "reason=wrong-password");
        assertEquals("via=basic,reason=wrong-password", failed.getString("detail"));

        HttpResponse<String> issued =
                Http.basic(base, email, STRONG).postJson("/api/v1/tokens", "{\"label\":\"logged\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        String token = Http.json(issued).getString("id");
        assertEquals(
                204,
                Http.basic(base, email, STRONG)
                        .delete("/api/v1/tokens/" + token)
                        .statusCode());
        assertTrue(only(entries(id, "TOKEN_ISSUED"), token)
                .getString("detail")
                .startsWith("token=" + token + " scopes=READ expires="));
        assertEquals("token=" + token, only(entries(id, "TOKEN_REVOKED"), token).getString("detail"));
        String secret = Http.json(issued).getString("token");

        String newPassword = "Juniper-Compass-Ember-58";
        FacesClient mine = new FacesClient(base);
        assertTrue(mine.signIn(email, STRONG));
        assertEquals(
                302,
                mine.submit(
                                "/account/password.xhtml",
                                "change",
                                Map.of(
                                        "currentPassword",
                                        STRONG,
                                        "password",
                                        newPassword,
                                        "repeatPassword",
                                        newPassword),
                                "submit")
                        .statusCode());
        assertEquals(id, only(entries(id, "PASSWORD_CHANGED"), "").getString("actor"));

        new FacesClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
        String reset = link(mailTo(email, "choisissez un nouveau mot de passe"));
        assertEquals(
                302,
                new FacesClient(base)
                        .submit(reset, "reset", Map.of("password", STRONG, "repeatPassword", STRONG), "submit")
                        .statusCode());
        only(entries(id, "PASSWORD_RESET"), "");

        String admin = accountId(ADMIN);
        for (String[] change : new String[][] {
            {"roles/grant", "{\"role\":\"NEUTRAL\",\"reason\":\"Joins the list\"}", "ROLE_GRANTED"},
            {"roles/withdraw", "{\"role\":\"NEUTRAL\",\"reason\":\"Leaves the list\"}", "ROLE_WITHDRAWN"},
            {"disable", "{\"reason\":\"Abuse report 7\"}", "ACCOUNT_DISABLED"},
            {"enable", "{\"reason\":\"Cleared\"}", "ACCOUNT_ENABLED"},
            {"force-reset", "{\"reason\":\"Shared password\"}", "PASSWORD_RESET_FORCED"}
        }) {
            HttpResponse<String> done =
                    Http.as(base, ADMIN).postJson("/api/v1/accounts/" + id + "/" + change[0], change[1]);
            assertEquals(200, done.statusCode(), done.body());
            JsonObject entry = only(entries(id, change[2]), "");
            assertEquals(admin, entry.getString("actor"), change[2] + " names the administrator");
        }
        assertEquals("role=NEUTRAL", only(entries(id, "ROLE_GRANTED"), "").getString("detail"));

        String everything =
                Http.as(base, ADMIN).get("/api/v1/security-log?account=" + id).body();
        assertFalse(everything.contains("@"), "no address in the log: " + everything);
        assertFalse(everything.contains(STRONG) || everything.contains(newPassword), "no password");
        assertFalse(everything.contains(secret), "no token");
        assertFalse(everything.contains("Abuse report"), "no reason text (kept with the account's changes)");
        assertEquals(
                Http.json(Http.as(base, ADMIN).get("/api/v1/security-log?account=" + id))
                        .getInt("total"),
                Http.json(Http.as(base, ADMIN).get("/api/v1/security-log?account=" + enc(email)))
                        .getInt("total"),
                "an account is found by its id or its address");
    }

    @Test
    @DisplayName("R-SEC.7: a failure for an unknown name is logged without an account and without the name")
    void anUnknownNameIsLoggedWithoutItself_R_SEC_7() {
        String name = "ghost-" + System.nanoTime() + "@nowhere.example";
        assertEquals(
                401,
                Http.basic(base, name, "x")
                        .get("/api/v1/accounts/me", "X-Forwarded-For", "2001:db8:7:8::9")
                        .statusCode());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<JsonObject> failures = Http.json(Http.as(base, ADMIN)
                        .get("/api/v1/security-log?type=SIGN_IN_FAILED&from=" + today + "&to=" + today))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject entry = failures.stream()
                .filter(e -> "2001:db8:7::/48".equals(e.getString("network", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(failures.toString()));
        assertFalse(entry.containsKey("account"));
        assertEquals("via=basic,reason=unknown-name", entry.getString("detail"));
    }

    @Test
    @DisplayName("R-SEC.7: fee schedules, closures, Neutral profiles, analysis rules and statistics are logged")
    void administratorsConfigurationChangesAreLogged_R_SEC_7() {
        String admin = accountId(ADMIN);
        HttpResponse<String> schedule = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/fee-schedules",
                        "{\"validFrom\":\"2098-01-01\",\"filingFee\":1,\"administrationFee\":1,\"neutralFee\":1}");
        assertEquals(201, schedule.statusCode(), schedule.body());
        String scheduleId = Http.json(schedule).getString("id");
        assertEquals(
                204,
                Http.as(base, ADMIN)
                        .delete("/api/v1/fee-schedules/" + scheduleId)
                        .statusCode());
        assertEquals(
                "schedule=" + scheduleId + ",validFrom=2098-01-01",
                only(entries(admin, "FEE_SCHEDULE_ADDED"), scheduleId).getString("detail"));
        only(entries(admin, "FEE_SCHEDULE_WITHDRAWN"), scheduleId);

        HttpResponse<String> closure = Http.as(base, ADMIN)
                .postJson("/api/v1/closures", "{\"from\":\"2098-12-24\",\"to\":\"2098-12-26\",\"reason\":\"Winter\"}");
        assertEquals(201, closure.statusCode(), closure.body());
        String closureId = Http.json(closure).getString("id");
        assertEquals(
                204,
                Http.as(base, ADMIN).delete("/api/v1/closures/" + closureId).statusCode());
        only(entries(admin, "CLOSURE_ADDED"), closureId);
        only(entries(admin, "CLOSURE_REMOVED"), closureId);

        String profilePath = "/api/v1/neutrals/" + enc(TRADEMARK_NEUTRAL) + "/profile";
        String profile = Http.as(base, ADMIN).get(profilePath).body();
        assertEquals(200, Http.as(base, ADMIN).put(profilePath, profile).statusCode(), "the same profile, saved");
        assertEquals(
                accountId(TRADEMARK_NEUTRAL),
                only(entries(admin, "NEUTRAL_PROFILE_CHANGED"), "").getString("account"));

        JsonObject rule = Http.parse(
                        Http.anonymous(base).get("/api/v1/case-analysis/rules").body())
                .asJsonArray()
                .getJsonObject(0);
        String rulePath = "/api/v1/case-analysis/rules/" + rule.getString("id");
        assertEquals(200, Http.as(base, ADMIN).put(rulePath, rule.toString()).statusCode());
        only(entries(admin, "ANALYSIS_RULE_CHANGED"), rule.getString("id"));
        HttpResponse<String> copy = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/case-analysis/rules",
                        Json.createObjectBuilder(rule).remove("id").build().toString());
        assertTrue(copy.statusCode() == 200 || copy.statusCode() == 201, copy.body());
        String copyId = Http.json(copy).getString("id");
        assertEquals(
                204,
                Http.as(base, ADMIN)
                        .delete("/api/v1/case-analysis/rules/" + copyId)
                        .statusCode());
        only(entries(admin, "ANALYSIS_RULE_ADDED"), copyId);
        only(entries(admin, "ANALYSIS_RULE_REMOVED"), copyId);

        HttpResponse<String> defined = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"Logged\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}");
        String publication = Http.json(defined).getString("id");
        HttpResponse<String> ran = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + publication + "\",\"year\":2019,\"cutoff\":\"2019-12-31\"}");
        assertTrue(ran.statusCode() == 200 || ran.statusCode() == 201, ran.body());
        only(entries(admin, "STATISTICS_PUBLICATION_DEFINED"), publication);
        only(entries(admin, "STATISTICS_RUN"), publication);
    }

    @Test
    @DisplayName("R-SEC.7: only administrators read the log; filters are checked; the console page lists it")
    void onlyAdministratorsReadTheLog_R_SEC_7() {
        assertEquals(403, Http.as(base, STAFF).get("/api/v1/security-log").statusCode());
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/security-log").statusCode());
        assertEquals(401, Http.anonymous(base).get("/api/v1/security-log").statusCode());
        assertEquals(
                403, Http.as(base, STAFF).get("/console/security-log.xhtml").statusCode());
        // ASVS 16.3.2: a refused operation is logged for the caller, by method and path without its ids.
        String staff = accountId(STAFF);
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson("/api/v1/accounts/" + staff + "/unlock", "{\"reason\":\"curious\"}")
                        .statusCode());
        only(entries(ALICE, "ACCESS_REFUSED"), "op=GET /api/v1/security-log");
        JsonObject unlock = only(entries(ALICE, "ACCESS_REFUSED"), "op=POST /api/v1/accounts/:id/unlock");
        assertEquals(accountId(ALICE), unlock.getString("actor"));
        assertFalse(unlock.toString().contains(staff), "no id in the entry: " + unlock);

        HttpResponse<String> badType = Http.as(base, ADMIN).get("/api/v1/security-log?type=EVERYTHING");
        assertEquals(400, badType.statusCode(), badType.body());
        assertEquals("/type", pointer(badType));
        HttpResponse<String> backwards = Http.as(base, ADMIN).get("/api/v1/security-log?from=2026-12-05&to=2026-12-01");
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals("/to", pointer(backwards));
        assertEquals(
                0,
                Http.json(Http.as(base, ADMIN).get("/api/v1/security-log?from=2000-01-01&to=2000-01-31"))
                        .getInt("total"),
                "nothing happened in January 2000");

        FacesClient console = new FacesClient(base);
        assertTrue(console.signIn(ADMIN, Http.DEMO_PASSWORD));
        HttpResponse<String> page = console.get("/console/security-log.xhtml?type=SIGN_IN_SUCCEEDED");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"security-log\""), page.body());
        assertTrue(page.body().contains("Signed in"), "entries listed by their type's name");
    }

    private List<JsonObject> entries(String account, String type) {
        HttpResponse<String> found =
                Http.as(base, ADMIN).get("/api/v1/security-log?account=" + account + "&type=" + type);
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The one entry whose detail contains {@code part} (any entry when empty). */
    private static JsonObject only(List<JsonObject> entries, String part) {
        return entries.stream()
                .filter(e -> part.isEmpty() || e.getString("detail", "").contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry with " + part + " in " + entries));
    }

    private String accountId(String email) {
        HttpResponse<String> found = Http.as(base, ADMIN).get("/api/v1/accounts?q=" + enc(email));
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static String pointer(HttpResponse<String> problem) {
        return Http.json(problem).getJsonArray("errors").getJsonObject(0).getString("pointer");
    }

    private static MimeMessage mailTo(String email, String subjectPart) {
        return Smtp.await(
                m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains(subjectPart), 30);
    }

    private static String link(MimeMessage mail) {
        try {
            Matcher m = LINK.matcher(String.valueOf(mail.getContent()));
            assertTrue(m.find());
            return m.group(1);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
