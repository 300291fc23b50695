package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Answer end to end and the language of the Procedure: an unpaid platform's
 * Answer is held from the other Party until its fees are paid, then both see it and the Requesting Party is told by
 * e-mail; one Answer only, by the Responding Party only; outsiders get the one 404.
 */
@ExtendWith(ArquillianExtension.class)
class AnswerIT {

    @ArquillianResource
    private URL base;

    @Test
    void anUnpaidAnswerIsHeldThenReleasedToTheOtherPartyWhoIsToldByMail_R7_R17_2_R11_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Answer test.");
        lifecycle.commence(id);
        assertEquals(
                "AWAITED",
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id)).getString("answerStatus"));

        JsonObject before = Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/" + id + "/answer/requirements"));
        assertTrue(before.getBoolean("mayFileNow"));
        assertTrue(before.getBoolean("heldUntilPaid"), "R-PLAT.1: told before filing that the Answer will be held");
        assertEquals(3000, before.getInt("wordLimit"));
        assertEquals(
                List.of("ADMINISTRATION", "NEUTRAL"),
                before.getJsonArray("fees").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("kind"))
                        .toList());
        java.math.BigDecimal sum = before.getJsonArray("fees").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonNumber("amount").bigDecimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(0, sum.compareTo(before.getJsonNumber("outstanding").bigDecimalValue()));
        assertTrue(sum.signum() > 0);
        assertTrue(
                before.getJsonArray("fees")
                                .getJsonObject(0)
                                .getString("paymentReference")
                                .length()
                        > 5,
                "assessed on commencement: the reference to quote");
        assertTrue(before.getJsonObject("payTo").getString("iban").matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+"));
        assertEquals(
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id)).getJsonArray("deadlines").stream()
                        .map(JsonObject.class::cast)
                        .filter(d -> d.getString("kind").equals("ANSWER"))
                        .findFirst()
                        .orElseThrow()
                        .getString("due"),
                before.getString("answerDue"));

        HttpResponse<String> incomplete = Http.as(base, PLATFORM)
                .postJson("/api/v1/procedures/" + id + "/answer", "{\"throughRepresentative\":true}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        List<String> missing = Http.json(incomplete).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer") + " " + e.getString("rule"))
                .toList();
        assertEquals(
                List.of(
                        "/representative R-7",
                        "/contactEmail R-7",
                        "/domicile R-7",
                        "/reply R-7",
                        "/otherProceedings R-7"),
                missing);

        String key = "answer-" + java.util.UUID.randomUUID();
        HttpResponse<String> answered = Http.as(base, PLATFORM)
                .postJson(
                        "/api/v1/procedures/" + id + "/answer",
                        Lifecycle.answer("We applied our repeat-infringer policy."),
                        "Idempotency-Key",
                        key);
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("FILED", Http.json(answered).getString("answerStatus"));
        assertEquals(
                200,
                Http.as(base, PLATFORM)
                        .postJson(
                                "/api/v1/procedures/" + id + "/answer",
                                Lifecycle.answer("We applied our repeat-infringer policy."),
                                "Idempotency-Key",
                                key)
                        .statusCode(),
                "a retry with the same key files nothing new");

        JsonObject alicesView = Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id));
        assertFalse(alicesView.containsKey("answer"), "held: the platform's fees are unpaid (R-17.2)");
        assertEquals(1, alicesView.getJsonArray("filings").size());
        JsonObject staffView = Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id));
        assertTrue(staffView.getJsonArray("filings").getJsonObject(1).getBoolean("held"));
        assertEquals(STAFF, staffView.getString("complianceCheckedBy"), "who checked compliance (R-6)");

        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        JsonObject paid = Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/" + id + "/answer/requirements"));
        assertFalse(paid.getBoolean("heldUntilPaid"));
        assertEquals(0, paid.getJsonNumber("outstanding").bigDecimalValue().signum());
        assertFalse(paid.getBoolean("mayFileNow"), "answered");
        assertTrue(paid.getBoolean("answered"));
        alicesView = Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id));
        assertEquals(
                "We applied our repeat-infringer policy.",
                alicesView.getJsonObject("answer").getString("reply"));
        assertFalse(alicesView.getJsonObject("answer").getBoolean("late"));
        assertFalse(alicesView.containsKey("complianceCheckedBy"), "staff only");
        String reference = alicesView.getString("reference");
        Smtp.await(
                m -> Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("new filing")
                        && Smtp.recipient(m).equals(ALICE),
                30);

        HttpResponse<String> twice =
                Http.as(base, PLATFORM).postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Again."));
        assertEquals(409, twice.statusCode());
        assertEquals("R-7", Http.json(twice).getString("rule"));
    }

    @Test
    void onlyTheRespondingPartyAnswersAndOutsidersLearnNothing_R7_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Who answers?");
        lifecycle.commence(id);
        HttpResponse<String> byRequester =
                Http.as(base, ALICE).postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Me?"));
        assertEquals(409, byRequester.statusCode(), byRequester.body());
        assertEquals("R-7", Http.json(byRequester).getString("rule"));
        HttpResponse<String> byOutsider =
                Http.as(base, BOB).postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Me?"));
        HttpResponse<String> nowhere = Http.as(base, BOB)
                .postJson("/api/v1/procedures/" + java.util.UUID.randomUUID() + "/answer", Lifecycle.answer("Me?"));
        assertEquals(404, byOutsider.statusCode());
        assertEquals(nowhere.body(), byOutsider.body(), "the same 404 as for a procedure that does not exist");
        assertEquals(
                403,
                Http.as(base, STAFF)
                        .postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Staff?"))
                        .statusCode(),
                "only a Party answers");

        HttpResponse<String> requirementsForRequester =
                Http.as(base, ALICE).get("/api/v1/procedures/" + id + "/answer/requirements");
        assertEquals(409, requirementsForRequester.statusCode(), requirementsForRequester.body());
        assertEquals("R-PLAT.1", Http.json(requirementsForRequester).getString("rule"));
        HttpResponse<String> requirementsForOutsider =
                Http.as(base, BOB).get("/api/v1/procedures/" + id + "/answer/requirements");
        HttpResponse<String> requirementsNowhere =
                Http.as(base, BOB).get("/api/v1/procedures/" + java.util.UUID.randomUUID() + "/answer/requirements");
        assertEquals(404, requirementsForOutsider.statusCode());
        assertEquals(requirementsNowhere.body(), requirementsForOutsider.body());
        JsonObject forStaff = Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + id + "/answer/requirements"));
        assertFalse(forStaff.getBoolean("mayFileNow"), "staff read what the platform is told; only a Party answers");
    }

    @Test
    void theNeutralDeterminesTheLanguageWithAReason_R4_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Language test.");
        lifecycle.commence(id);
        lifecycle.appoint(id, NEUTRAL);
        JsonObject before = Http.json(Http.as(base, NEUTRAL).get("/api/v1/procedures/" + id))
                .getJsonObject("language");
        assertEquals("fr", before.getString("code"), "proposed by Concord: Alice is domiciled in France (R-4.1)");
        assertFalse(before.containsKey("decidedBy"));

        HttpResponse<String> noReason =
                Http.as(base, NEUTRAL).postJson("/api/v1/procedures/" + id + "/language", "{\"language\":\"de\"}");
        assertEquals(400, noReason.statusCode());
        assertEquals(
                "/reason",
                Http.json(noReason).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson(
                                "/api/v1/procedures/" + id + "/language",
                                "{\"language\":\"en\",\"reason\":\"I prefer it\"}")
                        .statusCode(),
                "a Party does not decide");
        assertEquals(
                404,
                Http.as(base, OTHER_NEUTRAL)
                        .postJson("/api/v1/procedures/" + id + "/language", "{\"language\":\"en\",\"reason\":\"x\"}")
                        .statusCode(),
                "another Neutral learns nothing");

        HttpResponse<String> decided = Http.as(base, NEUTRAL)
                .postJson(
                        "/api/v1/procedures/" + id + "/language",
                        "{\"language\":\"de\",\"reason\":\"Both Parties asked for German\"}");
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject after =
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id)).getJsonObject("language");
        assertEquals("de", after.getString("code"));
        assertEquals(NEUTRAL, after.getString("decidedBy"));
        assertEquals("Both Parties asked for German", after.getString("reason"));
    }
}
