package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * generated: every operation the OpenAPI document lists on a Procedure, and every page that shows one, is
 * called by anonymous, each Party, each Neutral, staff and admin, on their own Procedure and on another. Outside the
 * circle the answer is byte for byte the answer for a Procedure that does not exist, and never a success; inside it,
 * nobody gets a success an operation does not grant their role. Operations that change something are only called by
 * those who must be refused, so the matrix changes nothing. Representatives (R-ACC.3): Alice's lawyer, authorised for
 * all her Procedures, acts as the Requesting Party in hers and is an outsider in Bob's, where its power of attorney
 * waits for staff; Bob, authorised by Alice and revoked, is an outsider in hers.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ANONYMOUS = "anonymous";
    /** R-ACC.2: a former member of the platform organisation, added and removed before the matrix runs. */
    private static final String FORMER_MEMBER = DemoAccounts.TRADEMARK_NEUTRAL;

    private static final List<String> CALLERS = List.of(
            ANONYMOUS,
            ALICE,
            BOB,
            PLATFORM,
            DemoAccounts.PLATFORM_COUNSEL,
            FORMER_MEMBER,
            DemoAccounts.LAWYER,
            NEUTRAL,
            OTHER_NEUTRAL,
            STAFF,
            ADMIN);

    @ArquillianResource
    private URL base;

    /** An operation on a Procedure: method and path template. */
    record Operation(String method, String path) {}

    /** Who may succeed with an operation, by role in the Procedure: the grant table the matrix checks against. */
    private static Set<String> grantedRoles(Operation op) {
        String p = op.path();
        if (op.method().equals("GET")) {
            if (p.endsWith("/audit")) {
                return Set.of("ADMIN");
            }
            if (p.endsWith("/appointment/candidates")) {
                return Set.of("STAFF", "ADMIN");
            }
            return Set.of("REQUESTING_PARTY", "RESPONDING_PARTY", "NEUTRAL", "STAFF", "ADMIN");
        }
        if (p.matches(".*/(commencement|appointment/invitation|appointment/replacement|appointment/conflict-override"
                + "|resolution/communication"
                + "|resolution/extension|payments|confirm|decline)$")) {
            return Set.of("STAFF", "ADMIN");
        }
        if (p.endsWith("/termination")) {
            return Set.of("STAFF", "ADMIN", "NEUTRAL");
        }
        if (p.endsWith("/answer")) {
            return Set.of("RESPONDING_PARTY");
        }
        if (p.endsWith("/objections")) {
            return Set.of("REQUESTING_PARTY", "RESPONDING_PARTY");
        }
        if (p.endsWith("/messages") || p.endsWith("/external-disclosures")) {
            return Set.of("REQUESTING_PARTY", "RESPONDING_PARTY", "NEUTRAL", "STAFF", "ADMIN");
        }
        // language, disclosures, resolution, signature, translation orders, reports, determinations, suggestions,
        // acceptance and declination of an appointment
        return Set.of("NEUTRAL");
    }

    private List<Operation> operations() {
        HttpResponse<String> openapi = send(ANONYMOUS, "GET", "/openapi?format=JSON");
        assertEquals(200, openapi.statusCode());
        JsonObject paths = Http.parse(openapi.body()).asJsonObject().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/procedures/{id}")) {
                continue;
            }
            for (String method : path.getValue().asJsonObject().keySet()) {
                operations.add(new Operation(method.toUpperCase(), path.getKey()));
            }
        }
        assertTrue(operations.size() >= 25, "the OpenAPI document lists the operations: " + operations);
        return operations;
    }

    private static final List<String> PAGES = List.of(
            "/procedure.xhtml?id={id}",
            "/fees.xhtml?id={id}",
            "/invoice.pdf?id={id}&payer=REQUESTING_PARTY",
            "/certificate.pdf?id={id}",
            "/document?procedure={id}&id=" + UUID.randomUUID(),
            "/console/audit.xhtml?id={id}");

    private HttpResponse<String> send(String caller, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Http.local(base).toString() + (path.startsWith("/") ? path.substring(1) : path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en");
        if (!caller.equals(ANONYMOUS)) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((caller + ":" + Http.DEMO_PASSWORD)
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String concrete(String template, String id) {
        return template.replace("{id}", id)
                .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    @Test
    void outsidersLearnNothingAndNobodyGetsWhatTheirRoleIsNotGranted_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String alices = lifecycle.file(ALICE, "Matrix: Alice's procedure.");
        lifecycle.commence(alices);
        lifecycle.appoint(alices, NEUTRAL);
        String bobs = lifecycle.file(BOB, "Matrix: Bob's procedure.");
        lifecycle.commence(bobs);
        lifecycle.appoint(bobs, OTHER_NEUTRAL);
        // R-ACC.2: the platform organisation's second member is in both circles; a member who left is in none.
        String streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
        DemoOrganisations.join(base, PLATFORM, streamly, FORMER_MEMBER, "MEMBER");
        assertEquals(
                200, send(FORMER_MEMBER, "GET", "/api/v1/procedures/" + alices).statusCode());
        assertEquals(
                200,
                DemoOrganisations.remove(base, PLATFORM, streamly, FORMER_MEMBER)
                        .statusCode());
        // R-ACC.3: Alice's lawyer (authorised for all her Procedures) acts as the Requesting Party in hers and is an
        // outsider in Bob's; Bob, authorised by Alice for hers and then revoked, is an outsider again.
        HttpResponse<String> invited = Http.as(base, ALICE)
                .postJson("/api/v1/representations", "{\"email\":\"" + BOB + "\",\"procedure\":\"" + alices + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        String representation = Http.json(invited).getString("id");
        assertEquals(
                200,
                Http.as(base, BOB)
                        .postJson("/api/v1/representations/" + representation + "/accept", "{}")
                        .statusCode());
        assertEquals(200, send(BOB, "GET", "/api/v1/procedures/" + alices).statusCode());
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + representation + "/revoke", "{}")
                        .statusCode());
        // R-ACC.3, R-13.1: Alice's lawyer files a power of attorney for Bob in Bob's Procedure; pending, it is an
        // outsider
        // there like anyone else (staff have not accepted it).
        String bobsReference =
                Http.json(Http.as(base, BOB).get("/api/v1/procedures/" + bobs)).getString("reference");
        HttpResponse<String> filed = Http.as(base, DemoAccounts.LAWYER)
                .postMultipart(
                        "/api/v1/representations/powers-of-attorney",
                        "document",
                        "power-of-attorney.pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "reference",
                        bobsReference,
                        "partyEmail",
                        BOB);
        assertEquals(202, filed.statusCode(), filed.body());
        assertEquals("PENDING", Http.json(filed).getString("state"));
        Map<String, Map<String, String>> roles = Map.of(
                alices,
                        Map.of(
                                ALICE,
                                "REQUESTING_PARTY",
                                DemoAccounts.LAWYER,
                                "REQUESTING_PARTY",
                                PLATFORM,
                                "RESPONDING_PARTY",
                                DemoAccounts.PLATFORM_COUNSEL,
                                "RESPONDING_PARTY",
                                NEUTRAL,
                                "NEUTRAL",
                                STAFF,
                                "STAFF",
                                ADMIN,
                                "ADMIN"),
                bobs,
                        Map.of(
                                BOB,
                                "REQUESTING_PARTY",
                                PLATFORM,
                                "RESPONDING_PARTY",
                                DemoAccounts.PLATFORM_COUNSEL,
                                "RESPONDING_PARTY",
                                OTHER_NEUTRAL,
                                "NEUTRAL",
                                STAFF,
                                "STAFF",
                                ADMIN,
                                "ADMIN"));

        List<String> failures = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (Operation op : operations()) {
            for (Map.Entry<String, Map<String, String>> procedure : roles.entrySet()) {
                String id = procedure.getKey();
                for (String caller : CALLERS) {
                    String role = procedure.getValue().get(caller);
                    boolean granted = role != null && grantedRoles(op).contains(role);
                    if (granted && !op.method().equals("GET")) {
                        continue;
                    }
                    String path = concrete(op.path(), id);
                    HttpResponse<String> answer = send(caller, op.method(), path);
                    boolean success = answer.statusCode() / 100 == 2;
                    if (role == null) {
                        HttpResponse<String> nowhere = send(
                                caller,
                                op.method(),
                                concrete(op.path(), UUID.randomUUID().toString()));
                        if (success
                                || answer.statusCode() != nowhere.statusCode()
                                || !answer.body().equals(nowhere.body())) {
                            failures.add(caller + " " + op.method() + " " + path + ": " + answer.statusCode() + " vs "
                                    + nowhere.statusCode() + " for a missing procedure");
                        }
                    } else if (success && !granted) {
                        failures.add(caller + " (" + role + ") " + op.method() + " " + path + ": " + answer.statusCode()
                                + ", not granted");
                    }
                    checked.merge(op.method() + " " + op.path(), 1, Integer::sum);
                }
            }
        }
        for (String page : PAGES) {
            for (Map.Entry<String, Map<String, String>> procedure : roles.entrySet()) {
                for (String caller : CALLERS) {
                    if (procedure.getValue().containsKey(caller)) {
                        continue;
                    }
                    String other = UUID.randomUUID().toString();
                    HttpResponse<String> hidden = send(caller, "GET", concrete(page, procedure.getKey()));
                    HttpResponse<String> missing = send(caller, "GET", concrete(page, other));
                    // A sign-in redirect repeats the address asked for: the caller's own input, not an answer.
                    String hiddenBody =
                            ProcedureAccessIT.withoutViewState(hidden.body()).replace(procedure.getKey(), "{id}");
                    String missingBody =
                            ProcedureAccessIT.withoutViewState(missing.body()).replace(other, "{id}");
                    if (hidden.statusCode() / 100 == 2
                            || hidden.statusCode() != missing.statusCode()
                            || !hiddenBody.equals(missingBody)) {
                        failures.add(
                                caller + " GET " + page + ": " + hidden.statusCode() + " vs " + missing.statusCode());
                    }
                    checked.merge("page " + page, 1, Integer::sum);
                }
            }
        }
        assertEquals(
                List.of(),
                failures,
                "unexpected allows or telling answers, after "
                        + checked.values().stream().mapToInt(Integer::intValue).sum() + " calls over " + checked.size()
                        + " operations and pages");
    }
}
