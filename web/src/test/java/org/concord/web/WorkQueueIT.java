package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24: each role's work queue over the demo data, through {@code GET /api/v1/me/work-queue} and the start page.
 * A Party's filing unpaid is "fees to pay"; once commenced it is the platform's "Answer due" with its date; staff's
 * "Requests to check" lists only Requests not commenced and counts the new one; a Neutral sees the invitation with its
 * expiry, then the Resolution to deliver with its due date once it accepts.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueueIT {

    @ArquillianResource
    private URL base;

    private JsonObject queue(String caller) {
        HttpResponse<String> response = Http.as(base, caller).get("/api/v1/me/work-queue");
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static List<String> kinds(JsonObject queue) {
        return queue.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("kind"))
                .toList();
    }

    private static JsonObject section(JsonObject queue, String kind) {
        return queue.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " missing: " + queue));
    }

    private static Optional<JsonObject> item(JsonObject queue, String kind, String procedureId) {
        return section(queue, kind).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> procedureId.equals(i.getString("procedureId", null)))
                .findFirst();
    }

    private String reference(String procedureId) {
        return Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + procedureId))
                .getString("reference");
    }

    @Test
    void eachRoleHasItsSectionsInTheOrderOfItsWork_issue24() {
        assertEquals(
                List.of(
                        "CHECK_REQUEST",
                        "REVIEW_PAYMENT",
                        "APPOINT_NEUTRAL",
                        "RESOLUTION_DUE",
                        "TRANSLATION_DUE",
                        "IMPLEMENTATION_OVERDUE"),
                kinds(queue(STAFF)));
        assertEquals(List.of("ANSWER_INVITATION", "DELIVER_RESOLUTION"), kinds(queue(NEUTRAL)));
        assertEquals(List.of("PAY_FEES", "FILE_ANSWER", "REPORT_IMPLEMENTATION"), kinds(queue(PLATFORM)));
        assertEquals(List.of("PAY_FEES", "FILE_ANSWER", "REPORT_IMPLEMENTATION"), kinds(queue(ALICE)));
        assertEquals(401, Http.anonymous(base).get("/api/v1/me/work-queue").statusCode());
        for (String caller : List.of(STAFF, NEUTRAL, PLATFORM, ALICE)) {
            for (JsonObject s : queue(caller).getJsonArray("sections").getValuesAs(JsonObject.class)) {
                int shown = s.getJsonArray("items").size();
                assertTrue(shown <= 5, "a capped list: " + s);
                assertTrue(s.getInt("count") >= shown, "the count covers the items shown: " + s);
            }
        }
    }

    @Test
    void staffCheckRequestsNotYetCommencedTheLongestWaitingFirst_R6() {
        JsonObject before = section(queue(STAFF), "CHECK_REQUEST");
        Set<String> filed = DemoProcedures.all(base).stream()
                .filter(p -> p.getString("state").equals("REQUEST_FILED"))
                .map(p -> p.getString("id"))
                .collect(Collectors.toSet());
        List<JsonObject> items = before.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty(), "the demo data holds Requests to check");
        for (JsonObject i : items) {
            assertTrue(filed.contains(i.getString("procedureId")), "only Requests not commenced: " + i);
        }
        for (int k = 1; k < items.size(); k++) {
            assertFalse(
                    LocalDate.parse(items.get(k).getString("since"))
                            .isBefore(LocalDate.parse(items.get(k - 1).getString("since"))),
                    "the longest waiting first");
        }
        if (!before.getBoolean("atLeast")) {
            assertEquals(filed.size(), before.getInt("count"), "every Request not commenced, counted");
            new Lifecycle(base).file(ALICE, "Filed for staff's work queue.");
            assertEquals(
                    filed.size() + 1, section(queue(STAFF), "CHECK_REQUEST").getInt("count"));
        }
        // The start page says it in words, the dates in the page's language.
        String page = Http.as(base, STAFF).get("/index.xhtml").body();
        assertTrue(page.contains("Requests to check"), page);
        assertTrue(page.contains("Check the Request"), page);
        assertFalse(page.contains("???"), "no missing text");
        assertFalse(page.contains("CHECK_REQUEST</"), "no enum code shown");
    }

    @Test
    void aPartysUnpaidRequestIsFeesToPayThenThePlatformsAnswerIsDueWithItsDate_R17_2_R7() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Filed for the Party's work queue.");
        JsonObject fees = item(queue(ALICE), "PAY_FEES", id).orElseThrow(() -> new AssertionError("fees to pay"));
        assertEquals(reference(id), fees.getString("reference"));
        assertTrue(item(queue(PLATFORM), "FILE_ANSWER", id).isEmpty(), "not commenced: nothing for the platform");

        lifecycle.commence(id);
        assertTrue(item(queue(ALICE), "PAY_FEES", id).isEmpty(), "paid: off Alice's queue");
        assertTrue(item(queue(ALICE), "FILE_ANSWER", id).isEmpty(), "the Requesting Party waits, it has nothing to do");
        JsonObject answer = item(queue(PLATFORM), "FILE_ANSWER", id)
                .orElseThrow(() -> new AssertionError("Answer due for the platform: " + queue(PLATFORM)));
        JsonObject procedure = Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/" + id));
        String answerDue = procedure.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("ANSWER"))
                .findFirst()
                .orElseThrow()
                .getString("due");
        assertEquals(answerDue, answer.getString("due"), "by the Answer's due date (R-7)");
        assertFalse(answer.getBoolean("late"));
        assertTrue(item(queue(PLATFORM), "FILE_ANSWER", id).isPresent(), "read again: the same");

        lifecycle.fileAnswer(id);
        assertTrue(item(queue(PLATFORM), "FILE_ANSWER", id).isEmpty(), "answered: off the queue");
    }

    @Test
    void theNeutralSeesTheInvitationWithItsExpiryThenTheResolutionToDeliver_R9_R14_2() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Filed for the Neutral's work queue.");
        lifecycle.commence(id);
        HttpResponse<String> invited = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/appointment/invitation",
                        "{\"neutral\":\"" + NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}");
        assertEquals(200, invited.statusCode(), invited.body());
        JsonObject invitation = item(queue(NEUTRAL), "ANSWER_INVITATION", id)
                .orElseThrow(() -> new AssertionError("the invitation: " + queue(NEUTRAL)));
        assertEquals(reference(id), invitation.getString("reference"));
        assertTrue(invitation.containsKey("dueAt"), "answer by the invitation's expiry: " + invitation);
        String page = Http.as(base, NEUTRAL).get("/index.xhtml").body();
        assertTrue(page.contains("Invitations to answer") && page.contains(reference(id)), page);
        assertTrue(page.contains("portal/invitations.xhtml"), "links to where it is answered");

        HttpResponse<String> accepted = Http.as(base, NEUTRAL)
                .postJson("/api/v1/procedures/" + id + "/appointment/acceptance", "{\"confirmsImpartiality\":true}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(item(queue(NEUTRAL), "ANSWER_INVITATION", id).isEmpty(), "answered");
        JsonObject deliver = item(queue(NEUTRAL), "DELIVER_RESOLUTION", id)
                .orElseThrow(() -> new AssertionError("the Resolution to deliver: " + queue(NEUTRAL)));
        assertTrue(deliver.containsKey("due"), "by its due date (R-14.2): " + deliver);
    }
}
