package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.concord.web.DemoAccounts.TRADEMARK_NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mediation end to end through the API (R-M1–R-M4): requested, agreed, the mediator chosen from both Parties' ranked
 * lists, sessions, caucus kept within its side until released, a settlement both Parties accept, withdrawal only
 * after the first meeting, a linked DCTI Procedure ending as settled with its refunds, and the Feedback Digest that
 * appears only once five mediations contribute. Demo mediators: Otto ({@code expert2}, certified and inter-cultural)
 * and Claire (certified).
 */
@ExtendWith(ArquillianExtension.class)
class MediationIT {

    private static final String PATH = "/api/v1/mediations";

    @ArquillianResource
    private URL base;

    private String directoryId(String name) {
        JsonObject page = Http.json(Http.anonymous(base).get("/api/v1/mediators?q=" + name));
        return page.getJsonArray("mediators").getJsonObject(0).getString("id");
    }

    private JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Http.json(response);
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private JsonObject mediation(String as, String id) {
        return ok(Http.as(base, as).get(PATH + "/" + id));
    }

    /** Alice asks Bob; Bob agrees; both rank Otto first: Otto is invited and accepts. */
    private String inProgress(String summary) {
        JsonObject requested = ok(Http.as(base, ALICE)
                .postJson(
                        PATH,
                        Json.createObjectBuilder()
                                .add("otherParty", BOB)
                                .add("summary", summary)
                                .add("language", "en")
                                .build()
                                .toString()));
        String id = requested.getString("id");
        ok(Http.as(base, BOB).postJson(PATH + "/" + id + "/agreement", ""));
        String otto = directoryId("Otto");
        String claire = directoryId("Claire");
        ok(Http.as(base, ALICE)
                .put(PATH + "/" + id + "/ranking", "{\"mediators\":[\"" + otto + "\",\"" + claire + "\"]}"));
        JsonObject chosen =
                ok(Http.as(base, BOB).put(PATH + "/" + id + "/ranking", "{\"mediators\":[\"" + otto + "\"]}"));
        assertEquals("MEDIATOR_INVITED", chosen.getString("state"));
        ok(Http.as(base, OTHER_NEUTRAL).postJson(PATH + "/" + id + "/mandate", "{\"confirmsImpartiality\":true}"));
        return id;
    }

    private String firstMeetingHeld(String id) {
        JsonObject scheduled = ok(Http.as(base, OTHER_NEUTRAL)
                .postJson(
                        PATH + "/" + id + "/sessions",
                        "{\"startsAt\":\"2027-03-01T09:00:00Z\",\"place\":\"https://meet.example/room-1\"}"));
        String session = scheduled.getJsonArray("sessions").getJsonObject(0).getString("id");
        ok(Http.as(base, OTHER_NEUTRAL).postJson(PATH + "/" + id + "/sessions/" + session + "/held", ""));
        return session;
    }

    private static String settlement(String text) {
        return Json.createObjectBuilder()
                .add("filename", "settlement.txt")
                .add("content", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
                .build()
                .toString();
    }

    private static String currentSha(JsonObject view) {
        return view.getJsonArray("agreements").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getBoolean("current"))
                .findFirst()
                .orElseThrow()
                .getString("sha256");
    }

    @Test
    void settledWhenBothPartiesAcceptTheSameAgreement_RM1_RM3() {
        String id = inProgress("A photo licence gone wrong");
        Smtp.await(
                m -> Smtp.recipient(m).equals(BOB)
                        && Smtp.subject(m).contains(mediation(ALICE, id).getString("reference")),
                30);
        HttpResponse<String> early =
                Http.as(base, ALICE).postJson(PATH + "/" + id + "/withdrawal", "{\"reason\":\"Changed my mind\"}");
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("R-M1"), early.body());
        firstMeetingHeld(id);

