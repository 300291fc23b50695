package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * per role: who sees a Procedure, through the API and the page, and that everyone else cannot even learn
 * that it exists — the answer for a hidden procedure is the answer for a missing or malformed id, byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureAccessIT {

    private static final String MISSING = "/api/v1/procedures/" + UUID.randomUUID();
    private static final String MALFORMED = "/api/v1/procedures/not-a-uuid";

    @ArquillianResource
    private URL base;

    /** The demo procedure in which Bob requests, Streamly responds and the expert is the appointed Neutral. */
    private String appointedProcedure() {
        return DemoProcedures.all(base).stream()
                .filter(p -> p.getString("state").equals("NEUTRAL_APPOINTED")
                        && p.getString("matter").equals("TRADEMARK"))
                .map(p -> p.getString("id"))
                .findFirst()
                .orElseThrow();
    }

    private String newRequestOfAlice() {
        HttpResponse<String> filed = Http.as(base, ALICE)
                .postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Access matrix test."));
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).getString("id");
    }

    @Test
    void apiShowsAProcedureToItsCircleOnly_R13_1() {
        String appointed = appointedProcedure();
        String filed = newRequestOfAlice();
        Map<String, Integer> appointedExpected =
                Map.of(BOB, 200, PLATFORM, 200, NEUTRAL, 200, STAFF, 200, ADMIN, 200, ALICE, 404, OTHER_NEUTRAL, 404);
        Map<String, Integer> filedExpected =
                Map.of(ALICE, 200, STAFF, 200, ADMIN, 200, BOB, 404, PLATFORM, 404, NEUTRAL, 404, OTHER_NEUTRAL, 404);

        List<Executable> checks = new ArrayList<>();
        checks.addAll(matrix(appointed, appointedExpected));
        checks.addAll(matrix(filed, filedExpected));
        assertAll(checks);
    }

    private List<Executable> matrix(String id, Map<String, Integer> expected) {
        List<Executable> checks = new ArrayList<>();
        expected.forEach((caller, status) -> checks.add(() -> {
            Http http = Http.as(base, caller);
            HttpResponse<String> answer = http.get("/api/v1/procedures/" + id);
            assertEquals(status, answer.statusCode(), caller + " on " + id + ": " + answer.body());
            if (status == 200) {
                assertEquals(id, Http.json(answer).getString("id"));
            } else {
                assertIdentical(http.get(MISSING), answer, caller + " hidden vs missing");
                assertIdentical(http.get(MALFORMED), answer, caller + " hidden vs malformed");
            }
        }));
        return checks;
    }

    @Test
    void staffPageThroughEveryProcedureByKeysetNewestFirst() {
        List<String> seen = new ArrayList<>();
        String next = null;
        java.time.Instant previous = java.time.Instant.MAX;
        do {
            HttpResponse<String> answer =
                    Http.as(base, STAFF).get("/api/v1/procedures?size=3" + (next == null ? "" : "&after=" + next));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject page = Http.json(answer);
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                java.time.Instant received = java.time.Instant.parse(item.getString("receivedAt"));
                assertTrue(!received.isAfter(previous), "newest first");
                previous = received;
                seen.add(item.getString("id"));
            }
            next = page.containsKey("next") ? page.getString("next") : null;
        } while (next != null);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no procedure twice");
        assertEquals(
                Http.json(Http.as(base, STAFF).get("/api/v1/procedures/count"))
                        .getJsonNumber("total")
                        .longValue(),
                seen.size(),
                "and none missed");
        assertEquals(
                400, Http.as(base, STAFF).get("/api/v1/procedures?after=forged").statusCode());
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/procedures/count").statusCode());
    }

    @Test
    void anonymousCallersLearnNothingEither_R13_1() {
        Http anonymous = Http.anonymous(base);
        HttpResponse<String> existing = anonymous.get("/api/v1/procedures/" + appointedProcedure());
        assertEquals(401, existing.statusCode());
        assertEquals(
                "application/problem+json",
                existing.headers().firstValue("Content-Type").orElse(""));
        assertIdentical(anonymous.get(MISSING), existing, "anonymous: existing vs missing");
        HttpResponse<String> badToken =
                Http.bearer(base, "concord_forged").get("/api/v1/procedures/" + appointedProcedure());
        assertEquals(401, badToken.statusCode());
    }

    @Test
    void pagesShowAProcedureToItsCircleOnly_R13_1() {
        String appointed = appointedProcedure();
        for (String caller : List.of(BOB, PLATFORM, NEUTRAL, STAFF, ADMIN)) {
            HttpResponse<String> page = Http.as(base, caller).get("/procedure.xhtml?id=" + appointed);
            assertEquals(200, page.statusCode(), caller);
            assertTrue(page.body().contains("Trademark infringement"), caller);
        }
        for (String caller : List.of(ALICE, OTHER_NEUTRAL)) {
            Http http = Http.as(base, caller);
            HttpResponse<String> hidden = http.get("/procedure.xhtml?id=" + appointed);
            HttpResponse<String> missing = http.get("/procedure.xhtml?id=" + UUID.randomUUID());
            assertEquals(404, hidden.statusCode(), caller);
            assertEquals(404, missing.statusCode(), caller);
            assertEquals(withoutViewState(missing.body()), withoutViewState(hidden.body()), caller);
            assertTrue(!hidden.body().contains("Streamly"), "nothing of the procedure leaks to " + caller);
        }
    }

    @Test
    void onlyStaffListAllProceduresAndGetTheCaseloadReport_RSTAT3() {
        assertEquals(200, Http.as(base, STAFF).get("/api/v1/procedures").statusCode());
        assertEquals(200, Http.as(base, ADMIN).get("/api/v1/procedures").statusCode());
        for (String outsider : List.of(ALICE, PLATFORM, NEUTRAL)) {
            HttpResponse<String> refused = Http.as(base, outsider).get("/api/v1/procedures");
            assertEquals(403, refused.statusCode(), outsider);
            assertEquals(
                    "application/problem+json",
                    refused.headers().firstValue("Content-Type").orElse(""));
            assertEquals(
                    403,
                    Http.as(base, outsider).get("/console/reports/caseload.pdf").statusCode(),
                    outsider);
            assertEquals(
                    403,
                    Http.as(base, outsider).get("/console/procedures.xhtml").statusCode(),
                    outsider);
        }
        assertEquals(401, Http.anonymous(base).get("/api/v1/procedures").statusCode());
        HttpResponse<String> toLogin = Http.anonymous(base).get("/console/reports/caseload.pdf");
        assertEquals(302, toLogin.statusCode());
        assertTrue(toLogin.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));
        assertEquals(302, Http.anonymous(base).get("/portal/procedures.xhtml").statusCode());
    }

    private static void assertIdentical(HttpResponse<String> expected, HttpResponse<String> actual, String what) {
        assertEquals(expected.statusCode(), actual.statusCode(), what + ": status");
        assertEquals(expected.body(), actual.body(), what + ": body");
        for (String header : List.of("Content-Type", "Content-Length", "WWW-Authenticate", "Set-Cookie", "Location")) {
            assertEquals(
                    expected.headers().allValues(header), actual.headers().allValues(header), what + ": " + header);
        }
    }

    /**
     * Faces puts a fresh view-state token in every page's forms, and PrimeFaces a fresh script nonce in every page
     * (its CSP mode, R-SEC.4); everything else must be the same.
     */
    static String withoutViewState(String html) {
        return html.replaceAll("(jakarta\\.faces\\.ViewState[^>]*?value=\")[^\"]*\"", "$1\"")
                .replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll("PrimeFaces\\.csp\\.init\\('[^']*'\\)", "PrimeFaces.csp.init('')");
    }
}
