package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.LAWYER;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.PLATFORM_COUNSEL;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-ACC.3, R-13.1: an authorised representative acts for the Party in the Procedures it covers (sees them, files as
 * that Party); staff and the other side see the authorisation; after the Party revokes it the representative gets,
 * at once, the very 404 of an outsider. A power of attorney answers the same whether or not it names a Party, and
 * counts once staff accept it; an authorisation for all covers the Party's mediations (R-M2), one for a mediation only
 * that one; a platform organisation's manager authorises for the organisation (R-ACC.2); representatives get their
 * Party's mails, once each (R-C1).
 */
@ExtendWith(ArquillianExtension.class)
class RepresentationIT {

    @ArquillianResource
    private URL base;

    private List<String> listed(String caller) {
        // R-PLAT.1: the list is paged by keyset; every page, following "next".
        List<String> ids = new java.util.ArrayList<>();
        String next = null;
        do {
            jakarta.json.JsonObject page = Http.parse(Http.as(base, caller)
                            .get("/api/v1/procedures/mine?size=100" + (next == null ? "" : "&after=" + next))
                            .body())
                    .asJsonObject();
            page.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
            next = page.containsKey("next") ? page.getString("next") : null;
        } while (next != null);
        return ids;
    }

    private static List<JsonObject> representatives(JsonObject view) {
        return view.getJsonArray("representatives").getValuesAs(JsonObject.class);
    }

    @Test
    void aliceLawyerSeesAndFilesInHerProcedureAndBothSidesAndStaffSeeTheAuthorisation_RACC3_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Representation test: the lawyer files.");
        lifecycle.commence(id);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        lifecycle.appoint(id, NEUTRAL);

        JsonObject lawyersView = Http.json(Http.as(base, LAWYER).get("/api/v1/procedures/" + id));
        assertEquals("REQUESTING_PARTY", lawyersView.getString("viewerRole"), lawyersView.toString());
        assertFalse(lawyersView.getBoolean("mayAuthoriseRepresentatives"), "a representative does not delegate");
        assertTrue(listed(LAWYER).contains(id), "the represented Party's Procedure is in the lawyer's list");
        assertEquals(
                200,
                Http.as(base, LAWYER).get("/api/v1/procedures/" + id + "/fees").statusCode());