        JsonObject proposed = ok(Http.as(base, OTHER_NEUTRAL)
                .postJson(
                        PATH + "/" + id + "/settlement-agreements",
                        settlement("Licence for EUR 500, credit line on every use.")));
        String sha = currentSha(proposed);
        HttpResponse<String> mediatorDecides = Http.as(base, OTHER_NEUTRAL)
                .postJson(PATH + "/" + id + "/settlement-agreements/acceptances", "{\"sha256\":\"" + sha + "\"}");
        assertEquals(403, mediatorDecides.statusCode(), "the mediator never decides (R-M1): " + mediatorDecides.body());
        HttpResponse<String> wrongVersion = Http.as(base, ALICE)
                .postJson(
                        PATH + "/" + id + "/settlement-agreements/acceptances",
                        "{\"sha256\":\"" + "0".repeat(64) + "\"}");
        assertEquals(400, wrongVersion.statusCode());
        assertTrue(wrongVersion.body().contains("/sha256"), wrongVersion.body());
        assertEquals(
                "IN_PROGRESS",
                ok(Http.as(base, ALICE)
                                .postJson(
                                        PATH + "/" + id + "/settlement-agreements/acceptances",
                                        "{\"sha256\":\"" + sha + "\"}"))
                        .getString("state"));
        JsonObject settled = ok(Http.as(base, BOB)
                .postJson(PATH + "/" + id + "/settlement-agreements/acceptances", "{\"sha256\":\"" + sha + "\"}"));
        assertEquals("SETTLED", settled.getString("state"));
        HttpResponse<byte[]> document = Http.as(base, STAFF).getBytes(PATH + "/" + id + "/settlement-agreements/1");
        assertEquals(200, document.statusCode());
        assertTrue(new String(document.body(), StandardCharsets.UTF_8).contains("EUR 500"));

