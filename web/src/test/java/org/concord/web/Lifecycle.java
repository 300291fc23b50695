package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;

/** Steps of a Procedure through the API, as the people who take them: for tests that start further along. */
final class Lifecycle {

    private final URL base;

    Lifecycle(URL base) {
        this.base = base;
    }

    /** {@code party} files a complete Request; its Procedure's id. */
    String file(String party, String description) {
        HttpResponse<String> filed = Http.as(base, party)
                .postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", description));
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).getString("id");
    }

    /** Staff record the full payment of the fee of {@code kind}. */
    void pay(String procedureId, String kind) {
        JsonObject fee = Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + procedureId + "/fees"))
                .getJsonArray("fees")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> f.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow();
        String amount = fee.getJsonNumber("amount").bigDecimalValue().toPlainString();
        HttpResponse<String> paid = Http.as(base, DemoAccounts.STAFF)
                .postJson(
                        "/api/v1/procedures/" + procedureId + "/fees/" + fee.getString("id") + "/payments",
                        "{\"amount\":\"" + amount + "\"}");
        assertEquals(201, paid.statusCode(), paid.body());
    }

    /** The filing fee paid, staff check compliance and commence against the demo platform. */
    void commence(String procedureId) {
        pay(procedureId, "FILING");
        commencePaid(procedureId);
    }

    /** Staff check compliance and commence against the demo platform the Procedure whose filing fee is paid. */
    void commencePaid(String procedureId) {
        HttpResponse<String> commenced = Http.as(base, DemoAccounts.STAFF)
                .postJson(
                        "/api/v1/procedures/" + procedureId + "/commencement",
                        "{\"compliant\":true,\"respondingParty\":\"" + DemoAccounts.PLATFORM + "\"}");
        assertEquals(200, commenced.statusCode(), commenced.body());
    }

    /** R-PLAT.3: staff's reason for inviting while the Answer is awaited (ignored after that point). */
    static final String EARLY = "Both Parties asked to proceed at once (test).";

    /** Staff invite {@code neutral}, who accepts with the declaration of 9(b). */
    void appoint(String procedureId, String neutral) {
        HttpResponse<String> invited = Http.as(base, DemoAccounts.STAFF)
                .postJson(
                        "/api/v1/procedures/" + procedureId + "/appointment/invitation",
                        "{\"neutral\":\"" + neutral + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}");
        assertEquals(200, invited.statusCode(), invited.body());
        HttpResponse<String> accepted = Http.as(base, neutral)
                .postJson(
                        "/api/v1/procedures/" + procedureId + "/appointment/acceptance",
                        "{\"confirmsImpartiality\":true}");
        assertEquals(200, accepted.statusCode(), accepted.body());
    }

    /**
     * The platform (the Responding Party of the Procedures filed here) answers; from then on the Resolution may
     * be signed at once (R-PLAT.3).
     */
    void fileAnswer(String procedureId) {
        HttpResponse<String> answered = Http.as(base, DemoAccounts.PLATFORM)
                .postJson("/api/v1/procedures/" + procedureId + "/answer", answer("We acted on a notice."));
        assertEquals(200, answered.statusCode(), answered.body());
    }

    /** A complete Answer body (7(b)(i)–(iii)). */
    static String answer(String reply) {
        return jakarta.json.Json.createObjectBuilder()
                .add("contactEmail", "legal@streamly.example")
                .add("domicile", "IE")
                .add("reply", reply)
                .add("termsAndConditions", "Terms, section 7")
                .add("otherProceedings", "None")
                .build()
                .toString();
    }
}
