package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Neutral's appointment end to end: invitation by e-mail, a candidate outside the circle
 * until it accepts with the declaration of 9(b), disclosure of new circumstances (9(c)), replacement that suspends
 * the Procedure, takes the former Neutral out of the circle and invites the best-ranked candidate.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentIT {

    @ArquillianResource
    private URL base;

    private HttpResponse<String> post(String who, String id, String path, String body) {
        return Http.as(base, who).postJson("/api/v1/procedures/" + id + path, body);
    }

    @Test
    void aCandidateAcceptsWithTheDeclarationDisclosesAndIsReplaced_R8_1_R9_R10() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Appointment test.");
        lifecycle.commence(id);
        assertTrue(Http.as(base, STAFF).get("/api/v1/neutrals").body().contains(OTHER_NEUTRAL));
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/neutrals").statusCode());
        assertEquals(
                403,
                post(
                                ALICE,
                                id,
                                "/appointment/invitation",
                                "{\"neutral\":\"" + OTHER_NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}")
                        .statusCode(),
                "the Center appoints");

        assertEquals(
                200,
                post(
                                STAFF,
                                id,
                                "/appointment/invitation",
                                "{\"neutral\":\"" + OTHER_NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}")
                        .statusCode());
        String reference =
                Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id)).getString("reference");
        Smtp.await(
                m -> Smtp.recipient(m).equals(OTHER_NEUTRAL) && Smtp.subject(m).contains(reference), 30);
        JsonObject invitation = Http.parse(
                        Http.as(base, OTHER_NEUTRAL).get("/api/v1/invitations").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("procedureId").equals(id))
                .findFirst()
                .orElseThrow();
        assertEquals(reference, invitation.getString("reference"));
        assertEquals(
                Lifecycle.EARLY,
                invitation.getString("earlyReason"),
                "R-PLAT.3: invited before the Answer, the candidate is told why");
        assertFalse(invitation.containsKey("description"), "a candidate sees no filings before accepting");
        assertEquals(
                404,
                Http.as(base, OTHER_NEUTRAL).get("/api/v1/procedures/" + id).statusCode(),
                "not in the circle before accepting (R-13.1)");

        HttpResponse<String> undeclared = post(OTHER_NEUTRAL, id, "/appointment/acceptance", "{}");
        assertEquals(400, undeclared.statusCode(), undeclared.body());
        JsonObject error = Http.json(undeclared).getJsonArray("errors").getJsonObject(0);
        assertEquals("/confirmsImpartiality", error.getString("pointer"));
        assertEquals("R-9", error.getString("rule"));
        HttpResponse<String> byOutsider = post(BOB, id, "/appointment/acceptance", "{\"confirmsImpartiality\":true}");
        HttpResponse<String> nowhere =
                post(BOB, UUID.randomUUID().toString(), "/appointment/acceptance", "{\"confirmsImpartiality\":true}");
        assertEquals(403, byOutsider.statusCode(), "a Party is not a Neutral");
        HttpResponse<String> byOtherNeutral =
                post(NEUTRAL, id, "/appointment/acceptance", "{\"confirmsImpartiality\":true}");
        HttpResponse<String> nowhereNeutral = post(
                NEUTRAL, UUID.randomUUID().toString(), "/appointment/acceptance", "{\"confirmsImpartiality\":true}");
        assertEquals(404, byOtherNeutral.statusCode(), "an uninvited Neutral learns nothing");
        assertEquals(nowhereNeutral.body(), byOtherNeutral.body());
        assertEquals(403, nowhere.statusCode(), "the same 403 for any id: a role refusal reveals nothing");

        HttpResponse<String> accepted = post(
                OTHER_NEUTRAL,
                id,
                "/appointment/acceptance",
                "{\"confirmsImpartiality\":true,\"declaration\":\"No links with either Party.\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("NEUTRAL_APPOINTED", Http.json(accepted).getString("state"));
        JsonObject alicesView = Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id));
        assertEquals(
                "No links with either Party.",
                alicesView.getJsonArray("appointments").getJsonObject(0).getString("declaration"),
                "the declaration is made to the Parties too (9(b))");
        assertFalse(
                alicesView.getJsonArray("appointments").getJsonObject(0).getBoolean("declaredInTheRulesWords"),
                "words of the Neutral's own are shown as written (issue 24)");
        Smtp.await(
                m -> Smtp.recipient(m).equals(ALICE)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("appointed"),
                30);

        assertEquals(
                200,
                post(
                                OTHER_NEUTRAL,
                                id,
                                "/disclosures",
                                "{\"circumstances\":\"My firm now advises a competitor of the platform.\"}")
                        .statusCode());
        assertEquals(
                "My firm now advises a competitor of the platform.",
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id))
                        .getJsonArray("disclosures")
                        .getJsonObject(0)
                        .getString("circumstances"));

        HttpResponse<String> replaced = post(
                STAFF,
                id,
                "/appointment/replacement",
                "{\"reason\":\"Conflict disclosed\",\"partiesAgreedToContinue\":false}");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(Http.json(replaced).getBoolean("suspended"), "suspended pending the replacement (R-10)");
        assertEquals(
                404,
                Http.as(base, OTHER_NEUTRAL).get("/api/v1/procedures/" + id).statusCode(),
                "the replaced Neutral leaves the circle");
        assertEquals(
                400,
                post(
                                STAFF,
                                id,
                                "/appointment/invitation",
                                "{\"neutral\":\"" + OTHER_NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}")
                        .statusCode(),
                "not the replaced Neutral again");

        JsonObject automatic = Http.json(replaced).getJsonArray("appointments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("status").equals("INVITED"))
                .findFirst()
                .orElseThrow();
        assertEquals(NEUTRAL, automatic.getString("neutralEmail"), "ranking re-run: the best candidate is invited");
        assertTrue(automatic.getBoolean("automatic"), "10(a): Article 8 applies mutatis mutandis");
        assertEquals(
                204,
                post(NEUTRAL, id, "/appointment/declination", "{\"reason\":\"No time\"}")
                        .statusCode());
        assertEquals(
                "DECLINED",
                Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id))
                        .getJsonArray("appointments")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getString("neutralEmail").equals(NEUTRAL))
                        .findFirst()
                        .orElseThrow()
                        .getString("status"));
        assertFalse(
                Http.as(base, ALICE).get("/api/v1/procedures/" + id).body().contains("No time"),
                "a declined invitation is the Center's business");
        post(
                STAFF,
                id,
                "/appointment/invitation",
                "{\"neutral\":\"" + NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}");
        HttpResponse<String> substitute =
                post(NEUTRAL, id, "/appointment/acceptance", "{\"confirmsImpartiality\":true}");
        assertEquals(200, substitute.statusCode(), substitute.body());
        assertFalse(Http.json(substitute).getBoolean("suspended"));
    }
}