        // R-13.4: the mediation has its own audit trail, which verifies.
        assertEquals(403, Http.as(base, STAFF).get(PATH + "/" + id + "/audit").statusCode());
        JsonObject trail = ok(Http.as(base, ADMIN).get(PATH + "/" + id + "/audit"));
        assertTrue(trail.toString().contains("settlement agreement accepted"), trail.toString());
        assertTrue(trail.getBoolean("intact"), trail.toString());
    }

    @Test
    void caucusStaysWithinItsSideUntilThatSideReleasesIt_RM2() {
        String id = inProgress("Caucus test");
        // Bob's counsel (here the account legal@streamly.example) joins Bob's side.
        ok(Http.as(base, BOB).postJson(PATH + "/" + id + "/representatives", "{\"email\":\"" + PLATFORM + "\"}"));
        JsonObject sent = ok(Http.as(base, ALICE)
                .postJson(
                        PATH + "/" + id + "/messages",
                        "{\"channel\":\"CAUCUS\",\"text\":\"Between us: EUR 400 would do.\"}"));
        String secret = sent.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("text").contains("EUR 400"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        ok(
                Http.as(base, OTHER_NEUTRAL)
                        .postJson(
                                PATH + "/" + id + "/messages",
                                "{\"channel\":\"CAUCUS\",\"side\":\"RESPONDING\",\"text\":\"Bob, how flexible is your fee?\"}"));

        for (String reader : List.of(ALICE, OTHER_NEUTRAL)) {
            assertTrue(mediation(reader, id).toString().contains("EUR 400"), reader);
        }
        for (String other : List.of(BOB, PLATFORM, STAFF, ADMIN)) {
            assertFalse(mediation(other, id).toString().contains("EUR 400"), other + " reads Alice's caucus");
        }
        assertTrue(mediation(PLATFORM, id).toString().contains("how flexible"), "Bob's side reads its caucus");
        assertFalse(mediation(ALICE, id).toString().contains("how flexible"));
        assertFalse(mediation(STAFF, id).toString().contains("how flexible"));

        HttpResponse<String> notHers =
                Http.as(base, BOB).postJson(PATH + "/" + id + "/messages/" + secret + "/release", "");
        assertEquals(400, notHers.statusCode(), notHers.body());
        HttpResponse<String> intoTheirs = Http.as(base, ALICE)
                .postJson(
                        PATH + "/" + id + "/messages",
                        "{\"channel\":\"CAUCUS\",\"side\":\"RESPONDING\",\"text\":\"Psst\"}");
        assertEquals(400, intoTheirs.statusCode(), intoTheirs.body());
        ok(Http.as(base, ALICE).postJson(PATH + "/" + id + "/messages/" + secret + "/release", ""));
        for (String everyone : List.of(BOB, PLATFORM, STAFF)) {
            assertTrue(mediation(everyone, id).toString().contains("EUR 400"), everyone + " after release");
        }
    }

    @Test
    void outsidersLearnNothingNotEvenThatItExists_RM2() {
        String id = inProgress("Secret dispute");
        HttpResponse<String> missing = Http.as(base, NEUTRAL).get(PATH + "/" + UUID.randomUUID());
        assertEquals(404, missing.statusCode());
        for (String outsider : List.of(PLATFORM, NEUTRAL, TRADEMARK_NEUTRAL)) {
            HttpResponse<String> hidden = Http.as(base, outsider).get(PATH + "/" + id);
            assertEquals(404, hidden.statusCode(), outsider);
            assertEquals(missing.body(), hidden.body(), "the same answer as for no mediation at all");
            assertEquals(
                    404,
                    Http.as(base, outsider)
                            .postJson(PATH + "/" + id + "/messages", "{\"channel\":\"JOINT\",\"text\":\"Hello\"}")
                            .statusCode(),
                    outsider);
            assertEquals(
                    404,
                    Http.as(base, outsider)
                            .getBytes(PATH + "/" + id + "/settlement-agreements/1")
                            .statusCode(),
                    outsider);
            assertFalse(Http.as(base, outsider).get(PATH).body().contains(id), outsider + " lists it");
        }
        assertEquals(401, Http.anonymous(base).get(PATH + "/" + id).statusCode());
        assertTrue(Http.as(base, STAFF).get(PATH).body().contains(id), "the Center sees every mediation");
    }

    @Test
    void aPartyWithdrawsAfterTheFirstMeetingAndGivesFeedbackOnce_RM1_RM4() {
        String id = inProgress("Withdrawal test");
        firstMeetingHeld(id);
        JsonObject withdrawn = ok(Http.as(base, BOB)
                .postJson(PATH + "/" + id + "/withdrawal", "{\"reason\":\"No prospect of settlement\"}"));
        assertEquals("WITHDRAWN", withdrawn.getString("state"));
        assertEquals(
                409,
                Http.as(base, ALICE)
                        .postJson(PATH + "/" + id + "/messages", "{\"channel\":\"JOINT\",\"text\":\"Hello?\"}")
                        .statusCode());
        assertTrue(mediation(ALICE, id).getBoolean("mayGiveFeedback"));
        String ratings = "{\"understanding\":4,\"impartiality\":5,\"process\":4,\"recommendation\":4}";
        HttpResponse<String> bad = Http.as(base, ALICE)
                .postJson(
                        PATH + "/" + id + "/feedback",
                        "{\"understanding\":9,\"impartiality\":5,\"process\":4,\"recommendation\":4}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("/understanding"), bad.body());
        assertEquals(
                204,
                Http.as(base, ALICE)
                        .postJson(PATH + "/" + id + "/feedback", ratings)
                        .statusCode());
        assertEquals(
                409,
                Http.as(base, ALICE)
                        .postJson(PATH + "/" + id + "/feedback", ratings)
                        .statusCode(),
                "once per side");
        assertEquals(
                403,
                Http.as(base, OTHER_NEUTRAL)
                        .postJson(PATH + "/" + id + "/feedback", ratings)
                        .statusCode(),
                "the mediator does not rate itself");
        assertFalse(mediation(ALICE, id).getBoolean("mayGiveFeedback"));
    }

    @Test
    void linkedFromADctiProcedureItsSettlementEndsTheProcedureAsSettled_R15() {
        Lifecycle lifecycle = new Lifecycle(base);
        String procedure = lifecycle.file(ALICE, "Mediation instead of a Resolution");
        HttpResponse<String> tooEarly = Http.as(base, ALICE)
                .postJson(
                        PATH,
                        "{\"procedureId\":\"" + procedure + "\",\"summary\":\"Let us talk\",\"language\":\"en\"}");
        assertEquals(409, tooEarly.statusCode(), "the platform joins at commencement: " + tooEarly.body());
        lifecycle.commence(procedure);
        lifecycle.pay(procedure, "ADMINISTRATION");
        lifecycle.pay(procedure, "NEUTRAL");
        assertEquals(
                404,
                Http.as(base, BOB)
                        .postJson(
                                PATH,
                                "{\"procedureId\":\"" + procedure + "\",\"summary\":\"Not mine\",\"language\":\"en\"}")
                        .statusCode(),
                "R-13.1 for the Procedure too");

        JsonObject requested = ok(Http.as(base, PLATFORM)
                .postJson(
                        PATH,
                        "{\"procedureId\":\"" + procedure
                                + "\",\"summary\":\"Reinstate with a licence notice?\",\"language\":\"en\"}"));
        String id = requested.getString("id");
        assertEquals(procedure, requested.getString("procedureId"));
        ok(Http.as(base, ALICE).postJson(PATH + "/" + id + "/agreement", ""));
        String claire = directoryId("Claire");
        ok(Http.as(base, ALICE).put(PATH + "/" + id + "/ranking", "{\"mediators\":[\"" + claire + "\"]}"));
        ok(Http.as(base, PLATFORM).put(PATH + "/" + id + "/ranking", "{\"mediators\":[\"" + claire + "\"]}"));
        ok(Http.as(base, TRADEMARK_NEUTRAL).postJson(PATH + "/" + id + "/mandate", "{\"confirmsImpartiality\":true}"));
        JsonObject proposed = ok(Http.as(base, PLATFORM)
                .postJson(
                        PATH + "/" + id + "/settlement-agreements",
                        settlement("The video is reinstated with a licence notice.")));
        String sha = currentSha(proposed);
        ok(Http.as(base, PLATFORM)
                .postJson(PATH + "/" + id + "/settlement-agreements/acceptances", "{\"sha256\":\"" + sha + "\"}"));
        ok(Http.as(base, ALICE)
                .postJson(PATH + "/" + id + "/settlement-agreements/acceptances", "{\"sha256\":\"" + sha + "\"}"));

        JsonObject ended = ok(Http.as(base, STAFF).get("/api/v1/procedures/" + procedure));
        assertEquals("TERMINATED", ended.getString("state"));
        assertEquals("SETTLED_BEFORE_APPOINTMENT", ended.getString("terminationGround"));
        Map<String, String> refunds = new TreeMap<>();
        ok(Http.as(base, STAFF).get("/api/v1/procedures/" + procedure + "/fees"))
                .getJsonArray("proposals")
                .getValuesAs(JsonObject.class)
                .forEach(p -> refunds.put(p.getString("fee"), p.getString("action") + " " + p.getString("rule")));
        assertEquals(
                Map.of("FILING", "REFUND R-17.3", "ADMINISTRATION", "REFUND R-17.3", "NEUTRAL", "REFUND R-17.3"),
                refunds);
        JsonObject trail = ok(Http.as(base, ADMIN).get("/api/v1/procedures/" + procedure + "/audit"));
        assertTrue(trail.toString().contains("ended by settlement agreement in mediation (15(b))"), trail.toString());
    }

    @Test
    void theFeedbackDigestAppearsOnlyOnceFiveMediationsContribute_RM4() {
        String claire = directoryId("Claire");
        assertTrue(absent(ok(Http.anonymous(base).get("/api/v1/mediators/" + claire)), "digest"));
        for (int i = 1; i <= 5; i++) {
            String id = ok(Http.as(base, ALICE)
                            .postJson(
                                    PATH,
                                    Json.createObjectBuilder()
                                            .add("otherParty", BOB)
                                            .add("summary", "Digest " + i)
                                            .add("language", "fr")
                                            .build()
                                            .toString()))
                    .getString("id");
            ok(Http.as(base, BOB).postJson(PATH + "/" + id + "/agreement", ""));
            ok(Http.as(base, ALICE).put(PATH + "/" + id + "/ranking", "{\"mediators\":[\"" + claire + "\"]}"));
            ok(Http.as(base, BOB).put(PATH + "/" + id + "/ranking", "{\"mediators\":[\"" + claire + "\"]}"));
            ok(Http.as(base, TRADEMARK_NEUTRAL)
                    .postJson(PATH + "/" + id + "/mandate", "{\"confirmsImpartiality\":true}"));
            ok(Http.as(base, STAFF).postJson(PATH + "/" + id + "/closure", "{\"reason\":\"Digest test " + i + "\"}"));
            int rating = i == 5 ? 1 : 5;
            assertEquals(
                    204,
                    Http.as(base, ALICE)
                            .postJson(
                                    PATH + "/" + id + "/feedback",
                                    "{\"understanding\":" + rating
                                            + ",\"impartiality\":5,\"process\":5,\"recommendation\":5}")
                            .statusCode());
            JsonObject profile = ok(Http.anonymous(base).get("/api/v1/mediators/" + claire));
            if (i < 5) {
                assertTrue(absent(profile, "digest"), "no digest from " + i + " mediations");
            } else {
                JsonObject digest = profile.getJsonObject("digest");
                assertEquals(5, digest.getInt("mediations"));
                assertEquals(
                        "4.2",
                        digest.getJsonObject("means")
                                .getJsonNumber("UNDERSTANDING")
                                .bigDecimalValue()
                                .toPlainString());
                assertFalse(profile.toString().contains("Digest "), "nothing identifies a mediation");
            }
        }
    }

    @Test
    void theDirectoryIsPublicAndAMediatorMayHide_RM4() {
        JsonObject all = ok(Http.anonymous(base).get("/api/v1/mediators"));
        assertTrue(all.getInt("total") >= 2);
        assertFalse(all.toString().contains("@"), "no e-mail address in the public directory");
        JsonObject interCultural =
                ok(Http.anonymous(base).get("/api/v1/mediators?certification=INTER_CULTURAL" + "&language=de"));
        assertEquals(1, interCultural.getInt("total"));
        assertEquals(
                "Dr. Otto Zweitgutachter",
                interCultural.getJsonArray("mediators").getJsonObject(0).getString("name"));
        HttpResponse<String> unknown = Http.anonymous(base).get("/api/v1/mediators?certification=WIZARD");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("/certification"));
        String otto = directoryId("Otto");

        assertEquals(
                false,
                ok(Http.as(base, OTHER_NEUTRAL).put("/api/v1/mediators/me/listing", "{\"listed\":false}"))
                        .getBoolean("listed"));
        try {
            assertEquals(
                    404, Http.anonymous(base).get("/api/v1/mediators/" + otto).statusCode());
            assertFalse(
                    Http.anonymous(base).get("/api/v1/mediators?q=Otto").body().contains(otto));
        } finally {
            assertEquals(
                    true,
                    ok(Http.as(base, OTHER_NEUTRAL).put("/api/v1/mediators/me/listing", "{\"listed\":true}"))
                            .getBoolean("listed"));
        }
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .put("/api/v1/mediators/me/listing", "{\"listed\":false}")
                        .statusCode());
    }

    @Test
    void theCaseAnalysisRecommendsEachProcessWithItsQuotedReasons_RM5() throws IOException {
        Map<String, String> cases = Map.of(
                "{\"RELATIONSHIP\":\"YES\",\"COMMUNICATION_IMPAIRED\":\"YES\"}", "MEDIATION",
                "{\"COMMUNICATION_IMPAIRED\":\"NO\"}", "NEGOTIATION",
                "{\"PLATFORM_DECISION\":\"YES\"}", "EXPERT_DETERMINATION",
                "{\"BINDING_DECISION\":\"YES\",\"CROSS_BORDER\":\"YES\"}", "ARBITRATION",
                "{\"BINDING_DECISION\":\"YES\",\"CROSS_BORDER\":\"NO\"}", "COURT");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            JsonObject r = ok(Http.anonymous(base)
                    .postJson("/api/v1/case-analysis", "{\"answers\":" + c.getKey() + "}", "Accept-Language", "fr"));
            assertEquals(c.getValue(), r.getString("recommended"), c.getKey());
            JsonObject first = r.getJsonArray("reasons").getJsonObject(0);
            assertEquals(c.getValue(), first.getString("process"), "the recommended process's reasons first");
            assertFalse(first.getString("sourceSentence").isBlank());
        }
        JsonObject mediation = ok(Http.anonymous(base)
                .postJson(
                        "/api/v1/case-analysis", "{\"answers\":{\"RELATIONSHIP\":\"YES\"}}", "Accept-Language", "de"));
        assertEquals("MEDIATION", mediation.getString("filing"), "one click starts a mediation request");
        assertTrue(
                mediation
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("reason")
                        .contains("Beziehung"),
                mediation.toString());
        assertTrue(
                absent(ok(Http.anonymous(base).postJson("/api/v1/case-analysis", "{\"answers\":{}}")), "recommended"));

        // Every seeded reason rests on a sentence that the source text really holds.
        for (JsonObject rule : Http.parse(
                        Http.anonymous(base).get("/api/v1/case-analysis/rules").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/" + rule.getString("sourceDocument"))) {
                assertNotNull(in, rule.getString("sourceDocument"));
                String source = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
                assertTrue(
                        source.contains(rule.getString("sourceSentence").replaceAll("\\s+", " ")),
                        rule.getString("sourceSentence"));
            }
        }
    }

    @Test
    void onlyTheAdministratorEditsTheRulesAndEachNeedsItsSource_RM5() {
        JsonObject rule = Http.parse(
                        Http.anonymous(base).get("/api/v1/case-analysis/rules").body())
                .asJsonArray()
                .getJsonObject(0);
        String path = "/api/v1/case-analysis/rules/" + rule.getString("id");
        String noSource = Json.createObjectBuilder(rule)
                .add("sourceSentence", " ")
                .build()
                .toString();
        assertEquals(403, Http.as(base, STAFF).put(path, noSource).statusCode());
        assertEquals(401, Http.anonymous(base).put(path, noSource).statusCode(), "asked for credentials (issue 22)");
        HttpResponse<String> refused = Http.as(base, ADMIN).put(path, noSource);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("/sourceSentence") && refused.body().contains("R-M5"), refused.body());
        assertEquals(
                rule.getString("sourceSentence"),
                Http.parse(Http.anonymous(base)
                                .get("/api/v1/case-analysis/rules")
                                .body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(r -> r.getString("id").equals(rule.getString("id")))
                        .findFirst()
                        .orElseThrow()
                        .getString("sourceSentence"),
                "nothing half-written");

        HttpResponse<String> added = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/case-analysis/rules",
                        Json.createObjectBuilder(rule)
                                .remove("id")
                                .add("weight", 1)
                                .build()
                                .toString());
        assertEquals(201, added.statusCode(), added.body());
        String addedId = Http.json(added).getString("id");
        assertEquals(
                204,
                Http.as(base, ADMIN)
                        .delete("/api/v1/case-analysis/rules/" + addedId)
                        .statusCode());
        assertEquals(
                404,
                Http.as(base, ADMIN)
                        .delete("/api/v1/case-analysis/rules/" + addedId)
                        .statusCode());
    }
}
