package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Filing a Request through the API: stored, readable by its party, acknowledged by e-mail over real SMTP (R-C1);
 * refused input answers problem details naming each field and rule and leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class FileRequestIT {

    @ArquillianResource
    private URL base;

    private long procedureCount() {
        return Http.json(Http.as(base, STAFF).get("/api/v1/procedures/count"))
                .getJsonNumber("total")
                .longValue();
    }

    @Test
    void aFiledRequestIsStoredAndAcknowledgedByMailWithoutItsContent_RC1() throws Exception {
        String description = "Streamly removed my video of the village choir, citing a notice I never saw.";
        HttpResponse<String> filed = Http.as(base, ALICE)
                .postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", description));
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject procedure = Http.json(filed);
        String reference = procedure.getString("reference");
        assertEquals("REQUEST_FILED", procedure.getString("state"));
        String location = filed.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/procedures/" + procedure.getString("id")), location);

        JsonObject read = Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + procedure.getString("id")));
        assertEquals(description, read.getString("description"));
        assertEquals(
                "REQUESTING_PARTY",
                read.getJsonArray("participants").getJsonObject(0).getString("role"));

        MimeMessage mail = awaitMailAbout(reference);
        assertEquals(ALICE, mail.getAllRecipients()[0].toString());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("/procedure.xhtml?id=" + procedure.getString("id")), body);
        assertFalse(body.contains("choir"), "the e-mail carries no content of the filing (R-C1)");
        assertFalse(body.contains("Streamly"), "nor the other side's name (R-C1)");
        assertTrue(
                mail.getMessageID().matches("<[0-9a-f-]{36}@concord>"),
                "the Message-ID names the outbox row, "
                        + "so that a mail sent again after a lost acknowledgement keeps its id: "
                        + mail.getMessageID());
    }

    @Test
    void missingItemsAreNamedWithTheirRuleAndNothingIsStored_R5_1() {
        long before = procedureCount();
        HttpResponse<String> refused =
                Http.as(base, ALICE).postJson("/api/v1/requests", "{\"platformName\":\" \",\"description\":\"\"}");
        assertEquals(400, refused.statusCode());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Http.json(refused);
        assertEquals(400, problem.getInt("status"));
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer") + " " + e.getString("rule"))
                .toList();
        assertEquals(
                List.of(
                        "/capacity R-5.1",
                        "/platformName R-5.1",
                        "/platformReference R-5.1",
                        "/platformCorrespondenceEmail R-5.1",
                        "/matter R-2",
                        "/restrictions R-2",
                        "/description R-5.1",
                        "/remedy R-5.1",
                        "/statementOfReasons R-5.1",
                        "/ichsDecision R-5.1",
                        "/domicile R-5.1",
                        "/submitsToJurisdiction R-5.1",
                        "/otherProceedings R-5.1"),
                fields,
                "every missing item of Article 5(b), in its order");
        assertEquals(before, procedureCount(), "nothing half-written");
    }

    @Test
    void aDescriptionOfMoreThanThreeThousandWordsIsRefused_R5_2() throws Exception {
        long before = procedureCount();
        String words = String.join(" ", java.util.Collections.nCopies(3001, "mot"));
        HttpResponse<String> refused = Http.as(base, ALICE)
                .postJson("/api/v1/requests", RequestBodies.complete("TRADEMARK", "Streamly", words));
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Http.json(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("/description", error.getString("pointer"));
        assertEquals("R-5.2", error.getString("rule"));
        assertEquals(before, procedureCount(), "nothing half-written");

        String exactly = String.join(" ", java.util.Collections.nCopies(3000, "mot"));
        HttpResponse<String> accepted = Http.as(base, ALICE)
                .postJson("/api/v1/requests", RequestBodies.complete("TRADEMARK", "Streamly", exactly));
        assertEquals(201, accepted.statusCode(), "3,000 words are allowed");
        String reference = Http.json(accepted).getString("reference");
        awaitMailAbout(reference);
        assertTrue(
                Smtp.received(m -> Smtp.subject(m).contains("Request was received")).stream()
                        .allMatch(FileRequestIT::aboutAFiledProcedure),
                "the refused filings sent no e-mail");
    }

    @Test
    void malformedBodiesAndWrongRolesAreRefusedClearly() {
        HttpResponse<String> notJson = Http.as(base, ALICE).postJson("/api/v1/requests", "{\"matter\":");
        assertEquals(400, notJson.statusCode());
        assertEquals(
                "application/problem+json",
                notJson.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> badMatter =
                Http.as(base, ALICE).postJson("/api/v1/requests", RequestBodies.complete("PATENT", "Streamly", "x"));
        assertEquals(400, badMatter.statusCode());
        HttpResponse<String> staffFiling =
                Http.as(base, STAFF).postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "x"));
        assertEquals(403, staffFiling.statusCode(), "only a Party files a Request");
        HttpResponse<String> wrongPassword = Http.basic(base, ALICE, "wrong").postJson("/api/v1/requests", "{}");
        assertEquals(401, wrongPassword.statusCode());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyFilesOnce_concurrentRetriesIncluded() throws Exception {
        long before = procedureCount();
        String key = "retry-" + java.util.UUID.randomUUID();
        String body = RequestBodies.complete("COPYRIGHT", "Streamly", "Filed twice by a flaky network.");
        HttpResponse<String> first = Http.as(base, ALICE).postJson("/api/v1/requests", body, "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> retry = Http.as(base, ALICE).postJson("/api/v1/requests", body, "Idempotency-Key", key);
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(Http.json(first).getString("id"), Http.json(retry).getString("id"));
        assertEquals(before + 1, procedureCount(), "one filing");

        HttpResponse<String> reused = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/requests",
                        RequestBodies.complete("COPYRIGHT", "Streamly", "Another dispute."),
                        "Idempotency-Key",
                        key);
        assertEquals(422, reused.statusCode(), reused.body());
        assertEquals("Idempotency-Key", Http.json(reused).getString("header"));
        assertEquals(before + 1, procedureCount(), "nothing filed under a reused key");

        String concurrentKey = "race-" + java.util.UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers =
                    pool.invokeAll(java.util.Collections.nCopies(
                            6,
                            () -> Http.as(base, ALICE)
                                    .postJson("/api/v1/requests", body, "Idempotency-Key", concurrentKey)));
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                HttpResponse<String> response = answer.get();
                assertTrue(List.of(200, 201, 409).contains(response.statusCode()), response.body());
                if (response.statusCode() != 409) {
                    ids.add(Http.json(response).getString("id"));
                }
            }
            assertEquals(1, ids.size(), "every answer names the one Procedure");
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 2, procedureCount(), "six concurrent submissions, one filing");
    }

    private static boolean aboutAFiledProcedure(MimeMessage message) {
        try {
            return message.getSubject().matches("Concord DCTI-[0-9A-Z]{4}-[0-9A-Z]{4}: .*");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static MimeMessage awaitMailAbout(String reference) {
        return Smtp.await(m -> Smtp.subject(m).contains(reference), 30);
    }
}
