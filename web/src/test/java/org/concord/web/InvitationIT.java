package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.service.invitation.InvitationService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations end to end (R-ACC.1, issue 21), with the real mails GreenMail receives: staff invite a Neutral, who
 * creates the account through the link and signs in with the role; another signed-in address is refused; an expired
 * or a withdrawn link is refused and creates nothing, even when it lapses while the form is open (the expiry is moved
 * in the database, as RegistrationIT does: the server's clock is not moved); a mediation invitee without an account
 * joins through the link and sees the mediation (R-M1); a platform's manager invites a member who joins and sees the
 * organisation's Procedure (R-ACC.2, R-13.1).
 */
@ExtendWith(ArquillianExtension.class)
class InvitationIT {

    private static final String PATH = "/api/v1/account-invitations";
    private static final String STRONG = "Quartz-Lantern-Meadow-81";

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("R-ACC.1: the console's list of invitations pages on, unfiltered and filtered, past its first page")
    void theConsolesInvitationListPagesPastItsFirstPage_RACC1() {
        for (int i = 0; i <= InvitationService.PAGE_SIZE; i++) {
            HttpResponse<String> invited =
                    Http.as(base, DemoAccounts.STAFF).postJson(PATH, invitation("NEUTRAL", unique("paging")));
            assertEquals(201, invited.statusCode(), invited.body());
        }
        for (String filter : List.of("", "?state=OPEN")) {
            HttpResponse<String> page = Http.as(base, DemoAccounts.ADMIN).get("/console/invitations.xhtml" + filter);
            assertEquals(200, page.statusCode(), "the list " + filter + " renders, with a link to the next page");
            assertTrue(page.body().contains("id=\"next\""), page.body());
        }
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@invited.example";
    }

    private static String invitation(String kind, String email) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("email", email)
                .build()
                .toString();
    }

    private static Map<String, String> accountForm(String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Nadia Newcomer");
        fields.put("domicile", "FR");
        fields.put("language", "en");
        fields.put("password", password);
        fields.put("repeatPassword", password);
        fields.put("terms", "on");
        return fields;
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CONCORD_DB_URL"),
                System.getenv("CONCORD_DB_USER"),
                System.getenv("CONCORD_DB_PASSWORD"));
    }

    private static long accountsWith(String email) {
        try (Connection db = db();
                PreparedStatement count = db.prepareStatement("select count(*) from user_account where email = ?")) {
            count.setString(1, email);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expire(String email) {
        try (Connection db = db();
                PreparedStatement expire =
                        db.prepareStatement("update invitation set expires_at = ? where email = ?")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            expire.setString(2, email);
            assertEquals(1, expire.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Staff invite {@code email} as a Neutral; the link of the mail. */
    private String inviteNeutral(String email) {
        Set<String> before = InvitationMails.links(email);
        HttpResponse<String> invited = Http.as(base, STAFF).postJson(PATH, invitation("NEUTRAL", email));
        assertEquals(201, invited.statusCode(), invited.body());
        return InvitationMails.awaitNew(email, before);
    }

    /** The newest open invitation of {@code kind} to {@code email}. */
    private String id(String email, String kind) {
        return Http.json(Http.as(base, STAFF).get(PATH + "?state=OPEN"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("email").equals(email)
                        && i.getString("kind").equals(kind))
                .map(i -> i.getString("id"))
                .findFirst()
                .orElseThrow();
    }

    /** The link holder creates the account; the answer leads to sign-in, going on to what the invitation opened. */
    private String join(String link, String email) {
        HttpResponse<String> joined = new FacesClient(base).submit(link, "join", accountForm(STRONG), "joinAction");
        assertEquals(302, joined.statusCode(), joined.body());
        String location = joined.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?next="), location);
        assertEquals(1, accountsWith(email));
        return location;
    }

    @Test
    @DisplayName("R-ACC.1, R-ACC.5: staff invite a Neutral; the link creates the account with the role; it signs in")
    void staffInviteANeutralWhoCreatesTheAccountThroughTheLinkAndSignsIn_RACC1_RACC5() {
        String email = unique("nadia");
        HttpResponse<String> invited = Http.as(base, STAFF).postJson(PATH, invitation("NEUTRAL", email));
        assertEquals(201, invited.statusCode(), invited.body());
        JsonObject view = Http.json(invited);
        assertEquals("OPEN", view.getString("state"));
        assertEquals("NEUTRAL", view.getString("kind"));
        assertFalse(invited.body().contains("token"), "the token goes only into the mail");

        // R-ACC.1: the same answer for an address that has an account.
        HttpResponse<String> existing = Http.as(base, STAFF).postJson(PATH, invitation("NEUTRAL", ALICE));
        assertEquals(invited.statusCode(), existing.statusCode());
        assertEquals(view.keySet(), Http.json(existing).keySet());

        // R-ACC.5: only an administrator invites staff.
        HttpResponse<String> staffByStaff = Http.as(base, STAFF).postJson(PATH, invitation("STAFF", unique("s")));
        assertEquals(400, staffByStaff.statusCode(), staffByStaff.body());
        JsonObject error = Http.json(staffByStaff).getJsonArray("errors").getJsonObject(0);
        assertEquals("R-ACC.5", error.getString("rule"));
        assertEquals("/kind", error.getString("pointer"));
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson(PATH, invitation("NEUTRAL", unique("p")))
                        .statusCode());

        String link = InvitationMails.awaitNew(email, Set.of());
        HttpResponse<String> page = new FacesClient(base).get(link);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("act as a Neutral"), page.body());
        assertTrue(page.body().contains("id=\"join\""), "the account form, for the anonymous holder of the link");

        HttpResponse<String> weak =
                new FacesClient(base).submit(link, "join", accountForm("password1234"), "joinAction");
        assertEquals(200, weak.statusCode());
        Matcher atField = Pattern.compile("id=\"join:password-message\".{0,400}?R-ACC\\.4", Pattern.DOTALL)
                .matcher(weak.body());
        assertTrue(atField.find(), "refused at /password: " + weak.body());
        assertEquals(0, accountsWith(email), "nothing created");

        String location = join(link, email);
        String next = URLDecoder.decode(location.substring(location.indexOf("next=") + 5), StandardCharsets.UTF_8);
        assertEquals("/portal/invitations.xhtml", next);
        // R-SEC.2: a Neutral's password alone signs in nowhere: HTTP Basic is refused (it has no second step).
        assertEquals(
                401,
                Http.basic(base, email, STRONG).get("/api/v1/accounts/me").statusCode(),
                "no HTTP Basic for a Neutral");
        FacesClient session = new FacesClient(base);
        HttpResponse<String> signedIn = session.submit(
                "/login.xhtml?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8),
                "login",
                Map.of("email", email, "password", STRONG),
                "submit");
        assertEquals(302, signedIn.statusCode());
        // R-SEC.2: a Neutral signs in with a second factor: this one enrols it first, and then goes on to the list.
        assertTrue(
                signedIn.headers().firstValue("Location").orElse("").endsWith("/login-factor.xhtml"),
                signedIn.headers().toString());
        HttpResponse<String> enrolled = session.secondStepAnswer(email);
        assertTrue(enrolled.body().contains("id=\"recovery-codes\""), enrolled.body());
        HttpResponse<String> stored = session.submit("/login-factor.xhtml", "stored", Map.of(), "continue");
        assertTrue(
                stored.headers().firstValue("Location").orElse("").endsWith("/portal/invitations.xhtml"),
                "the login's next target is kept: " + stored.headers());
        assertEquals(200, session.get("/portal/invitations.xhtml").statusCode(), "a Neutral's list");

        HttpResponse<String> again = new FacesClient(base).get(link);
        assertTrue(again.body().contains("accepted already"), "it works once");
        assertFalse(again.body().contains("id=\"join\""));

        String account = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=" + email))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        JsonObject detail = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts/" + account));
        assertTrue(detail.getJsonArray("roles").toString().contains("NEUTRAL"), detail.toString());
        assertFalse(detail.getJsonArray("roles").toString().contains("PARTY"), detail.toString());
        assertTrue(
                detail.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getString("kind").equals("INVITATION_ACCEPTED")
                                && c.getString("role").equals("NEUTRAL")),
                "the grant is recorded (R-ACC.5): " + detail);
        assertTrue(
                Http.json(Http.as(base, STAFF).get(PATH + "?state=ACCEPTED")).getJsonArray("items").stream()
                        .anyMatch(i -> i.asJsonObject().getString("email").equals(email)),
                "listed as accepted");
    }

    @Test
    @DisplayName(
            "R-ACC.1, R-ACC.5: an administrator invites staff; the account accepts signed in and its session has the role at once")
    void anExistingAccountAcceptsSignedInAndItsSessionHasTheRoleAtOnce_RACC1_RACC5() {
        String email = unique("colleague");
        join(inviteNeutral(email), email);
        Set<String> before = InvitationMails.links(email);
        assertEquals(
                201,
                Http.as(base, ADMIN).postJson(PATH, invitation("STAFF", email)).statusCode());
        String link = InvitationMails.awaitNew(email, before);

        FacesClient session = new FacesClient(base);
        assertTrue(session.signIn(email, STRONG));
        assertEquals(403, session.get("/console/procedures.xhtml").statusCode(), "not staff yet");
        HttpResponse<String> page = session.get(link);
        assertTrue(page.body().contains("acceptAction"), page.body());
        HttpResponse<String> accepted = session.submit(link, "accept", Map.of(), "acceptAction");
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertTrue(
                accepted.headers().firstValue("Location").orElse("").endsWith("/console/procedures.xhtml"),
                accepted.headers().toString());
        assertEquals(200, session.get("/console/procedures.xhtml").statusCode(), "the session has the role at once");
        assertTrue(session.get(link).body().contains("accepted already"), "it works once");
    }

    @Test
    @DisplayName("R-ACC.1: a withdrawn invitation cannot be accepted; only its inviter, staff or managers withdraw")
    void aWithdrawnInvitationCannotBeAccepted_RACC1() {
        // Bob is a Party; an administrator invites him to the staff, and staff withdraw it before he accepts.
        Set<String> before = InvitationMails.links(BOB);
        assertEquals(
                201,
                Http.as(base, ADMIN).postJson(PATH, invitation("STAFF", BOB)).statusCode());
        String link = InvitationMails.awaitNew(BOB, before);
        String id = id(BOB, "STAFF");
        HttpResponse<String> byOutsider = Http.as(base, ALICE).delete(PATH + "/" + id);
        assertEquals(404, byOutsider.statusCode(), "an invitation is nobody else's business");
        HttpResponse<String> withdrawn = Http.as(base, STAFF).delete(PATH + "/" + id);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Http.json(withdrawn).getString("state"));
        HttpResponse<String> twice = Http.as(base, STAFF).delete(PATH + "/" + id);
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals("R-ACC.1", Http.json(twice).getString("rule"));

        FacesClient bob = new FacesClient(base);
        assertTrue(bob.signIn(BOB, Http.DEMO_PASSWORD));
        HttpResponse<String> page = bob.get(link);
        assertTrue(page.body().contains("was withdrawn"), page.body());
        assertFalse(page.body().contains("acceptAction"));
        assertEquals(403, bob.get("/console/procedures.xhtml").statusCode(), "not staff");
    }

    @Test
    @DisplayName("R-ACC.1: signed in with another address, the invitation is refused and nothing changes")
    void anotherAddressSignedInIsRefused_RACC1() {
        String email = unique("someone");
        String link = inviteNeutral(email);
        FacesClient alice = new FacesClient(base);
        assertTrue(alice.signIn(ALICE, Http.DEMO_PASSWORD));
        HttpResponse<String> page = alice.get(link);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("is for another e-mail address"), page.body());
        assertFalse(page.body().contains("acceptAction"), "no Accept for another address");
        assertFalse(page.body().contains("id=\"join\""), "no account form while signed in");
        alice.submit(link, "accept", Map.of(), "acceptAction");
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/invitations").statusCode(), "Alice is no Neutral");
        assertEquals(0, accountsWith(email));
        assertTrue(
                Http.json(Http.as(base, STAFF).get(PATH + "?state=OPEN")).getJsonArray("items").stream()
                        .anyMatch(i -> i.asJsonObject().getString("email").equals(email)),
                "still open for its address");
    }

    @Test
    @DisplayName("R-ACC.1: an expired or withdrawn link is refused, even with the form open, and creates nothing")
    void expiredAndWithdrawnLinksAreRefusedAndCreateNothing_RACC1() {
        String late = unique("late");
        String expiring = inviteNeutral(late);
        HttpResponse<String> expired =
                new FacesClient(base).submit(expiring, "join", accountForm(STRONG), "joinAction", () -> expire(late));
        assertEquals(200, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("has expired"), expired.body());
        assertEquals(0, accountsWith(late), "no account half-created");
        HttpResponse<String> reopened = new FacesClient(base).get(expiring);
        assertTrue(reopened.body().contains("has expired"));
        assertFalse(reopened.body().contains("id=\"join\""), "no form for an expired link");

        String gone = unique("gone");
        String withdrawing = inviteNeutral(gone);
        String id = id(gone, "NEUTRAL");
        HttpResponse<String> withdrawn = new FacesClient(base)
                .submit(
                        withdrawing,
                        "join",
                        accountForm(STRONG),
                        "joinAction",
                        () -> assertEquals(
                                200,
                                Http.as(base, STAFF).delete(PATH + "/" + id).statusCode()));
        assertEquals(200, withdrawn.statusCode());
        assertTrue(withdrawn.body().contains("was withdrawn"), withdrawn.body());
        assertEquals(0, accountsWith(gone));

        HttpResponse<String> unknown = new FacesClient(base).get("/invitation.xhtml?token=not-a-token");
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("invitation-invalid"), unknown.body());
    }

    @Test
    @DisplayName("R-ACC.1: an address with an account is told to sign in and open the link again")
    void anAddressWithAnAccountIsToldToSignIn_RACC1() {
        String link = inviteNeutral(ALICE);
        HttpResponse<String> refused = new FacesClient(base).submit(link, "join", accountForm(STRONG), "joinAction");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("has an account already"), refused.body());
        assertTrue(refused.body().contains("invitation-signin"), "the sign-in link that comes back here");
    }

    @Test
    @DisplayName("R-ACC.1, R-M1: a mediation invitee without an account joins through the link and sees the mediation")
    void aMediationInviteeWithoutAnAccountJoinsThroughTheLinkAndSeesTheMediation_RACC1_RM1() {
        String invitee = unique("mediator-party");
        HttpResponse<String> requested = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/mediations",
                        Json.createObjectBuilder()
                                .add("otherParty", invitee)
                                .add("summary", "Invitation test: a licence")
                                .add("language", "en")
                                .build()
                                .toString());
        assertEquals(201, requested.statusCode(), requested.body());
        String id = Http.json(requested).getString("id");
        String link = InvitationMails.awaitNew(invitee, Set.of());
        HttpResponse<String> page = new FacesClient(base).get(link);
        assertTrue(page.body().contains(Http.json(requested).getString("reference")), "which mediation");

        String location = join(link, invitee);
        assertTrue(URLDecoder.decode(location, StandardCharsets.UTF_8).endsWith("/mediation.xhtml?id=" + id), location);
        HttpResponse<String> seen = Http.basic(base, invitee, STRONG).get("/api/v1/mediations/" + id);
        assertEquals(200, seen.statusCode(), seen.body());
        HttpResponse<String> agreed =
                Http.basic(base, invitee, STRONG).postJson("/api/v1/mediations/" + id + "/agreement", "");
        assertEquals(200, agreed.statusCode(), agreed.body());

        // The requester learns nothing: an address with an account gets the same link.
        Set<String> before = InvitationMails.links(BOB);
        HttpResponse<String> toBob = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/mediations",
                        "{\"otherParty\":\"" + BOB + "\",\"summary\":\"Invitation test\",\"language\":\"en\"}");
        assertEquals(201, toBob.statusCode());
        assertEquals(Http.json(requested).keySet(), Http.json(toBob).keySet());
        InvitationMails.awaitNew(BOB, before);
    }

    @Test
    @DisplayName("R-ACC.2, R-ACC.1, R-13.1: a manager invites a member who joins and sees the organisation's Procedure")
    void aManagerInvitesAMemberWhoJoinsAndSeesTheOrganisationsProcedure_RACC2_RACC1_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String procedure = lifecycle.file(ALICE, "Invitation test: a new member of the platform.");
        lifecycle.commence(procedure);
        String streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
        String member = unique("colleague");

        HttpResponse<String> invited = DemoOrganisations.invite(base, PLATFORM, streamly, member, "MEMBER");
        assertEquals(201, invited.statusCode(), invited.body());
        assertEquals("MEMBER", Http.json(invited).getString("kind"));
        JsonObject managersView = Http.json(Http.as(base, PLATFORM).get("/api/v1/organisations/" + streamly));
        assertTrue(
                managersView.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(i -> i.getString("email").equals(member) && i.getBoolean("mayWithdraw")),
                "the manager sees the open invitation: " + managersView);
        HttpResponse<String> again =
                DemoOrganisations.invite(base, PLATFORM, streamly, DemoAccounts.PLATFORM_COUNSEL, "MEMBER");
        assertEquals(400, again.statusCode(), "an active member is not invited again");

        String link = InvitationMails.awaitNew(member, Set.of());
        HttpResponse<String> page = new FacesClient(base).get(link);
        assertTrue(page.body().contains(DemoOrganisations.STREAMLY), "which organisation");
        String location = join(link, member);
        assertTrue(
                URLDecoder.decode(location, StandardCharsets.UTF_8).endsWith("/organisation.xhtml?id=" + streamly),
                location);
        try {
            HttpResponse<String> seen = Http.basic(base, member, STRONG).get("/api/v1/procedures/" + procedure);
            assertEquals(200, seen.statusCode(), seen.body());
            assertEquals("RESPONDING_PARTY", Http.json(seen).getString("viewerRole"));
            JsonObject organisation =
                    Http.json(Http.basic(base, member, STRONG).get("/api/v1/organisations/" + streamly));
            assertFalse(organisation.getBoolean("mayManage"));
        } finally {
            assertEquals(
                    200,
                    DemoOrganisations.remove(base, PLATFORM, streamly, member).statusCode());
        }
    }

    @Test
    @DisplayName("R-ACC.3, R-ACC.1: a representative without an account joins through the authorisation's link")
    void aRepresentativeWithoutAnAccountJoinsThroughTheLinkAndActsForTheParty_RACC3_RACC1() {
        String procedure = new Lifecycle(base).file(ALICE, "Invitation test: a new representative.");
        String lawyer = unique("counsel");
        HttpResponse<String> authorised = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/representations",
                        "{\"email\":\"" + lawyer + "\",\"procedure\":\"" + procedure + "\"}");
        assertEquals(201, authorised.statusCode(), authorised.body());
        String representation = Http.json(authorised).getString("id");
        String link = InvitationMails.awaitNew(lawyer, Set.of());
        assertTrue(new FacesClient(base).get(link).body().contains("Alice Martin"), "whom to represent");

        String location = join(link, lawyer);
        assertTrue(
                URLDecoder.decode(location, StandardCharsets.UTF_8).endsWith("/portal/representation.xhtml"), location);
        HttpResponse<String> seen = Http.basic(base, lawyer, STRONG).get("/api/v1/procedures/" + procedure);
        assertEquals(200, seen.statusCode(), seen.body());
        assertEquals("REQUESTING_PARTY", Http.json(seen).getString("viewerRole"), "acts as the Party (R-13.1)");
        Smtp.await(
                m -> Smtp.recipient(m).equals(ALICE) && Smtp.subject(m).contains("your representative accepted"), 30);
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + representation + "/revoke", "{}")
                        .statusCode());
        assertEquals(
                404,
                Http.basic(base, lawyer, STRONG)
                        .get("/api/v1/procedures/" + procedure)
                        .statusCode());

        // An authorisation revoked before it was accepted takes its link with it.
        String other = unique("other-counsel");
        HttpResponse<String> second = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/representations", "{\"email\":\"" + other + "\",\"procedure\":\"" + procedure + "\"}");
        String otherLink = InvitationMails.awaitNew(other, Set.of());
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + Http.json(second).getString("id") + "/revoke", "{}")
                        .statusCode());
        HttpResponse<String> dead = new FacesClient(base).get(otherLink);
        assertTrue(dead.body().contains("was withdrawn"), dead.body());
        assertFalse(dead.body().contains("id=\"join\""));
    }

    @Test
    @DisplayName("R-ACC.1: staff list invitations by state, 20 a page; the list is documented in /openapi")
    void staffListInvitationsByState_RACC1() {
        inviteNeutral(unique("listed"));
        JsonObject open = Http.json(Http.as(base, STAFF).get(PATH + "?state=OPEN&page=0"));
        assertTrue(open.getJsonArray("items").size() >= 1);
        assertTrue(open.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.getString("state").equals("OPEN")));
        assertEquals(20, open.getInt("size"));
        HttpResponse<String> bad = Http.as(base, STAFF).get(PATH + "?state=SOMETIME");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(
                "/state", Http.json(bad).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertEquals(403, Http.as(base, ALICE).get(PATH).statusCode());
        String openapi = Http.anonymous(base).get("/openapi").body();
        assertTrue(openapi.contains("/api/v1/account-invitations"), "documented");
    }
}
