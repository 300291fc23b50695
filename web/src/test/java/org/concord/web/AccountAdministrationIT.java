package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.DORA;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-ACC.5 and R-ACC.6 (issue 21): administrators disable, enable and change accounts with a recorded reason, and
 * disabling ends a live form session and an API token at once; the last administrator stays; everyone exports and
 * closes their own account, never while something of theirs runs.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    @ArquillianResource
    private URL base;

    @Test
    void disablingEndsALiveSessionAndATokenAtOnceAndEnablingRestoresSignIn_R_ACC_5() {
        // An account of its own: disabling revokes every token of the account, for good (R-ACC.5).
        String person = "disabled-" + System.nanoTime() + "@example.org";
        Registrations.confirmed(base, person);
        String id = idOf(person);
        Browser session = Browser.signIn(base, person, Registrations.STRONG);
        assertEquals(200, session.get("/account/profile.xhtml").statusCode(), "signed in through the form");
        HttpResponse<String> issued =
                Http.basic(base, person, Registrations.STRONG).postJson("/api/v1/tokens", "{\"label\":\"a script\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        Http bearer = Http.bearer(base, Http.json(issued).getString("token"));
        assertEquals(200, bearer.get("/api/v1/accounts/me").statusCode());

        HttpResponse<String> disabled = Http.as(base, ADMIN)
                .postJson("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"Abusive filings, see ticket 42\"}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals("DISABLED", Http.json(disabled).getString("state"));

        HttpResponse<String> afterwards = session.get("/account/profile.xhtml");
        assertEquals(302, afterwards.statusCode(), "the live session is over");
        assertTrue(afterwards.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertEquals(401, bearer.get("/api/v1/accounts/me").statusCode(), "the token is revoked");
        assertEquals(
                401,
                Http.basic(base, person, Registrations.STRONG)
                        .get("/api/v1/accounts/me")
                        .statusCode());

        HttpResponse<String> enabled = Http.as(base, ADMIN)
                .postJson("/api/v1/accounts/" + id + "/enable", "{\"reason\":\"Explained on the phone\"}");
        assertEquals(200, enabled.statusCode(), enabled.body());
        assertEquals(
                200,
                Http.basic(base, person, Registrations.STRONG)
                        .get("/api/v1/accounts/me")
                        .statusCode(),
                "signs in again");
        assertEquals(
                200,
                Browser.signIn(base, person, Registrations.STRONG)
                        .get("/account/profile.xhtml")
                        .statusCode());
        assertEquals(401, bearer.get("/api/v1/accounts/me").statusCode(), "a revoked token stays revoked");

        JsonObject account = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + id));
        String changes = account.getJsonArray("changes").toString();
        assertTrue(changes.contains("\"DISABLED\"") && changes.contains("Abusive filings, see ticket 42"), changes);
        assertTrue(changes.contains("\"ENABLED\"") && changes.contains("Explained on the phone"), changes);
        assertTrue(changes.contains("Ada Administrator"), "who made the change: " + changes);
        String page =
                Http.as(base, ADMIN).get("/console/account.xhtml?id=" + id).body();
        assertTrue(page.contains("Abusive filings, see ticket 42") && page.contains("Explained on the phone"), page);
        assertFalse(page.contains("???"), page);
    }

    @Test
    void rolesAreGrantedAndWithdrawnWithAReasonAndRecorded_R_ACC_5() {
        String id = idOf(BOB);
        HttpResponse<String> noReason =
                Http.as(base, ADMIN).postJson("/api/v1/accounts/" + id + "/roles/grant", "{\"role\":\"NEUTRAL\"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        JsonObject error = Http.json(noReason).getJsonArray("errors").getJsonObject(0);
        assertEquals("/reason", error.getString("pointer"));
        assertEquals("R-ACC.5", error.getString("rule"));

        HttpResponse<String> granted = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/accounts/" + id + "/roles/grant",
                        "{\"role\":\"NEUTRAL\",\"reason\":\"Joins the panel\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        assertTrue(Http.json(granted).getJsonArray("roles").toString().contains("NEUTRAL"));
        HttpResponse<String> withdrawn = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/accounts/" + id + "/roles/withdraw",
                        "{\"role\":\"NEUTRAL\",\"reason\":\"Left the panel\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        JsonObject after = Http.json(withdrawn);
        assertFalse(after.getJsonArray("roles").toString().contains("NEUTRAL"));
        String changes = after.getJsonArray("changes").toString();
        assertTrue(changes.contains("ROLE_GRANTED") && changes.contains("Joins the panel"), changes);
        assertTrue(changes.contains("ROLE_WITHDRAWN") && changes.contains("Left the panel"), changes);
    }

    @Test
    void theLastAdministratorCanNeitherBeDisabledNorLoseTheRole_R_ACC_5() {
        String id = idOf(ADMIN);
        HttpResponse<String> disabled =
                Http.as(base, ADMIN).postJson("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"Leaving\"}");
        assertEquals(409, disabled.statusCode(), disabled.body());
        assertEquals("R-ACC.5", Http.json(disabled).getString("rule"));
        HttpResponse<String> withdrawn = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/accounts/" + id + "/roles/withdraw",
                        "{\"role\":\"CENTER_ADMIN\",\"reason\":\"Leaving\"}");
        assertEquals(400, withdrawn.statusCode(), withdrawn.body());
        JsonObject error = Http.json(withdrawn).getJsonArray("errors").getJsonObject(0);
        assertEquals("/role", error.getString("pointer"));
        assertEquals("R-ACC.5", error.getString("rule"));
        JsonObject admin = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + id));
        assertEquals("ACTIVE", admin.getString("state"));
        assertFalse(admin.getJsonObject("may").getBoolean("disable"));
        assertEquals(200, Http.as(base, ADMIN).get("/api/v1/accounts/me").statusCode());
    }

    @Test
    void onlyAdministratorsManageAccounts_R_ACC_5() {
        assertEquals(401, Http.anonymous(base).get("/api/v1/accounts").statusCode());
        assertEquals(401, Http.anonymous(base).get("/api/v1/accounts/me").statusCode());
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/accounts").statusCode());
        assertEquals(403, Http.as(base, STAFF).get("/api/v1/accounts?q=alice").statusCode());
        String id = idOf(ALICE);
        assertEquals(
                403,
                Http.as(base, BOB)
                        .postJson("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"I dislike her\"}")
                        .statusCode());
        assertEquals(403, Http.as(base, STAFF).get("/console/accounts.xhtml").statusCode());
        String openapi = Http.anonymous(base).get("/openapi").body();
        assertTrue(openapi.contains("accounts/me/export") && openapi.contains("roles/withdraw"), "documented");
    }

    @Test
    void theAdministratorFindsAccountsByNameOrAddressPageByPage_R_ACC_5() {
        JsonObject found = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=MARTIN"));
        assertEquals(1, found.getInt("total"));
        assertEquals(ALICE, found.getJsonArray("items").getJsonObject(0).getString("email"));
        JsonObject first = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=concord.example&page=0"));
        assertEquals(0, first.getInt("page"));
        assertTrue(first.getInt("total") >= 8, first.toString());
        String page = Http.as(base, ADMIN)
                .get("/console/accounts.xhtml?q=martin&page=0")
                .body();
        assertTrue(page.contains(ALICE) && !page.contains(BOB), page);
        assertFalse(page.contains("???"));
    }

    @Test
    void theAdministratorFindsTheActiveMembersOfAnOrganisationByItsNameAndSeesEachAccountsOrganisations_R_ACC_5() {
        String name = "Quillon Holdings " + System.nanoTime();
        java.util.Set<String> invitedBefore = InvitationMails.links(BOB);
        HttpResponse<String> created = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/organisations",
                        "{\"kind\":\"RIGHTHOLDER\",\"name\":\"" + name + "\",\"firstManager\":\"" + BOB + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String organisation = Http.json(created).getString("id");
        DemoOrganisations.accept(base, organisation, BOB, invitedBefore); // R-ACC.2: the first manager is invited
        String q = URLEncoder.encode(name.toLowerCase(java.util.Locale.ROOT), StandardCharsets.UTF_8);

        JsonObject found = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=" + q));
        assertEquals(1, found.getInt("total"), found.toString());
        JsonObject bob = found.getJsonArray("items").getJsonObject(0);
        assertEquals(BOB, bob.getString("email"), "found by the organisation's name, not by his own");
        assertTrue(
                bob.getJsonArray("organisations").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(o -> o.getString().equals(name)),
                bob.toString());
        // The unfiltered list (read from the name index, V24) shows each account's organisations too.
        JsonObject platform = null;
        for (int p = 0; platform == null; p++) {
            JsonObject listed = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?page=" + p));
            platform = listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("email").equals(DemoAccounts.PLATFORM))
                    .findFirst()
                    .orElse(null);
            assertTrue(platform != null || listed.getBoolean("more"), "listed: " + DemoAccounts.PLATFORM);
        }
        assertTrue(platform.getJsonArray("organisations").toString().contains("\"Streamly Ltd\""), platform.toString());
        String page = Http.as(base, ADMIN).get("/console/accounts.xhtml?q=" + q).body();
        assertTrue(page.contains(BOB) && page.contains(name), page);
        assertFalse(page.contains("???"));

        String bobsId = bob.getString("id");
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .delete("/api/v1/organisations/" + organisation + "/members/" + bobsId)
                        .statusCode());
        assertEquals(
                0,
                Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=" + q)).getInt("total"),
                "a member who left is no longer found by the organisation's name");
    }

    @Test
    void theHolderCorrectsTheAccountByApiTimeZoneIncluded_R_ACC_6() {
        String person = "zone-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, person);
        Http http = Http.basic(base, person, Registrations.STRONG);
        String me = "/api/v1/accounts/me";

        HttpResponse<String> zoned = http.put(
                me,
                "{\"displayName\":\"Zoe Zone\",\"language\":\"fr\",\"domicile\":\"FR\",\"timeZone\":\"America/New_York\"}");
        assertEquals(200, zoned.statusCode(), zoned.body());
        assertEquals("America/New_York", Http.json(zoned).getString("timeZone"));

        // Absent, the zone is kept; blank, Geneva's only.
        HttpResponse<String> kept =
                http.put(me, "{\"displayName\":\"Zoe Zone\",\"language\":\"en\",\"domicile\":\"FR\"}");
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals("America/New_York", Http.json(kept).getString("timeZone"));
        assertEquals("en", Http.json(kept).getString("language"));

        HttpResponse<String> unknown = http.put(
                me,
                "{\"displayName\":\"Zoe Zone\",\"language\":\"en\",\"domicile\":\"FR\",\"timeZone\":\"Mars/Olympus\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("R-ACC.6") && unknown.body().contains("/timeZone"), unknown.body());
        assertEquals("America/New_York", Http.json(http.get(me)).getString("timeZone"), "nothing changed");

        HttpResponse<String> cleared = http.put(
                me, "{\"displayName\":\"Zoe Zone\",\"language\":\"en\",\"domicile\":\"FR\",\"timeZone\":\"\"}");
        assertEquals(200, cleared.statusCode(), cleared.body());
        JsonObject geneva = Http.json(cleared);
        assertTrue(!geneva.containsKey("timeZone") || geneva.isNull("timeZone"), geneva.toString());
    }

    @Test
    void theExportHoldsTheCallersOwnDataAndNothingOfAnothers_R_ACC_6() {
        HttpResponse<String> export = Http.as(base, ALICE).get("/api/v1/accounts/me/export");
        assertEquals(200, export.statusCode(), export.body());
        JsonObject data = Http.json(export);
        assertEquals(ALICE, data.getJsonObject("account").getString("email"));
        assertFalse(data.getJsonArray("procedures").isEmpty(), "her Procedures with her role");
        assertEquals(
                "REQUESTING_PARTY",
                data.getJsonArray("procedures").getJsonObject(0).getString("role"));
        assertTrue(
                data.getJsonArray("filings").toString().contains("\"REQUEST\""),
                "the Requests she filed: " + data.getJsonArray("filings"));
        assertFalse(export.body().contains(BOB), "nothing of another person");
        assertFalse(export.body().contains("legal@streamly.example"), "nothing of another person");
        assertFalse(export.body().contains("Bob Becker"), "nothing of another person");
        assertEquals(
                200, Http.as(base, ALICE).get("/account/personal-data.json").statusCode());
        for (JsonValue mail : data.getJsonArray("mails")) {
            assertNotNull(mail.asJsonObject().getString("subject"));
        }
    }

    @Test
    void closingIsRefusedWhileSomethingRunsThenTheAddressChangesAndTheAccountCloses_R_ACC_6() {
        HttpResponse<String> refused = Http.as(base, ALICE).postJson("/api/v1/accounts/me/close", "{}");
        assertEquals(409, refused.statusCode(), refused.body());
        JsonObject problem = Http.json(refused);
        assertEquals("R-ACC.6", problem.getString("rule"));
        assertTrue(problem.getString("detail").contains("DCTI-"), problem.toString());
        assertEquals(200, Http.as(base, ALICE).get("/api/v1/accounts/me").statusCode(), "still open");

        String id = idOf(DORA);
        String newAddress = "dora.new@concord.example";
        assertEquals(
                202,
                Http.as(base, DORA)
                        .postJson("/api/v1/accounts/me/email", "{\"email\":\"" + newAddress + "\"}")
                        .statusCode());
        String link = text(Smtp.await(m -> Smtp.recipient(m).equals(newAddress), 30));
        Matcher token = Pattern.compile("token=([A-Za-z0-9_%-]+)").matcher(link);
        assertTrue(token.find(), link);
        String plain = java.net.URLDecoder.decode(token.group(1), StandardCharsets.UTF_8);
        assertEquals(
                204,
                Http.as(base, DORA)
                        .postJson("/api/v1/accounts/me/email/confirm", "{\"token\":\"" + plain + "\"}")
                        .statusCode());
        Smtp.await(m -> Smtp.recipient(m).equals(DORA), 30);
        assertEquals(401, Http.as(base, DORA).get("/api/v1/accounts/me").statusCode(), "the old address is gone");
        HttpResponse<String> again = Http.as(base, newAddress)
                .postJson("/api/v1/accounts/me/email/confirm", "{\"token\":\"" + plain + "\"}");
        assertEquals(400, again.statusCode(), "a link works once: " + again.body());

        assertEquals(
                204,
                Http.as(base, newAddress)
                        .postJson("/api/v1/accounts/me/close", "{}")
                        .statusCode());
        assertEquals(401, Http.as(base, newAddress).get("/api/v1/accounts/me").statusCode(), "closed");
        JsonObject closed = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + id));
        assertEquals("CLOSED", closed.getString("state"));
        assertFalse(closed.getString("email").contains("dora"), closed.toString());
        assertTrue(closed.getJsonArray("changes").toString().contains("EMAIL_CHANGED"));
        assertFalse(closed.getString("displayName").contains("Dora"), closed.toString());
        assertTrue(closed.getJsonArray("changes").toString().contains("CLOSED"));
        assertEquals(
                0,
                Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=dora")).getInt("total"));
    }

    private static String text(jakarta.mail.internet.MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String idOf(String email) {
        HttpResponse<String> found = Http.as(base, ADMIN).get("/api/v1/accounts?q=" + email);
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getJsonObject(0).getString("id");
    }

    /** A browser without JavaScript: cookies, the login form and its ViewState. */
    static final class Browser {

        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

        private final URI base;
        private final HttpClient client;

        private Browser(URL deployment) {
            this.base = Http.local(deployment);
            this.client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        static Browser signIn(URL deployment, String email, String password) {
            Browser browser = new Browser(deployment);
            String form = browser.get("/login.xhtml").body();
            Matcher viewState = VIEW_STATE.matcher(form);
            assertTrue(viewState.find(), form);
            String body = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState.group(1));
            HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(browser.base.resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(302, posted.statusCode(), posted.body());
            if (posted.headers().firstValue("Location").orElse("").contains("login-factor.xhtml")) {
                // R-SEC.2: the second step, with a code of the account's authenticator (DemoTotp).
                String step = browser.get("/login-factor.xhtml").body();
                Matcher stepState = VIEW_STATE.matcher(step);
                assertTrue(stepState.find(), step);
                HttpResponse<String> passed =
                        browser.send(HttpRequest.newBuilder(browser.base.resolve("login-factor.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("factor=factor&factor%3Acode="
                                        + enc(DemoTotp.code(email)) + "&factor%3Asubmit=&jakarta.faces.ViewState="
                                        + enc(stepState.group(1)) + nonce(step))));
                assertEquals(302, passed.statusCode(), passed.body());
            }
            return browser;
        }

        /** PrimeFaces' CSP nonce of a page, as its script adds it to a postback (R-SEC.4). */
        private static String nonce(String page) {
            Matcher nonce = Pattern.compile("\\bnonce=\"([^\"]+)\"").matcher(page);
            return nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "";
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path.substring(1))).GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(
                        request.header("Accept-Language", "en")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
