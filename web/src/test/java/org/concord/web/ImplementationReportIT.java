package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-PLAT.4 end to end: once the Center communicated the Resolution, the platform (the Responding Party) is reminded
 * before the due date and reports, once, whether it implemented it; the Requesting Party and staff read the report;
 * staff list the reports not implemented in full. Refused before communication (409 naming the rule), to the
 * Requesting Party (409), to an outsider (404, as for any Procedure it may not see). The ITs run with a report period
 * of 2 days (web/pom.xml), so the 3-day reminder of the default configuration is due at once.
 */
@ExtendWith(ArquillianExtension.class)
class ImplementationReportIT {

    @ArquillianResource
    private URL base;

    /** A Procedure whose Resolution is signed, not yet communicated; its path. */
    private String signed() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Implementation report test.");
        lifecycle.commence(id);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        lifecycle.fileAnswer(id);
        lifecycle.appoint(id, NEUTRAL);
        String path = "/api/v1/procedures/" + id;
        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .put(
                                path + "/resolution",
                                "{\"description\":\"A song was removed.\",\"recommendation\":\"Reinstate it.\","
                                        + "\"reasons\":\"Own work.\",\"outcome\":\"FOR_REQUESTING_PARTY\"}")
                        .statusCode());
        HttpResponse<String> signed = Http.as(base, NEUTRAL).postJson(path + "/resolution/signature", "");
        assertEquals(200, signed.statusCode(), signed.body());
        return path;
    }

    private static String report(String outcome, String date, String reason) {
        var body =
                jakarta.json.Json.createObjectBuilder().add("outcome", outcome).add("date", date);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build().toString();
    }

    @Test
    void thePlatformReportsOnceAndTheRequestingPartyAndStaffReadIt_RPLAT4() {
        String path = signed();
        String today = LocalDate.now(ZoneId.of("Europe/Zurich")).toString();
        String reportPath = path + "/implementation-report";

        HttpResponse<String> early = Http.as(base, PLATFORM).postJson(reportPath, report("IMPLEMENTED", today, null));
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("R-PLAT.4", Http.json(early).getString("rule"), "refused before communication, naming the rule");
        assertFalse(Http.json(Http.as(base, PLATFORM).get(path))
                .getJsonObject("may")
                .getBoolean("reportImplementation"));

        HttpResponse<String> communicated = Http.as(base, STAFF).postJson(path + "/resolution/communication", "");
        assertEquals(200, communicated.statusCode(), communicated.body());
        JsonObject platformsView = Http.json(Http.as(base, PLATFORM).get(path));
        String reference = platformsView.getString("reference");
        assertTrue(platformsView.getJsonObject("may").getBoolean("reportImplementation"));
        assertEquals(
                LocalDate.parse(today).plusDays(2).toString(),
                platformsView.getJsonObject("implementation").getString("due"),
                "due the configured days after communication (2 in the ITs)");

        // R-C3: reminded before the due date, by e-mail, with no content of the case.
        Predicate<MimeMessage> reminder = m -> Smtp.subject(m).contains(reference)
                && Smtp.subject(m).contains("implementing the Resolution")
                && Smtp.recipient(m).equals(PLATFORM);
        MimeMessage mail = Smtp.await(reminder, 30);
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("(3 days before)"), body);
        assertFalse(body.contains("Own work"), "no content of the case (R-C1)");

        String id = path.substring(path.lastIndexOf('/') + 1);
        String platformsPage = PageSessions.client(base, PLATFORM)
                .get("/procedure.xhtml?id=" + id)
                .body();
        assertTrue(platformsPage.contains("id=\"implementation-report\""), "the platform's form, as may… says");
        assertFalse(
                PageSessions.client(base, ALICE)
                        .get("/procedure.xhtml?id=" + id)
                        .body()
                        .contains("id=\"implementation-report\""),
                "no form for the Requesting Party");

        HttpResponse<String> byRequester =
                Http.as(base, ALICE).postJson(reportPath, report("IMPLEMENTED", today, null));
        assertEquals(409, byRequester.statusCode(), byRequester.body());
        assertEquals("R-PLAT.4", Http.json(byRequester).getString("rule"));
        HttpResponse<String> byOutsider = Http.as(base, BOB).postJson(reportPath, report("IMPLEMENTED", today, null));
        assertEquals(404, byOutsider.statusCode(), "an outsider learns nothing (R-13.1)");
        assertEquals(
                Http.as(base, BOB)
                        .get("/api/v1/procedures/" + java.util.UUID.randomUUID())
                        .body(),
                byOutsider.body(),
                "the same bytes as for a Procedure that does not exist");

        HttpResponse<String> noReason = Http.as(base, PLATFORM).postJson(reportPath, report("PARTLY", today, " "));
        assertEquals(400, noReason.statusCode(), noReason.body());
        JsonObject error = Http.json(noReason).getJsonArray("errors").getJsonObject(0);
        assertEquals("/reason", error.getString("pointer"));
        assertEquals("R-PLAT.4", error.getString("rule"));

        // R-PLAT.1, R-PLAT.4: the platform's list finds it under "to implement", with the report as its next action.
        JsonObject toImplement = Http.json(
                        Http.as(base, PLATFORM).get("/api/v1/procedures/mine?toImplement=true&size=100"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("in the platform's list of Resolutions to implement"));
        assertEquals("REPORT_IMPLEMENTATION", toImplement.getString("nextAction"));
        assertEquals(platformsView.getJsonObject("implementation").getString("due"), toImplement.getString("dueDate"));
        assertEquals(
                400,
                Http.as(base, PLATFORM)
                        .get("/api/v1/procedures/mine?toImplement=maybe")
                        .statusCode());

        String partly = report("PARTLY", today, "The song is back; its cover art stays removed under a court order.");
        HttpResponse<String> reported = Http.as(base, PLATFORM).postJson(reportPath, partly, "Idempotency-Key", "k-1");
        assertEquals(200, reported.statusCode(), reported.body());
        assertEquals(
                "PARTLY", Http.json(reported).getJsonObject("implementation").getString("outcome"));
        HttpResponse<String> retried = Http.as(base, PLATFORM).postJson(reportPath, partly, "Idempotency-Key", "k-1");
        assertEquals(200, retried.statusCode(), "a retry under the same key answers the Procedure as it is");
        assertTrue(
                Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/mine?toImplement=true&size=100"))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(p -> p.getString("id").equals(id)),
                "reported: no longer to implement");
        HttpResponse<String> again = Http.as(base, PLATFORM).postJson(reportPath, report("IMPLEMENTED", today, null));
        assertEquals(409, again.statusCode(), "reported once");

        JsonObject alicesReport = Http.json(Http.as(base, ALICE).get(path)).getJsonObject("implementation");
        assertEquals("PARTLY", alicesReport.getString("outcome"));
        assertEquals(today, alicesReport.getString("date"));
        assertTrue(alicesReport.getString("reason").contains("court order"));
        assertFalse(alicesReport.containsKey("reportedBy"), "who at the platform reported is for staff");
        assertEquals(
                PLATFORM,
                Http.json(Http.as(base, STAFF).get(path))
                        .getJsonObject("implementation")
                        .getString("reportedBy"));
        Smtp.await(
                m -> Smtp.recipient(m).equals(ALICE)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("reported on implementing"),
                30);

        String alicesPage = PageSessions.client(base, ALICE)
                .get("/procedure.xhtml?id=" + id)
                .body();
        assertTrue(
                alicesPage.contains("Partly implemented")
                        || alicesPage.contains("Mise en œuvre en partie")
                        || alicesPage.contains("Teilweise umgesetzt"),
                "the report in the reader's language, no raw code");
        assertTrue(
                PageSessions.client(base, STAFF)
                        .get("/console/implementation-reports.xhtml")
                        .body()
                        .contains(reference),
                "the console lists it");

        HttpResponse<String> list = Http.as(base, STAFF).get("/api/v1/procedures/implementation-reports");
        assertEquals(200, list.statusCode(), list.body());
        JsonObject row = Http.parse(list.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the partly implemented report is listed: " + list.body()));
        assertEquals("PARTLY", row.getString("outcome"));
        assertEquals(0, row.getInt("daysOverdue"));
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .get("/api/v1/procedures/implementation-reports")
                        .statusCode(),
                "for staff only");
    }
}
