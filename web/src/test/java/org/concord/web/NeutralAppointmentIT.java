package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.STAFF;
import static org.concord.web.DemoAccounts.TRADEMARK_NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appointment the Rules' way end to end: profiles kept by CENTER_ADMIN, candidates ranked on 8(b) with their
 * explanations, a conflict found in the Center's own records blocking acceptance until staff override it
 * a declined and then a silent invitation moving on to the next candidate.
 */
@ExtendWith(ArquillianExtension.class)
class NeutralAppointmentIT {

    @ArquillianResource
    private URL base;

    private static String profilePath(String email) {
        return "/api/v1/neutrals/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/profile";
    }

    private List<JsonObject> candidates(String id) {
        HttpResponse<String> ranked =
                Http.as(base, STAFF).get("/api/v1/procedures/" + id + "/appointment/candidates?limit=1000");
        assertEquals(200, ranked.statusCode(), ranked.body());
        return Http.json(ranked).getJsonArray("candidates").getValuesAs(JsonObject.class);
    }

    private static JsonObject of(List<JsonObject> candidates, String email) {
        return candidates.stream()
                .filter(c -> c.getString("email").equals(email))
                .findFirst()
                .orElseThrow();
    }

    private List<JsonObject> appointments(String id) {
        return Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id))
                .getJsonArray("appointments")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void theAdministratorKeepsProfilesAndEveryScoreExplainsItself_R8_2() {
        HttpResponse<String> profiles = Http.as(base, STAFF).get("/api/v1/neutrals/profiles");
        assertEquals(200, profiles.statusCode());
        assertTrue(profiles.body().contains(TRADEMARK_NEUTRAL));
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/neutrals/profiles").statusCode());
        assertEquals(
                403, Http.as(base, NEUTRAL).get("/api/v1/neutrals/profiles").statusCode());
        assertEquals(404, Http.as(base, STAFF).get(profilePath(ALICE)).statusCode(), "a Party has no profile");

        String before = Http.as(base, STAFF).get(profilePath(TRADEMARK_NEUTRAL)).body();
        String body = """
                {"countries":["FR","XX"],"languages":["fr"],"matters":["TRADEMARK"],"areas":[],"keywords":[],
                 "maxOpenCaseload":8,"absences":[],"relationships":[]}""";
        assertEquals(
                403,
                Http.as(base, STAFF).put(profilePath(TRADEMARK_NEUTRAL), body).statusCode(),
                "CENTER_ADMIN keeps profiles");
        HttpResponse<String> refused = Http.as(base, ADMIN).put(profilePath(TRADEMARK_NEUTRAL), body);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Http.json(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("/countries", error.getString("pointer"));
        assertEquals("R-8.2", error.getString("rule"));
        assertTrue(error.getString("detail").contains("XX"));
        HttpResponse<String> noMatter = Http.as(base, ADMIN)
                .put(
                        profilePath(TRADEMARK_NEUTRAL),
                        body.replace("\"TRADEMARK\"", "").replace("\"XX\"", "\"LU\""));
        assertEquals(400, noMatter.statusCode());
        assertEquals(
                "/matters",
                Http.json(noMatter).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertEquals(
                before, Http.as(base, STAFF).get(profilePath(TRADEMARK_NEUTRAL)).body(), "nothing half-written");

        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Streamly removed my parody of a music video.");
        lifecycle.commence(id);
        HttpResponse<String> ranked = Http.as(base, STAFF).get("/api/v1/procedures/" + id + "/appointment/candidates");
        assertEquals(200, ranked.statusCode(), ranked.body());
        JsonObject list = Http.json(ranked);
        assertEquals("FR", list.getString("country"));
        assertEquals("COPYRIGHT", list.getString("matter"));
        assertEquals(4, list.getJsonObject("weights").getInt("LANGUAGE"), "the configured weights are shown");
        assertTrue(list.getInt("total") >= 3);
        List<JsonObject> candidates = list.getJsonArray("candidates").getValuesAs(JsonObject.class);
        JsonObject first = candidates.get(0);
        assertEquals(NEUTRAL, first.getString("email"), "domiciled country, matter, expertise and language");
        assertEquals(1, first.getInt("rank"));
        List<JsonObject> criteria = first.getJsonArray("criteria").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("8(b)(i)", "8(b)(ii)", "8(b)(iii)", "8(b)(iv)", "8(b)(v)"),
                criteria.stream().map(c -> c.getString("article")).toList());
        assertEquals(
                "Works in France, the Requesting Party's country of domicile.",
                criteria.get(0).getString("explanation"),
                "no code reaches the reader");
        assertEquals("Decides on copyright matters.", criteria.get(1).getString("explanation"));
        assertEquals(
                "Arbeitet auf Französisch, der Verfahrenssprache.",
                Http.json(Http.as(base, STAFF)
                                .get("/api/v1/procedures/" + id + "/appointment/candidates", "Accept-Language", "de"))
                        .getJsonArray("candidates")
                        .getJsonObject(0)
                        .getJsonArray("criteria")
                        .getJsonObject(4)
                        .getString("explanation"));
        assertTrue(criteria.get(2).getString("explanation").contains("parody"), "the keyword found in the Request");
        JsonObject trademarkOnly = of(candidates, TRADEMARK_NEUTRAL);
        assertTrue(trademarkOnly.getJsonArray("flags").toString().contains("MATTER_NOT_COVERED"), "ranked, flagged");
        assertTrue(trademarkOnly.getJsonNumber("score").doubleValue()
                < first.getJsonNumber("score").doubleValue());

        JsonObject one =
                Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id + "/appointment/candidates?limit=1"));
        assertEquals(1, one.getJsonArray("candidates").size(), "the limit cuts the list, not the total");
        assertEquals(list.getInt("total"), one.getInt("total"));
        assertEquals(
                1,
                Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id + "/appointment/candidates?limit=0"))
                        .getJsonArray("candidates")
                        .size(),
                "taken within 1–1000");
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .get("/api/v1/procedures/" + id + "/appointment/candidates")
                        .statusCode(),
                "staff only");
        assertEquals(
                404,
                Http.as(base, STAFF)
                        .get("/api/v1/procedures/" + UUID.randomUUID() + "/appointment/candidates")
                        .statusCode());
    }

    @Test
    void aConflictFoundInTheCentersRecordsBlocksAcceptanceUntilStaffOverride_R9() {
        // Claire Dubois once represented Bob against Photobook at the Center; she never declared it.
        HttpResponse<String> earlier = Http.as(base, BOB)
                .postJson(
                        "/api/v1/requests",
                        RequestBodies.items("TRADEMARK", "Photobook", "Photobook delisted our records.")
                                .add("representative", "Claire Dubois, Dubois Avocats <cd@dubois-avocats.example>")
                                .add(
                                        "annexes",
                                        jakarta.json.Json.createArrayBuilder()
                                                .add(jakarta.json.Json.createObjectBuilder()
                                                        .add("kind", "STATEMENT_OF_REASONS")
                                                        .add("filename", "statement.txt")
                                                        .add(
                                                                "content",
                                                                java.util.Base64.getEncoder()
                                                                        .encodeToString("Statement of Reasons"
                                                                                .getBytes(StandardCharsets.UTF_8)))))
                                .build()
                                .toString());
        assertEquals(201, earlier.statusCode(), earlier.body());
        String earlierReference = Http.json(earlier).getString("reference");
        Lifecycle lifecycle = new Lifecycle(base);
        HttpResponse<String> filed = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/requests",
                        RequestBodies.complete("TRADEMARK", "Photobook Ltd.", "Photobook removed my handbag listing."));
        assertEquals(201, filed.statusCode(), filed.body());
        String id = Http.json(filed).getString("id");
        lifecycle.commence(id);

        JsonObject claire = of(candidates(id), TRADEMARK_NEUTRAL);
        assertTrue(claire.getJsonArray("flags").toString().contains("CONFLICT"), claire.toString());
        JsonObject conflict = claire.getJsonArray("conflicts").getJsonObject(0);
        assertEquals("CENTER_RECORDS", conflict.getString("source"));
        assertTrue(
                conflict.getString("subject").startsWith(earlierReference + ", as representative"),
                conflict.toString());

        HttpResponse<String> invited = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/appointment/invitation",
                        "{\"neutral\":\"" + TRADEMARK_NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}");
        assertEquals(200, invited.statusCode(), invited.body());
        JsonObject invitation = Http.parse(Http.as(base, TRADEMARK_NEUTRAL)
                        .get("/api/v1/invitations")
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("procedureId").equals(id))
                .findFirst()
                .orElseThrow();
        assertTrue(invitation.getBoolean("blocked"), "the candidate sees why");
        assertTrue(invitation
                .getJsonArray("conflicts")
                .getJsonObject(0)
                .getString("description")
                .contains("Photobook"));

        String accept = "/api/v1/procedures/" + id + "/appointment/acceptance";
        HttpResponse<String> blocked =
                Http.as(base, TRADEMARK_NEUTRAL).postJson(accept, "{\"confirmsImpartiality\":true}");
        assertEquals(409, blocked.statusCode(), blocked.body());
        assertEquals("R-9", Http.json(blocked).getString("rule"));

        String override = "/api/v1/procedures/" + id + "/appointment/conflict-override";
        assertEquals(
                403,
                Http.as(base, ALICE).postJson(override, "{\"reason\":\"Fine\"}").statusCode());
        HttpResponse<String> noReason = Http.as(base, STAFF).postJson(override, "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode());
        assertEquals(
                "/reason",
                Http.json(noReason).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        HttpResponse<String> overridden = Http.as(base, STAFF)
                .postJson(
                        override,
                        "{\"reason\":\"The earlier mandate ended two years ago and concerned another platform's sister\"}");
        assertEquals(200, overridden.statusCode(), overridden.body());
        JsonObject appointment =
                Http.json(overridden).getJsonArray("appointments").getJsonObject(0);
        assertFalse(appointment.getBoolean("blocked"));
        assertEquals(STAFF, appointment.getString("overrideBy"));
        String reference = Http.json(overridden).getString("reference");
        Smtp.await(
                m -> Smtp.recipient(m).equals(TRADEMARK_NEUTRAL)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("malgré"),
                30); // Claire reads French

        HttpResponse<String> accepted =
                Http.as(base, TRADEMARK_NEUTRAL).postJson(accept, "{\"confirmsImpartiality\":true}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("NEUTRAL_APPOINTED", Http.json(accepted).getString("state"));
        assertTrue(
                Http.as(base, ADMIN)
                        .get("/api/v1/procedures/" + id + "/audit")
                        .body()
                        .contains("conflict overridden"),
                "R-13.4");
    }

    @Test
    void aDeclinedThenASilentInvitationMovesOnToTheNextCandidate_R8() throws Exception {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Streamly muted my video over a sample.");
        lifecycle.commence(id);
        HttpResponse<String> invited = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/appointment/invitation",
                        "{\"neutral\":\"" + OTHER_NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}");
        assertEquals(200, invited.statusCode(), invited.body());
        JsonObject first = appointments(id).get(0);
        assertEquals(
                Duration.ofDays(3),
                Duration.between(
                        Instant.parse(first.getString("invitedAt")), Instant.parse(first.getString("expiresAt"))),
                "concord.appointment.invitation-timeout");
        String reference = Http.json(invited).getString("reference");

        assertEquals(
                204,
                Http.as(base, OTHER_NEUTRAL)
                        .postJson(
                                "/api/v1/procedures/" + id + "/appointment/declination", "{\"reason\":\"Travelling\"}")
                        .statusCode());
        JsonObject next = appointments(id).stream()
                .filter(a -> a.getString("status").equals("INVITED"))
                .findFirst()
                .orElseThrow();
        assertEquals(NEUTRAL, next.getString("neutralEmail"), "the best-ranked candidate without flags");
        assertTrue(next.getBoolean("automatic"));
        Smtp.await(m -> Smtp.recipient(m).equals(NEUTRAL) && Smtp.subject(m).contains(reference), 30);

        // Silence: the invitation's time runs out (moved to the past rather than waiting three days).
        try (Connection db = DriverManager.getConnection(
                        System.getenv("CONCORD_DB_URL"),
                        System.getenv("CONCORD_DB_USER"),
                        System.getenv("CONCORD_DB_PASSWORD"));
                PreparedStatement expire = db.prepareStatement("update neutral_appointment set expires_at = ? "
                        + "where procedure_id = ? and status = 'INVITED'")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            expire.setObject(2, UUID.fromString(id));
            assertEquals(1, expire.executeUpdate());
        }
        Smtp.await(
                m -> Smtp.recipient(m).equals(STAFF)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("no further candidate"),
                60);
        JsonObject lapsed = appointments(id).stream()
                .filter(a -> a.getString("neutralEmail").equals(NEUTRAL))
                .findFirst()
                .orElseThrow();
        assertEquals("LAPSED", lapsed.getString("status"));
        assertTrue(
                appointments(id).stream().noneMatch(a -> a.getString("status").equals("INVITED")),
                "nobody left to invite on its own: the one flagged is for staff to choose");
        Smtp.await(
                m -> Smtp.recipient(m).equals(NEUTRAL)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("expiré"),
                30); // the demo expert reads French
        assertTrue(Http.as(base, ADMIN)
                .get("/api/v1/procedures/" + id + "/audit")
                .body()
                .contains("invitation lapsed"));
        assertTrue(
                Http.as(base, STAFF)
                        .get("/api/v1/procedures/" + id + "/file")
                        .body()
                        .contains("APPOINTMENT_LAPSED"),
                "in the Center's procedure file");
        assertFalse(
                Http.as(base, ALICE)
                        .get("/api/v1/procedures/" + id + "/file")
                        .body()
                        .contains("APPOINTMENT_LAPSED"),
                "invitations are the Center's business");
    }
}
