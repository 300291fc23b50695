package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.LAWYER;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-ACC.3, R-13.1: an authorised representative acts for the Party in the Procedures it covers (sees them, files as
 * that Party); staff and the other side see the authorisation; after the Party revokes it the representative gets,
 * at once, the very 404 of an outsider.
 */
@ExtendWith(ArquillianExtension.class)
class RepresentationIT {

    @ArquillianResource
    private URL base;

    private List<String> listed(String caller) {
        return Http.parse(Http.as(base, caller).get("/api/v1/procedures/mine").body()).asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("id"))
                .toList();
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
        assertEquals(400, byLawyer.statusCode(), byLawyer.body());
        assertTrue(
                byLawyer.body().contains("\"pointer\":\"/procedure\"")
                        && byLawyer.body().contains("R-ACC.3"),
                "a representative does not delegate: " + byLawyer.body());
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
}