        HttpResponse<String> filed = Http.as(base, LAWYER)
                .postJson("/api/v1/procedures/" + id + "/messages", "{\"text\":\"Counsel for Alice writes.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        HttpResponse<String> file = Http.as(base, ALICE).get("/api/v1/procedures/" + id + "/file");
        assertTrue(file.body().contains("Counsel for Alice writes."), "filed as Alice, in her file");

        for (String who : List.of(PLATFORM, STAFF, ALICE, NEUTRAL)) {
            JsonObject view = Http.json(Http.as(base, who).get("/api/v1/procedures/" + id));
            assertTrue(
                    representatives(view).stream()
                            .anyMatch(r -> r.getString("representativeEmail").equals(LAWYER)
                                    && r.getString("partyRole").equals("REQUESTING_PARTY")
                                    && r.getBoolean("allProcedures")
                                    && r.containsKey("since")),
                    who + " sees who represents whom since when: " + view.get("representatives"));
        }
        assertTrue(Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id))
                .getBoolean("mayAuthoriseRepresentatives"));
    }

    @Test
    void aRevokedRepresentativeGetsTheSame404AsAnOutsiderAtOnce_RACC3_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Representation test: revoked.");
        lifecycle.commence(id);
        assertEquals(404, Http.as(base, BOB).get("/api/v1/procedures/" + id).statusCode());

        HttpResponse<String> byOutsider = Http.as(base, BOB)
                .postJson("/api/v1/representations", "{\"email\":\"" + LAWYER + "\",\"procedure\":\"" + id + "\"}");
        assertEquals(404, byOutsider.statusCode(), "an outsider cannot even name the Procedure");
        HttpResponse<String> byLawyer = Http.as(base, LAWYER)
                .postJson("/api/v1/representations", "{\"email\":\"" + BOB + "\",\"procedure\":\"" + id + "\"}");
        // Issue 22's access matrix: the caller is refused (409 naming the rule), not a field of its body.
        assertEquals(409, byLawyer.statusCode(), byLawyer.body());
        assertEquals("R-ACC.3", Http.json(byLawyer).getString("rule"), "a representative does not delegate");
        HttpResponse<String> bad =
                Http.as(base, ALICE).postJson("/api/v1/representations", "{\"email\":\"not-an-address\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("R-ACC.3") && bad.body().contains("email"), bad.body());

        HttpResponse<String> invited = Http.as(base, ALICE)
                .postJson("/api/v1/representations", "{\"email\":\"" + BOB + "\",\"procedure\":\"" + id + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        String representation = Http.json(invited).getString("id");
        assertEquals("INVITED", Http.json(invited).getString("state"));
        Smtp.await(m -> Smtp.recipient(m).equals(BOB) && Smtp.subject(m).contains("Alice Martin"), 30);
        assertEquals(404, Http.as(base, BOB).get("/api/v1/procedures/" + id).statusCode(), "not before accepting");

        HttpResponse<String> wrongAddress =
                Http.as(base, PLATFORM).postJson("/api/v1/representations/" + representation + "/accept", "{}");
        assertEquals(404, wrongAddress.statusCode(), "another address learns nothing");
        HttpResponse<String> accepted =
                Http.as(base, BOB).postJson("/api/v1/representations/" + representation + "/accept", "{}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACTIVE", Http.json(accepted).getString("state"));
        assertEquals(
                "REQUESTING_PARTY",
                Http.json(Http.as(base, BOB).get("/api/v1/procedures/" + id)).getString("viewerRole"));
        String other = lifecycle.file(ALICE, "Representation test: not covered.");
        assertEquals(404, Http.as(base, BOB).get("/api/v1/procedures/" + other).statusCode(), "scope: one Procedure");

        HttpResponse<String> byRepresentative =
                Http.as(base, BOB).postJson("/api/v1/representations/" + representation + "/revoke", "{}");
        assertEquals(409, byRepresentative.statusCode(), "only the Party revokes");
        HttpResponse<String> revoked =
                Http.as(base, ALICE).postJson("/api/v1/representations/" + representation + "/revoke", "{}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", Http.json(revoked).getString("state"));

        HttpResponse<String> former = Http.as(base, BOB).get("/api/v1/procedures/" + id);
        HttpResponse<String> nowhere = Http.as(base, BOB).get("/api/v1/procedures/" + UUID.randomUUID());
        assertEquals(404, former.statusCode());
        assertEquals(nowhere.body(), former.body(), "the same 404 as a Procedure that does not exist");
        assertFalse(listed(BOB).contains(id), "nor in the former representative's list");
        HttpResponse<String> message =
                Http.as(base, BOB).postJson("/api/v1/procedures/" + id + "/messages", "{\"text\":\"Still here?\"}");
        assertEquals(404, message.statusCode());
        JsonObject alices = Http.json(Http.as(base, ALICE).get("/api/v1/representations"));
        assertTrue(
                alices.getJsonArray("given").getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("id").equals(representation)
                                && r.getString("state").equals("REVOKED")),
                "the record stays");
    }

    private static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);

    private HttpResponse<String> filePowerOfAttorney(String as, String reference, String partyEmail, byte[] document) {
        return Http.as(base, as)
                .postMultipart(
                        "/api/v1/representations/powers-of-attorney",
                        "document",
                        document == null ? null : "power-of-attorney.pdf",
                        document,
                        "reference",
                        reference,
                        "partyEmail",
                        partyEmail);
    }

    /** A filing's answer without what differs by nature (its id and instant) or was typed (reference, address). */
    private static JsonObject withoutOwnInput(JsonObject filed) {
        JsonObjectBuilder b = Json.createObjectBuilder(filed);
        for (String key : List.of("id", "createdAt", "reference", "partyEmail")) {
            b.remove(key);
        }
        return b.build();
    }

    private static JsonObject pendingOne(URL base, String id) {
        return Http.json(Http.as(base, STAFF).get("/api/v1/representations/powers-of-attorney?page=0"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not pending: " + id));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String pointer, String rule) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(
                answer.body().contains("\"pointer\":\"" + pointer + "\"")
                        && answer.body().contains(rule),
                "names " + pointer + " and " + rule + ": " + answer.body());
    }

    @Test
    void aPowerOfAttorneyAnswersTheSameWhetherOrNotItNamesAPartyAndCountsOnceStaffAcceptIt_RACC3_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Representation test: power of attorney.");
        lifecycle.commence(id);
        String reference =
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id)).getString("reference");

        HttpResponse<String> matched = filePowerOfAttorney(BOB, reference, ALICE, PDF);
        HttpResponse<String> wrongParty = filePowerOfAttorney(BOB, reference, "nobody@nowhere.example", PDF);
        HttpResponse<String> noSuchProcedure = filePowerOfAttorney(BOB, "DCTI-0000-0000", ALICE, PDF);
        for (HttpResponse<String> filed : List.of(matched, wrongParty, noSuchProcedure)) {
            assertEquals(202, filed.statusCode(), filed.body());
            assertEquals("PENDING", Http.json(filed).getString("state"));
        }
        assertEquals(withoutOwnInput(Http.json(matched)), withoutOwnInput(Http.json(wrongParty)), "R-13.1");
        assertEquals(withoutOwnInput(Http.json(matched)), withoutOwnInput(Http.json(noSuchProcedure)), "R-13.1");
        assertFalse(matched.body().contains(id), "the Procedure's id is not told");
        assertFalse(matched.body().contains("Alice Martin"), "nor the Party's name");
        assertEquals(404, Http.as(base, BOB).get("/api/v1/procedures/" + id).statusCode(), "pending: not yet in");

        assertProblem(filePowerOfAttorney(BOB, reference, ALICE, null), 400, "/document", "R-ACC.3");
        assertProblem(filePowerOfAttorney(BOB, "DCTI-7KQ9", ALICE, PDF), 400, "/reference", "R-ACC.3");
        assertProblem(filePowerOfAttorney(BOB, reference, "not-an-address", PDF), 400, "/partyEmail", "R-ACC.3");
        assertProblem(
                filePowerOfAttorney(BOB, reference, ALICE, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}),
                400,
                "/document",
                "R-C2");
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .get("/api/v1/representations/powers-of-attorney")
                        .statusCode(),
                "staff only");

        String matchedId = Http.json(matched).getString("id");
        String wrongId = Http.json(wrongParty).getString("id");
        JsonObject review = pendingOne(base, matchedId);
        assertTrue(review.getBoolean("matched"));
        assertEquals("REQUESTING_PARTY", review.getString("partyRole"));
        assertEquals(id, review.getString("procedure"));
        assertFalse(pendingOne(base, wrongId).getBoolean("matched"), "staff see that it names nobody");

        HttpResponse<byte[]> document =
                Http.as(base, STAFF).getBytes("/api/v1/representations/" + matchedId + "/document");
        assertEquals(200, document.statusCode());
        assertTrue(Arrays.equals(PDF, document.body()), "the document as filed");
        assertEquals(
                200,
                Http.as(base, BOB)
                        .getBytes("/api/v1/representations/" + matchedId + "/document")
                        .statusCode(),
                "its filer");
        assertEquals(
                404,
                Http.as(base, PLATFORM)
                        .getBytes("/api/v1/representations/" + matchedId + "/document")
                        .statusCode(),
                "the other side does not read it");

        String decision = "/api/v1/representations/" + wrongId + "/decision";
        assertProblem(Http.as(base, STAFF).postJson(decision, "{\"accepted\":false}"), 400, "/reason", "R-ACC.3");
        assertProblem(Http.as(base, STAFF).postJson(decision, "{\"accepted\":true}"), 400, "/accepted", "R-ACC.3");
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson(decision, "{\"accepted\":false,\"reason\":\"no\"}")
                        .statusCode());
        HttpResponse<String> refused = Http.as(base, STAFF)
                .postJson(decision, "{\"accepted\":false,\"reason\":\"The document names another Party.\"}");
        assertEquals(200, refused.statusCode(), refused.body());
        assertEquals("REFUSED", Http.json(refused).getString("state"));
        // Bob reads German: "abgelehnt" (refused), "angenommen" (accepted).
        MimeMessage refusal = Smtp.await(
                m -> Smtp.recipient(m).equals(BOB)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("abgelehnt"),
                30);
        assertTrue(body(refusal).contains("The document names another Party."), body(refusal));

        HttpResponse<String> accepted = Http.as(base, STAFF)
                .postJson("/api/v1/representations/" + matchedId + "/decision", "{\"accepted\":true}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(
                "REQUESTING_PARTY",
                Http.json(Http.as(base, BOB).get("/api/v1/procedures/" + id)).getString("viewerRole"),
                "in force: in the circle in the Party's role");
        Smtp.await(
                m -> Smtp.recipient(m).equals(BOB)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("angenommen"),
                30);
        Smtp.await(
                m -> Smtp.recipient(m).equals(ALICE)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("representative now acts for you"),
                30);

        Predicate<JsonObject> bobsPowerOfAttorney =
                r -> r.getString("representativeEmail").equals(BOB)
                        && r.getString("basis").equals("POWER_OF_ATTORNEY")
                        && !r.getBoolean("allProcedures");
        JsonObject staffsView = Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id));
        assertTrue(
                representatives(staffsView).stream().anyMatch(bobsPowerOfAttorney.and(r -> r.getBoolean("document"))),
                "staff see it and may download the document: " + staffsView.get("representatives"));
        JsonObject otherSide = Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/" + id));
        assertTrue(
                representatives(otherSide).stream().anyMatch(bobsPowerOfAttorney.and(r -> !r.getBoolean("document"))),
                "the other side sees who for whom, not the document: " + otherSide.get("representatives"));

        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + matchedId + "/revoke", "{}")
                        .statusCode());
        assertEquals(404, Http.as(base, BOB).get("/api/v1/procedures/" + id).statusCode(), "revoked: out at once");
        String stillPending = Http.json(noSuchProcedure).getString("id");
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(
                                "/api/v1/representations/" + stillPending + "/decision",
                                "{\"accepted\":false,\"reason\":\"No such Procedure.\"}")
                        .statusCode());
    }

    private static String body(MimeMessage m) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
    }

    private JsonObject mediation(String as, String id) {
        HttpResponse<String> read = Http.as(base, as).get("/api/v1/mediations/" + id);
        assertEquals(200, read.statusCode(), as + ": " + read.body());
        return Http.json(read);
    }

    private String aliceRequestsMediation(String summary) {
        HttpResponse<String> requested = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/mediations",
                        Json.createObjectBuilder()
                                .add("otherParty", "counterparty@elsewhere.example")
                                .add("summary", summary)
                                .add("language", "en")
                                .build()
                                .toString());
        assertEquals(201, requested.statusCode(), requested.body());
        return Http.json(requested).getString("id");
    }

    private String authorisedBob(String body) {
        HttpResponse<String> invited = Http.as(base, ALICE).postJson("/api/v1/representations", body);
        assertEquals(201, invited.statusCode(), invited.body());
        String representation = Http.json(invited).getString("id");
        HttpResponse<String> accepted =
                Http.as(base, BOB).postJson("/api/v1/representations/" + representation + "/accept", "{}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        return representation;
    }

    private List<String> mediationsOf(String as) {
        return Http.parse(Http.as(base, as).get("/api/v1/mediations").body()).asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("id"))
                .toList();
    }

    @Test
    void aRepresentativeForAllSeesThePartysMediationsAndRevokedGetsTheOutsiders404_RACC3_RM2() {
        String id = aliceRequestsMediation("Representation test: a mediation of Alice's.");
        JsonObject lawyers = mediation(LAWYER, id);
        assertEquals("REPRESENTATIVE", lawyers.getString("yourRole"), "Alice's lawyer, authorised for all");
        assertEquals("REQUESTING", lawyers.getString("yourSide"));
        assertTrue(mediationsOf(LAWYER).contains(id), "in the lawyer's list");
        assertTrue(
                mediation(ALICE, id).getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getString("email").equals(LAWYER)
                                && p.getString("role").equals("REPRESENTATIVE")),
                "the circle shows the authorised representative");

        assertEquals(404, Http.as(base, BOB).get("/api/v1/mediations/" + id).statusCode());
        String forAll = authorisedBob("{\"email\":\"" + BOB + "\"}");
        assertEquals("REPRESENTATIVE", mediation(BOB, id).getString("yourRole"));
        assertTrue(mediationsOf(BOB).contains(id));
        HttpResponse<String> revoked =
                Http.as(base, ALICE).postJson("/api/v1/representations/" + forAll + "/revoke", "{}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        HttpResponse<String> former = Http.as(base, BOB).get("/api/v1/mediations/" + id);
        HttpResponse<String> nowhere = Http.as(base, BOB).get("/api/v1/mediations/" + UUID.randomUUID());
        assertEquals(404, former.statusCode());
        assertEquals(nowhere.body(), former.body(), "the same 404 as a mediation that does not exist");
        assertFalse(mediationsOf(BOB).contains(id), "nor in the list");

        String reference = mediation(ALICE, id).getString("reference");
        HttpResponse<String> closed = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/mediations/" + id + "/closure", "{\"reason\":\"The other Party cannot be reached.\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        Smtp.await(m -> Smtp.recipient(m).equals(LAWYER) && Smtp.subject(m).contains(reference), 30);
        Smtp.allowFurtherMail(2);
        assertEquals(
                0,
                Smtp.received(m ->
                                Smtp.recipient(m).equals(BOB) && Smtp.subject(m).contains(reference))
                        .size(),
                "the lawyer in force is told the mediation ended; Bob, revoked, is not (R-C1)");
    }

    @Test
    void aPartyAuthorisesForOneMediationOnly_RACC3_RM2() {
        String one = aliceRequestsMediation("Representation test: this mediation.");
        String other = aliceRequestsMediation("Representation test: another mediation.");
        assertEquals(
                404,
                Http.as(base, PLATFORM)
                        .postJson(
                                "/api/v1/representations", "{\"email\":\"" + BOB + "\",\"mediation\":\"" + one + "\"}")
                        .statusCode(),
                "an outsider cannot even name the mediation");
        assertTrue(mediation(ALICE, one).getBoolean("mayAuthoriseRepresentatives"));
        assertFalse(mediation(LAWYER, one).getBoolean("mayAuthoriseRepresentatives"), "a representative does not");
        String forOne = authorisedBob("{\"email\":\"" + BOB + "\",\"mediation\":\"" + one + "\"}");
        JsonObject view = Http.json(Http.as(base, BOB).get("/api/v1/representations"));
        assertTrue(
                view.getJsonArray("received").getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("id").equals(forOne)
                                && r.getString("scope").equals("MEDIATION")
                                && r.getString("mediation").equals(one)),
                view.toString());
        assertEquals("REPRESENTATIVE", mediation(BOB, one).getString("yourRole"));
        assertEquals(404, Http.as(base, BOB).get("/api/v1/mediations/" + other).statusCode(), "that one only");
        String procedure = new Lifecycle(base).file(ALICE, "Representation test: not the mediation's.");
        assertEquals(
                404, Http.as(base, BOB).get("/api/v1/procedures/" + procedure).statusCode(), "and no Procedure");
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + forOne + "/revoke", "{}")
                        .statusCode());
        assertEquals(404, Http.as(base, BOB).get("/api/v1/mediations/" + one).statusCode());
    }

    @Test
    void aPlatformManagerAuthorisesARepresentativeForTheOrganisation_RACC3_RACC2() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Representation test: Streamly's counsel.");
        lifecycle.commence(id);
        assertFalse(
                Http.json(Http.as(base, PLATFORM_COUNSEL).get("/api/v1/procedures/" + id))
                        .getBoolean("mayAuthoriseRepresentatives"),
                "a member who is not a manager");
        // Issue 22's access matrix: the caller is refused (409 naming the rule), not a field of its body.
        HttpResponse<String> byMember = Http.as(base, PLATFORM_COUNSEL)
                .postJson("/api/v1/representations", "{\"email\":\"" + BOB + "\",\"procedure\":\"" + id + "\"}");
        assertEquals(409, byMember.statusCode(), byMember.body());
        assertEquals("R-ACC.3", Http.json(byMember).getString("rule"));
        assertTrue(Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/" + id))
                .getBoolean("mayAuthoriseRepresentatives"));
        HttpResponse<String> invited = Http.as(base, PLATFORM)
                .postJson("/api/v1/representations", "{\"email\":\"" + BOB + "\",\"procedure\":\"" + id + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        assertEquals(DemoOrganisations.STREAMLY, Http.json(invited).getString("organisation"));
        String representation = Http.json(invited).getString("id");
        Smtp.await(m -> Smtp.recipient(m).equals(BOB) && Smtp.subject(m).contains("Streamly"), 30);
        assertEquals(
                200,
                Http.as(base, BOB)
                        .postJson("/api/v1/representations/" + representation + "/accept", "{}")
                        .statusCode());
        JsonObject bobs = Http.json(Http.as(base, BOB).get("/api/v1/procedures/" + id));
        assertEquals("RESPONDING_PARTY", bobs.getString("viewerRole"), "acts for the organisation");
        assertTrue(
                representatives(Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id))).stream()
                        .anyMatch(r -> r.getString("representativeEmail").equals(BOB)
                                && r.getString("partyRole").equals("RESPONDING_PARTY")
                                && r.getString("party").equals(DemoOrganisations.STREAMLY)),
                "the other side sees it");
        assertEquals(
                200,
                Http.as(base, PLATFORM)
                        .postJson("/api/v1/representations/" + representation + "/revoke", "{}")
                        .statusCode());
        assertEquals(404, Http.as(base, BOB).get("/api/v1/procedures/" + id).statusCode());
    }

    @Test
    void representativesInForceGetThePartysMailsOnceEachAndRevokedOnesNone_RACC3_RC1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Representation test: mails.");
        lifecycle.commence(id);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        lifecycle.appoint(id, NEUTRAL);
        String reference =
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id)).getString("reference");
        // The lawyer holds two authorisations covering it (all of Alice's, and this one): one mail all the same.
        HttpResponse<String> again = Http.as(base, ALICE)
                .postJson("/api/v1/representations", "{\"email\":\"" + LAWYER + "\",\"procedure\":\"" + id + "\"}");
        assertEquals(201, again.statusCode(), again.body());
        String second = Http.json(again).getString("id");
        assertEquals(
                200,
                Http.as(base, LAWYER)
                        .postJson("/api/v1/representations/" + second + "/accept", "{}")
                        .statusCode());
        String bobs = authorisedBob("{\"email\":\"" + BOB + "\",\"procedure\":\"" + id + "\"}");
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + bobs + "/revoke", "{}")
                        .statusCode());

        HttpResponse<String> sent = Http.as(base, PLATFORM)
                .postJson("/api/v1/procedures/" + id + "/messages", "{\"text\":\"The platform writes.\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        Predicate<MimeMessage> news =
                m -> Smtp.subject(m).contains(reference) && Smtp.subject(m).contains("new filing");
        Smtp.await(news.and(m -> Smtp.recipient(m).equals(ALICE)), 30);
        Smtp.await(news.and(m -> Smtp.recipient(m).equals(LAWYER)), 30);
        Smtp.allowFurtherMail(3);
        assertEquals(
                1,
                Smtp.received(news.and(m -> Smtp.recipient(m).equals(LAWYER))).size(),
                "once per address");
        assertEquals(
                0,
                Smtp.received(m ->
                                Smtp.recipient(m).equals(BOB) && Smtp.subject(m).contains(reference))
                        .size(),
                "revoked: none, in any language");
        assertEquals(
                1, Smtp.received(news.and(m -> Smtp.recipient(m).equals(ALICE))).size(), "the Party itself, once");
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + second + "/revoke", "{}")
                        .statusCode());
    }
}
