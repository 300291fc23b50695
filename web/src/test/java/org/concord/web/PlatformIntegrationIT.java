package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.client.ApiClient;
import org.concord.client.ApiException;
import org.concord.client.api.OrganisationsApi;
import org.concord.client.api.ProceduresApi;
import org.concord.client.api.WebhooksApi;
import org.concord.client.model.AnswerForm;
import org.concord.client.model.ImplementationForm;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23's scenario "a platform integrates by API only" (R-PLAT.1, R-PLAT.2, R-PLAT.4, R-PLAT.5, R-SOR.1): the
 * user imports the platform's Statement of Reasons and files the Request; the Center commences it against Streamly;
 * everything Streamly does from then on goes through the Java client generated from docs/openapi.yaml with its
 * integration's token, and everything it learns arrives at its own signed webhook endpoint ({@link WebhookReceiver}, started
 * here, checking signatures with its own HMAC) or through the change feed: the commencement, the Answer's requirements, the
 * Answer, the Resolution, its implementation report. (The figures of the annual report in the DSA categories are
 * StatisticsIT's: one Procedure's figure is never printed, by k-anonymity, R-13.3.)
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIntegrationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ArquillianResource
    private URL base;

    private WebhookReceiver receiver;
    private String streamly;
    private String endpointId;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new WebhookReceiver(2);
        streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
    }

    @AfterEach
    void stopReceiver() throws ApiException {
        if (endpointId != null) {
            new WebhooksApi(client()).deleteWebhookEndpoint(streamly, endpointId);
        }
        receiver.close();
    }

    /** Streamly's integration: the generated client, its token on every call. */
    private ApiClient client() {
        ApiClient client = new ApiClient();
        String local = Http.local(base).toString();
        client.updateBaseUri(local.substring(0, local.length() - 1));
        client.setRequestInterceptor(
                request -> request.header("Authorization", "Bearer " + DemoAccounts.token(PLATFORM)));
        return client;
    }

    private WebhookReceiver.Received awaitEvent(String procedureId, String type) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            for (WebhookReceiver.Received r : receiver.received()) {
                if (r.procedureId().equals(procedureId) && r.type().equals(type)) {
                    return r;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(
                type + " for " + procedureId + " within " + PATIENCE + "; received: " + receiver.received());
    }

    @Test
    void aPlatformIntegratesByApiOnly_RPLAT1_RPLAT2_RPLAT4_RPLAT5() throws Exception {
        WebhooksApi webhooks = new WebhooksApi(client());
        ProceduresApi procedures = new ProceduresApi(client());
        OrganisationsApi organisations = new OrganisationsApi(client());

        // Streamly's integration registers its endpoint: the secret comes this once.
        Map<?, ?> endpoint = (Map<?, ?>) webhooks.registerWebhookEndpoint(
                streamly,
                Map.of(
                        "url",
                        receiver.url(""),
                        "events",
                        List.of("procedure.commenced", "resolution.communicated", "implementation_report.due")));
        endpointId = (String) endpoint.get("id");
        String secret = (String) endpoint.get("secret");

        // The user imports the platform's Statement of Reasons and files the Request from it (R-SOR.1).
        String statement = StatementOfReasonsIT.fixture("example_statement.json")
                .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", "scenario-" + UUID.randomUUID())
                .replace(
                        "\"category_specification\":[]",
                        "\"category_specification\":[\"KEYWORD_COPYRIGHT_INFRINGEMENT\"]");
        HttpResponse<String> imported =
                Http.as(base, ALICE).postJson("/api/v1/requests/statement-of-reasons", statement);
        assertEquals(201, imported.statusCode(), imported.body());
        String statementId =
                Http.json(imported).getJsonArray("statements").getJsonObject(0).getString("id");
        HttpResponse<String> filed = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/requests",
                        RequestBodies.items("COPYRIGHT", "Streamly", "They removed my own song.")
                                .add("statementOfReasons", statementId)
                                .build()
                                .toString());
        assertEquals(201, filed.statusCode(), filed.body());
        String id = Http.json(filed).getString("id");

        // The Center commences it against Streamly: the commencement reaches Streamly's endpoint, signed, ids only.
        Lifecycle lifecycle = new Lifecycle(base);
        lifecycle.commence(id);
        WebhookReceiver.Received commenced = awaitEvent(id, "procedure.commenced");
        assertTrue(commenced.signedWith(secret), "signed with the endpoint's secret (Standard Webhooks)");
        assertFalse(commenced.body().contains("removed my own song"), "no confidential content (R-13)");

        // Its caseload by API: the new Procedure in the change feed and in "Answer due", with what to do by when.
        Map<?, ?> feed = (Map<?, ?>) organisations.listOrganisationChanges(streamly, null, "100");
        String cursor = (String) feed.get("next");
        List<?> answerDue = (List<?>)
                ((Map<?, ?>) procedures.listProcedures(null, "100", null, "true", null, null, null)).get("items");
        Map<?, ?> mine = answerDue.stream()
                .map(Map.class::cast)
                .filter(p -> id.equals(p.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("in the platform's list of Answers due"));
        assertEquals("FILE_ANSWER", mine.get("nextAction"), mine.toString());

        // Before filing, the integration reads what the Answer asks: its fees are due and would hold it (R-PLAT.1).
        Map<?, ?> requirements = (Map<?, ?>) procedures.getAnswerRequirements(id);
        assertEquals(Boolean.TRUE, requirements.get("heldUntilPaid"), requirements.toString());
        assertEquals(
                mine.get("dueDate"), requirements.get("answerDue"), "the list's due date is the Answer's last day");
        assertTrue(new BigDecimal(requirements.get("outstanding").toString()).signum() > 0);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        assertEquals(Boolean.FALSE, ((Map<?, ?>) procedures.getAnswerRequirements(id)).get("heldUntilPaid"));

        // The Answer through the API, retried with the same Idempotency-Key: filed once.
        AnswerForm answer = new AnswerForm()
                .contactEmail("legal@streamly.example")
                .domicile("IE")
                .reply("The recording matched a rightholder's reference file; we will follow the Resolution.")
                .termsAndConditions("Terms, section 7")
                .otherProceedings("None");
        String key = "streamly-answer-" + UUID.randomUUID();
        Map<?, ?> answered = (Map<?, ?>) procedures.fileAnswer(id, answer, key);
        assertEquals("FILED", answered.get("answerStatus"));
        assertEquals("FILED", ((Map<?, ?>) procedures.fileAnswer(id, answer, key)).get("answerStatus"));

        // The Neutral decides; the Center communicates the Resolution: Streamly's endpoint is told.
        lifecycle.appoint(id, NEUTRAL);
        String path = "/api/v1/procedures/" + id;
        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .put(
                                path + "/resolution",
                                "{\"description\":\"A song was removed.\",\"recommendation\":\"Reinstate the song.\","
                                        + "\"reasons\":\"It is the Requesting Party's own work.\","
                                        + "\"outcome\":\"FOR_REQUESTING_PARTY\"}")
                        .statusCode());
        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .postJson(path + "/resolution/signature", "")
                        .statusCode());
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(path + "/resolution/communication", "")
                        .statusCode());
        assertTrue(awaitEvent(id, "resolution.communicated").signedWith(secret));
        Map<?, ?> resolved = (Map<?, ?>) procedures.getProcedure(id);
        assertEquals("RESOLVED", resolved.get("state"));

        // Polling from its last cursor, the integration sees the Procedure once, at its latest change (R-PLAT.1).
        List<?> changed =
                (List<?>) ((Map<?, ?>) organisations.listOrganisationChanges(streamly, cursor, "100")).get("items");
        assertEquals(
                1,
                changed.stream()
                        .map(Map.class::cast)
                        .filter(c -> id.equals(c.get("id")))
                        .count(),
                "once, however many changes: " + changed);

        // The Resolution to implement: listed so, then reported through the API (R-PLAT.4).
        Map<?, ?> toImplement = ((List<?>)
                        ((Map<?, ?>) procedures.listProcedures(null, "100", null, null, "true", null, null))
                                .get("items"))
                .stream()
                        .map(Map.class::cast)
                        .filter(p -> id.equals(p.get("id")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("in the platform's list of Resolutions to implement"));
        assertEquals("REPORT_IMPLEMENTATION", toImplement.get("nextAction"));
        Map<?, ?> reported = (Map<?, ?>) procedures.reportImplementation(
                id,
                new ImplementationForm()
                        .outcome("IMPLEMENTED")
                        .date(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich"))
                                .toString()),
                "streamly-implementation-" + UUID.randomUUID());
        assertEquals("IMPLEMENTED", ((Map<?, ?>) reported.get("implementation")).get("outcome"));

        // The Requesting Party reads the platform's report on its page's data (R-PLAT.4).
        JsonObject alicesView = Http.json(Http.as(base, ALICE).get(path));
        assertEquals("IMPLEMENTED", alicesView.getJsonObject("implementation").getString("outcome"));
    }
}
