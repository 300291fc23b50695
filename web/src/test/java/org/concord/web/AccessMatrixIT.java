package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.LAWYER;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.PLATFORM_COUNSEL;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of issue 22 (R-13.1, R-M2, R-SEC.3, R-SEC.6, R-ACC.2, R-ACC.3), generated from the OpenAPI
 * document the application serves: every operation of every path is called by anonymous, an outsider, each Party, a
 * representative (authorised; revoked), an organisation's manager and member, a former member, each Neutral, staff
 * and the administrator, with HTTP Basic (behind the verified-credential cache, docs/security.md) or, for those with a
 * second step whom Basic refuses (R-SEC.2, checked once per caller), their demo token of every scope, and with an API
 * token of each scope (READ, FILE, ACT_FOR_ORGANISATION, ADMINISTER), on the caller's own objects and on others':
 * Procedures in every state (two of the test's own, appointed, and the demo data's filed, commenced, appointed and
 * terminated ones), two mediations (in progress, requested), documents (a filing's annex, a message's annex, a report's
 * evidence), Streamly's organisation, a revoked representation, a pending power of attorney, a token and an account.
 * An operation the table below does not know fails the test ("no matrix entry for …— add one").
 *
 * <p>Choice (a) of the issue: a write is sent only by callers who must be refused, so the matrix changes nothing that
 * other tests rely on; but every write carries a <b>valid</b> body (the table {@link #SPECS}, bodies as in the other
 * ITs), so the refusal is the role or circle check's and not Bean Validation's: a refusal by validation (400, 413, 415,
 * 422) is itself a failure. The bodies are then proven valid once more: {@link #bodiesAreValid} sends each write's
 * body, as one caller who may, to a fresh object the test creates for it (a Procedure at the stage the write needs, a
 * mediation, a closure, a rule, an organisation…), and asserts that validation lets it through. Writes whose only
 * allowed effect is on shared state (accounts' addresses, statistics publications and runs, bank statements, Neutral
 * profiles, decisions on powers of attorney) are proven by their refusal only (a 403 or 404 the resource reaches after
 * validation); they are listed in {@link #NOT_PROVEN_ON_FRESH_OBJECTS}.
 *
 * <p>Who may do what is the table below, written from the domain's {@code may…} methods ({@code Circle},
 * {@code Appointments}, {@code Conduct}, {@code Resolving}, {@code Mediation}, {@code Organisation}) and the services'
 * roles, per relation to the object (not per state: a granted caller in the wrong state gets 409, and is not called
 * for writes). The assertions: no success for a caller who must be refused; outside the circle, the answer is the
 * answer for an id that does not exist, byte for byte (status, headers but {@code Date}, body, R-SEC.6); inside
 * it, 403 problem details, or 409 problem details naming the rule; a token without the scope an operation needs gets
 * the 403 naming the scope and R-SEC.3 before anything else.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** R-ACC.2: a former member of the platform organisation, added and removed before the matrix runs. */
    private static final String FORMER_MEMBER = DemoAccounts.TRADEMARK_NEUTRAL;

    /** Account roles (what the services' {@code @RolesAllowed} and the web.xml constraints know). */
    private static final Map<String, String> ACCOUNT_ROLE = Map.of(
            ALICE, "PARTY",
            BOB, "PARTY",
            PLATFORM, "PARTY",
            PLATFORM_COUNSEL, "PARTY",
            LAWYER, "PARTY",
            FORMER_MEMBER, "NEUTRAL",
            NEUTRAL, "NEUTRAL",
            OTHER_NEUTRAL, "NEUTRAL",
            STAFF, "STAFF",
            ADMIN, "ADMIN");

    /** Anonymous first ({@code null}), then every demo account the matrix calls as. */
    private static final List<String> CALLERS = Stream.concat(
                    Stream.of((String) null),
                    Stream.of(
                            ALICE,
                            BOB,
                            PLATFORM,
                            PLATFORM_COUNSEL,
                            FORMER_MEMBER,
                            LAWYER,
                            NEUTRAL,
                            OTHER_NEUTRAL,
                            STAFF,
                            ADMIN))
            .toList();

    private static final List<String> SCOPES = List.of("READ", "FILE", "ACT_FOR_ORGANISATION", "ADMINISTER");

    // Relations to a Procedure (R-13.1, R-ACC.2, R-ACC.3): the Party's own account, its representative, the platform
    // organisation's manager (the Party) and its other member; the Center acts for every Procedure.
    private static final String REQ = "REQUESTING_PARTY";
    private static final String REQ_REP = "REQUESTING_PARTY_REPRESENTATIVE";
    private static final String RESP = "RESPONDING_PARTY";
    private static final String RESP_MEMBER = "RESPONDING_PARTY_MEMBER";
    private static final String NEUTRAL_ROLE = "NEUTRAL";
    private static final String MEDIATOR = "MEDIATOR";

    private static final Set<String> CENTER = Set.of("STAFF", "ADMIN");
    private static final Set<String> PARTIES = Set.of(REQ, REQ_REP, RESP, RESP_MEMBER);
    private static final Set<String> CIRCLE = union(PARTIES, Set.of(NEUTRAL_ROLE), CENTER);

    /** What a call is about: an object with a circle, or nothing but the caller's account roles (GLOBAL). */
    enum Kind {
        PROCEDURE,
        DOCUMENT,
        PROCEDURE_IN_BODY,
        MEDIATION,
        ORGANISATION,
        REPRESENTATION,
        REVOCATION,
        POWER_OF_ATTORNEY,
        TOKEN,
        ACCOUNT,
        /** Issue 24: an entry of someone's in-app inbox, its owner's alone (InboxEntry#mayRead). */
        INBOX_ENTRY,
        GLOBAL
    }

    /** A body and its media type; {@code null} for a call without one. */
    record Body(String contentType, byte[] bytes) {
        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        /** R-SEC.4 (issue 22's CSRF hygiene): a body-less POST declares JSON and sends nothing. */
        static Body none() {
            return new Body("application/json", new byte[0]);
        }
    }

    /**
     * One operation: what it is about, who may (relations for a circle, account roles or ANYONE / SIGNED_IN for
     * GLOBAL), the token scope it needs (docs/security.md, R-SEC.3; SESSION: no token at all), and a valid body for
     * the object of id {@code target} (writes only).
     */
    record Spec(Kind kind, Set<String> granted, String scope, Function<String, Body> body) {}

    /** An object the matrix calls about, with each demo account's relation to it (the Center's is implied). */
    record Target(String label, String id, String documentId, Map<String, String> relations) {}

    /** The credentials of one call. */
    record Credential(String caller, String scope, String authorization) {
        String label() {
            return (caller == null ? "anonymous" : caller) + (scope == null ? "" : " [token " + scope + "]");
        }
    }

    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

    /** Writes whose validity is shown by their refusal only (their allowed effect is on shared state). */
    static final Set<String> NOT_PROVEN_ON_FRESH_OBJECTS = Set.of(
            "POST /api/v1/accounts/{id}/force-reset",
            "POST /api/v1/accounts/me/email",
            "POST /api/v1/accounts/me/email/confirm",
            "POST /api/v1/accounts/me/sign-out-everywhere",
            "POST /api/v1/accounts/me/close",
            "PUT /api/v1/neutrals/{email}/profile",
            "PUT /api/v1/mediators/me/listing",
            "POST /api/v1/payments/bank-statements",
            "POST /api/v1/statistics/publications",
            "POST /api/v1/statistics/runs",
            "POST /api/v1/statistics/gate-runs",
            "POST /api/v1/representations/{id}/accept",
            "POST /api/v1/representations/{id}/revoke",
            "POST /api/v1/representations/{id}/decision",
            "POST /api/v1/representations/powers-of-attorney");

    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    private static void spec(String key, Kind kind, Set<String> granted, String scope, Function<String, Body> body) {
        SPECS.put(key, new Spec(kind, granted, scope, body));
    }

    private static void read(String key, Kind kind, Set<String> granted) {
        spec(key, kind, granted, "READ", null);
    }

    private static Function<String, Body> json(String json) {
        return id -> Body.json(json);
    }

    private static final Function<String, Body> NONE = id -> Body.none();

    /** An endpoint at a local address (the tests' configuration allows it) for an event nothing here fires. */
    private static final String WEBHOOK =
            "{\"url\":\"http://127.0.0.1:9/matrix\",\"events\":[\"implementation_report.due\"]}";

    private static final String P = "/api/v1/procedures/{id}";
    private static final String M = "/api/v1/mediations/{id}";
    private static final String TODAY =
            LocalDate.now(ZoneId.of("Europe/Zurich")).toString();
    private static final String IN_A_WEEK =
            LocalDate.now(ZoneId.of("Europe/Zurich")).plusDays(7).toString();

    private static final String RESOLUTION = "{\"description\":\"A song was removed.\","
            + "\"recommendation\":\"Reinstate the song.\",\"reasons\":\"It is the Requesting Party's own work.\","
            + "\"outcome\":\"FOR_REQUESTING_PARTY\"}";

    /** The current settlement agreement's SHA-256 of a mediation the test made (R-M3), for its acceptance. */
    private static final Map<String, String> SHA = new java.util.concurrent.ConcurrentHashMap<>();

    /** Set by the test before the table is used: ids the bodies need. */
    private static String otto = "";

    private static String ruleBody = "{}";
    private static String camt = "";
    private static String statementOfReasons = "{}";

    static {
        Set<String> admin = Set.of("ADMIN");
        Set<String> staff = CENTER;
        Set<String> signedIn = Set.of("SIGNED_IN");
        Set<String> anyone = Set.of("ANYONE");
        Set<String> party = Set.of("PARTY");
        Set<String> neutral = Set.of("NEUTRAL");

        // Procedures: Circle, Appointments, Conduct, Resolving, FeeService.
        read("GET " + P, Kind.PROCEDURE, CIRCLE);
        read("GET " + P + "/file", Kind.PROCEDURE, CIRCLE);
        read("GET " + P + "/audit", Kind.PROCEDURE, admin);
        read("GET " + P + "/certificate", Kind.PROCEDURE, CIRCLE);
        read("GET " + P + "/documents/{documentId}", Kind.DOCUMENT, union(Set.of("READER"), CENTER));
        read("GET " + P + "/appointment/candidates", Kind.PROCEDURE, CENTER);
        read("GET " + P + "/fees", Kind.PROCEDURE, union(PARTIES, CENTER)); // Circle#maySeeFees: not the Neutral
        // Circle#mayReadAnswerRequirements (R-PLAT.1): the Responding Party's side and the Center
        read("GET " + P + "/answer/requirements", Kind.PROCEDURE, union(Set.of(RESP, RESP_MEMBER), CENTER));
        // FeeService#invoice: a Party's own invoice (the query asks for the Requesting Party's) and the Center.
        read("GET " + P + "/fees/invoice", Kind.PROCEDURE, union(Set.of(REQ, REQ_REP), CENTER));
        spec(
                "POST " + P + "/commencement",
                Kind.PROCEDURE,
                CENTER,
                "FILE",
                json("{\"compliant\":true,\"respondingParty\":\"" + PLATFORM + "\"}"));
        spec(
                "POST " + P + "/answer",
                Kind.PROCEDURE,
                Set.of(RESP, RESP_MEMBER),
                "FILE",
                json(Lifecycle.answer("The matrix answers.")));
        spec(
                "POST " + P + "/language",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"language\":\"de\",\"reason\":\"Both Parties asked for German\"}"));
        spec("POST " + P + "/messages", Kind.PROCEDURE, CIRCLE, "FILE", json("{\"text\":\"The matrix writes.\"}"));
        spec(
                "POST " + P + "/objections",
                Kind.PROCEDURE,
                PARTIES,
                "FILE",
                json("{\"text\":\"The matrix objects.\",\"knewOn\":\"" + TODAY + "\"}"));
        spec(
                "POST " + P + "/bad-faith-reports",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"party\":\"RESPONDING_PARTY\",\"text\":\"The matrix reports.\"}"));
        spec(
                "POST " + P + "/translation-orders",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"party\":\"RESPONDING_PARTY\",\"language\":\"fr\",\"dueOn\":\"" + IN_A_WEEK
                        + "\",\"text\":\"Translate clause 7.\"}"));
        spec(
                "POST " + P + "/ex-parte-determinations",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"text\":\"I allow it\"}"));
        spec(
                "POST " + P + "/settlement-suggestions",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"text\":\"Separate settlement talks.\"}"));
        spec(
                "POST " + P + "/external-disclosures",
                Kind.PROCEDURE,
                CIRCLE,
                "FILE",
                json("{\"ground\":\"LEGAL_PROCEEDINGS\",\"recipient\":\"Tribunal judiciaire de Paris\","
                        + "\"what\":\"The Request\"}"));
        spec("PUT " + P + "/resolution", Kind.PROCEDURE, Set.of(NEUTRAL_ROLE), "FILE", json(RESOLUTION));
        spec("POST " + P + "/resolution/signature", Kind.PROCEDURE, Set.of(NEUTRAL_ROLE), "FILE", NONE);
        spec("POST " + P + "/resolution/communication", Kind.PROCEDURE, CENTER, "FILE", NONE);
        // R-PLAT.4 (Implementation#mayReport): the Responding Party, its members and representatives; others in the
        // circle get 409 naming the rule.
        spec(
                "POST " + P + "/implementation-report",
                Kind.PROCEDURE,
                Set.of(RESP, RESP_MEMBER),
                "FILE",
                json("{\"outcome\":\"IMPLEMENTED\",\"date\":\"" + TODAY + "\"}"));
        spec(
                "POST " + P + "/resolution/extension",
                Kind.PROCEDURE,
                CENTER,
                "FILE",
                json("{\"days\":45,\"reason\":\"Many works and territories\"}"));
        // the Center before and after appointment, the Neutral once appointed (TerminationGround#mayBeUsed).
        spec(
                "POST " + P + "/termination",
                Kind.PROCEDURE,
                union(CENTER, Set.of(NEUTRAL_ROLE)),
                "FILE",
                json("{\"ground\":\"UNNECESSARY_OR_IMPOSSIBLE\"}"));
        spec(
                "POST " + P + "/appointment/invitation",
                Kind.PROCEDURE,
                CENTER,
                "FILE",
                json("{\"neutral\":\"" + NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}"));
        spec(
                "POST " + P + "/appointment/conflict-override",
                Kind.PROCEDURE,
                CENTER,
                "FILE",
                json("{\"reason\":\"The earlier mandate ended long ago\"}"));
        // the invited Neutral answers the invitation (Appointments#isInvited).
        spec(
                "POST " + P + "/appointment/acceptance",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"confirmsImpartiality\":true}"));
        spec(
                "POST " + P + "/appointment/declination",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"reason\":\"Travelling\"}"));
        spec(
                "POST " + P + "/disclosures",
                Kind.PROCEDURE,
                Set.of(NEUTRAL_ROLE),
                "FILE",
                json("{\"circumstances\":\"After the fact\"}"));
        spec(
                "POST " + P + "/appointment/replacement",
                Kind.PROCEDURE,
                CENTER,
                "FILE",
                json("{\"reason\":\"The Neutral fell ill\"}"));
        spec("POST " + P + "/fees/{feeId}/payments", Kind.PROCEDURE, CENTER, "FILE", json("{\"amount\":\"1.00\"}"));
        spec("POST " + P + "/fees/proposals/{proposalId}/confirm", Kind.PROCEDURE, CENTER, "FILE", NONE);
        spec(
                "POST " + P + "/fees/proposals/{proposalId}/decline",
                Kind.PROCEDURE,
                CENTER,
                "FILE",
                json("{\"note\":\"Not due\"}"));
        read("GET /api/v1/procedures", Kind.GLOBAL, staff);
        read("GET /api/v1/procedures/mine", Kind.GLOBAL, Set.of("PARTY", "NEUTRAL"));
        read("GET /api/v1/procedures/count", Kind.GLOBAL, staff);
        // Issue 24: everyone with a role that has work reads its own work queue.
        read("GET /api/v1/me/work-queue", Kind.GLOBAL, Set.of("STAFF", "ADMIN", "PARTY", "NEUTRAL"));
        // Issue 24 (R-C1, R-13.1): everyone reads their own inbox; an entry is its owner's alone, staff included.
        read("GET /api/v1/me/inbox", Kind.GLOBAL, Set.of("STAFF", "ADMIN", "PARTY", "NEUTRAL"));
        spec("POST /api/v1/me/inbox/{id}/read", Kind.INBOX_ENTRY, Set.of("OWNER"), "FILE", NONE);

        // Requests and drafts from a Statement of Reasons (R-5, R-SOR.1): a draft is read by whoever holds its id.
        spec(
                "POST /api/v1/requests",
                Kind.GLOBAL,
                party,
                "FILE",
                id -> Body.json(RequestBodies.complete("COPYRIGHT", "Streamly", "Filed by the matrix.")));
        spec(
                "POST /api/v1/requests/statement-of-reasons",
                Kind.GLOBAL,
                party,
                "FILE",
                id -> Body.json(statementOfReasons.replace(
                        "8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", "matrix-" + UUID.randomUUID())));
        read("GET /api/v1/requests/statement-of-reasons/{id}", Kind.GLOBAL, party);

        // Mediations (R-M1, R-M2): Mediation#mayAnswerRequest, mayRank, mayAnswerMandate, mayConduct, mayWithdraw,
        // mayClose, mayAuthoriseRepresentatives, and MediationService's roles.
        Set<String> mParties = Set.of(REQ, REQ_REP, RESP);
        Set<String> mCircle = union(mParties, Set.of(MEDIATOR), CENTER);
        spec(
                "POST /api/v1/mediations",
                Kind.GLOBAL,
                party,
                "FILE",
                json("{\"otherParty\":\"" + BOB + "\",\"summary\":\"The matrix asks\",\"language\":\"en\"}"));
        read("GET /api/v1/mediations", Kind.GLOBAL, signedIn);
        read("GET /api/v1/mediations/mandates", Kind.GLOBAL, neutral);
        read("GET " + M, Kind.MEDIATION, mCircle);
        read("GET " + M + "/audit", Kind.MEDIATION, admin);
        read("GET " + M + "/proposals", Kind.MEDIATION, union(mParties, CENTER));
        spec("POST " + M + "/agreement", Kind.MEDIATION, Set.of(RESP), "FILE", NONE);
        spec("POST " + M + "/refusal", Kind.MEDIATION, Set.of(RESP), "FILE", json("{\"reason\":\"No thanks\"}"));
        spec(
                "POST " + M + "/representatives",
                Kind.MEDIATION,
                Set.of(REQ, RESP),
                "FILE",
                json("{\"email\":\"matrix-counsel@example.org\"}"));
        spec(
                "PUT " + M + "/ranking",
                Kind.MEDIATION,
                mParties,
                "FILE",
                id -> Body.json("{\"mediators\":[\"" + otto + "\"]}"));
        spec(
                "POST " + M + "/mandate",
                Kind.MEDIATION,
                Set.of(MEDIATOR),
                "FILE",
                json("{\"confirmsImpartiality\":true}"));
        spec("POST " + M + "/mandate/refusal", Kind.MEDIATION, Set.of(MEDIATOR), "FILE", NONE);
        spec(
                "POST " + M + "/sessions",
                Kind.MEDIATION,
                Set.of(MEDIATOR),
                "FILE",
                json("{\"startsAt\":\"2027-03-01T09:00:00Z\",\"place\":\"https://meet.example/room-1\"}"));
        spec("POST " + M + "/sessions/{sessionId}/held", Kind.MEDIATION, Set.of(MEDIATOR), "FILE", NONE);
        spec(
                "POST " + M + "/messages",
                Kind.MEDIATION,
                mCircle,
                "FILE",
                json("{\"channel\":\"JOINT\",\"text\":\"The matrix says hello\"}"));
        spec("POST " + M + "/messages/{messageId}/release", Kind.MEDIATION, mParties, "FILE", NONE);
        spec(
                "POST " + M + "/settlement-agreements",
                Kind.MEDIATION,
                union(mParties, Set.of(MEDIATOR)),
                "FILE",
                json("{\"filename\":\"settlement.txt\",\"content\":\""
                        + Base64.getEncoder().encodeToString("We settle.".getBytes(StandardCharsets.UTF_8)) + "\"}"));
        read("GET " + M + "/settlement-agreements/{version}", Kind.MEDIATION, mCircle);
        spec(
                "POST " + M + "/settlement-agreements/acceptances",
                Kind.MEDIATION,
                mParties,
                "FILE",
                id -> Body.json("{\"sha256\":\"" + SHA.getOrDefault(id == null ? "" : id, "0".repeat(64)) + "\"}"));
        spec("POST " + M + "/withdrawal", Kind.MEDIATION, mParties, "FILE", json("{\"reason\":\"Changed my mind\"}"));
        spec("POST " + M + "/closure", Kind.MEDIATION, CENTER, "FILE", json("{\"reason\":\"Cannot be reached\"}"));
        spec(
                "POST " + M + "/feedback",
                Kind.MEDIATION,
                mParties,
                "FILE",
                json("{\"understanding\":4,\"impartiality\":5,\"process\":4,\"recommendation\":4}"));
        read("GET /api/v1/mediators", Kind.GLOBAL, anyone);
        read("GET /api/v1/mediators/{id}", Kind.GLOBAL, anyone);
        spec("PUT /api/v1/mediators/me/listing", Kind.GLOBAL, neutral, "FILE", json("{\"listed\":true}"));
        spec("POST /api/v1/case-analysis", Kind.GLOBAL, anyone, "FILE", json("{\"answers\":{}}"));
        read("GET /api/v1/case-analysis/rules", Kind.GLOBAL, anyone);
        spec("POST /api/v1/case-analysis/rules", Kind.GLOBAL, admin, "ADMINISTER", id -> Body.json(ruleBody));
        spec("PUT /api/v1/case-analysis/rules/{id}", Kind.GLOBAL, admin, "ADMINISTER", id -> Body.json(ruleBody));
        spec("DELETE /api/v1/case-analysis/rules/{id}", Kind.GLOBAL, admin, "ADMINISTER", null);

        // Representation (R-ACC.3): the Party (or its organisation's manager) authorises; the invitee accepts; the
        // Party revokes; staff decide on powers of attorney.
        spec(
                "POST /api/v1/representations",
                Kind.PROCEDURE_IN_BODY,
                Set.of(REQ, RESP),
                "FILE",
                id -> Body.json("{\"email\":\"matrix-lawyer@example.org\",\"procedure\":\"" + id + "\"}"));
        read("GET /api/v1/representations", Kind.GLOBAL, signedIn);
        spec("POST /api/v1/representations/{id}/accept", Kind.REPRESENTATION, Set.of("REPRESENTATIVE"), "FILE", NONE);
        // Representation#mayRevoke: the Party, or the Center; the representative sees it and is refused (R-ACC.3).
        spec(
                "POST /api/v1/representations/{id}/revoke",
                Kind.REVOCATION,
                Set.of("PARTY", "STAFF", "ADMIN"),
                "FILE",
                NONE);
        spec(
                "POST /api/v1/representations/powers-of-attorney",
                Kind.GLOBAL,
                party,
                "FILE",
                id -> multipart(
                        "document",
                        "power-of-attorney.pdf",
                        "%PDF-1.4\n%%EOF\n",
                        "reference",
                        "CON-0000-0000",
                        "partyEmail",
                        ALICE));
        read("GET /api/v1/representations/powers-of-attorney", Kind.GLOBAL, staff);
        read("GET /api/v1/representations/powers-of-attorney/{id}", Kind.POWER_OF_ATTORNEY, CENTER);
        spec(
                "POST /api/v1/representations/{id}/decision",
                Kind.POWER_OF_ATTORNEY,
                CENTER,
                "FILE",
                json("{\"accepted\":false,\"reason\":\"The document names another Party.\"}"));
        // Representation#mayReadDocument: staff, the representative who filed it and the Party it is for.
        read(
                "GET /api/v1/representations/{id}/document",
                Kind.POWER_OF_ATTORNEY,
                union(CENTER, Set.of("FILER", "PARTY")));

        // Organisations (R-ACC.2): members read, managers manage members, the Center creates and edits.
        read("GET /api/v1/organisations", Kind.GLOBAL, staff);
        spec(
                "POST /api/v1/organisations",
                Kind.GLOBAL,
                staff,
                "ADMINISTER",
                id -> Body.json("{\"kind\":\"RIGHTHOLDER\",\"name\":\"Matrix " + UUID.randomUUID()
                        + "\",\"firstManager\":\"" + BOB + "\"}"));
        read("GET /api/v1/organisations/{id}", Kind.ORGANISATION, Set.of("MANAGER", "MEMBER", "STAFF", "ADMIN"));
        // R-PLAT.1: the change feed of the organisation's Procedures, for its members (staff read the Procedures).
        read("GET /api/v1/organisations/{id}/changes", Kind.ORGANISATION, Set.of("MANAGER", "MEMBER"));
        spec(
                "PUT /api/v1/organisations/{id}",
                Kind.ORGANISATION,
                CENTER,
                "ADMINISTER",
                id -> Body.json("{\"name\":\"Matrix " + UUID.randomUUID() + "\",\"country\":\"IE\"}"));
        spec(
                "POST /api/v1/organisations/{id}/members",
                Kind.ORGANISATION,
                Set.of("MANAGER", "STAFF", "ADMIN"),
                "ACT_FOR_ORGANISATION",
                json("{\"email\":\"matrix-member@example.org\",\"role\":\"MEMBER\"}"));
        spec(
                "DELETE /api/v1/organisations/{id}/members/{accountId}",
                Kind.ORGANISATION,
                Set.of("MANAGER", "STAFF", "ADMIN"),
                "ACT_FOR_ORGANISATION",
                null);

        // Webhooks (R-PLAT.2): the organisation's managers manage them, staff read; a member is refused.
        String w = "/api/v1/organisations/{id}/webhooks";
        Set<String> webhookReaders = Set.of("MANAGER", "STAFF", "ADMIN");
        read("GET " + w, Kind.ORGANISATION, webhookReaders);
        spec("POST " + w, Kind.ORGANISATION, Set.of("MANAGER"), "ACT_FOR_ORGANISATION", json(WEBHOOK));
        read("GET " + w + "/{endpointId}", Kind.ORGANISATION, webhookReaders);
        spec("PUT " + w + "/{endpointId}", Kind.ORGANISATION, Set.of("MANAGER"), "ACT_FOR_ORGANISATION", json(WEBHOOK));
        spec(
                "POST " + w + "/{endpointId}/secret",
                Kind.ORGANISATION,
                Set.of("MANAGER"),
                "ACT_FOR_ORGANISATION",
                json("{\"overlapHours\":1}"));
        spec("DELETE " + w + "/{endpointId}", Kind.ORGANISATION, Set.of("MANAGER"), "ACT_FOR_ORGANISATION", null);
        read("GET " + w + "/{endpointId}/deliveries", Kind.ORGANISATION, webhookReaders);
        spec(
                "POST " + w + "/{endpointId}/deliveries/{deliveryId}/redelivery",
                Kind.ORGANISATION,
                Set.of("MANAGER"),
                "ACT_FOR_ORGANISATION",
                NONE);

        // Accounts (R-ACC.5, R-ACC.6, R-SEC.3): the administrator's; one's own.
        spec("GET /api/v1/accounts", Kind.GLOBAL, admin, "ADMINISTER", null);
        spec("GET /api/v1/accounts/{id}", Kind.ACCOUNT, admin, "ADMINISTER", null);
        for (String change : List.of("roles/grant", "roles/withdraw")) {
            spec(
                    "POST /api/v1/accounts/{id}/" + change,
                    Kind.ACCOUNT,
                    admin,
                    "ADMINISTER",
                    json("{\"role\":\"NEUTRAL\",\"reason\":\"Matrix\"}"));
        }
        for (String change : List.of("disable", "enable", "force-reset", "unlock", "second-factor/reset")) {
            spec(
                    "POST /api/v1/accounts/{id}/" + change,
                    Kind.ACCOUNT,
                    admin,
                    "ADMINISTER",
                    json("{\"reason\":\"Matrix\"}"));
        }
        read("GET /api/v1/accounts/me", Kind.GLOBAL, signedIn);
        spec(
                "PUT /api/v1/accounts/me",
                Kind.GLOBAL,
                signedIn,
                "FILE",
                json("{\"displayName\":\"Matrix\",\"language\":\"en\",\"domicile\":\"FR\"}"));
        spec(
                "POST /api/v1/accounts/me/email",
                Kind.GLOBAL,
                signedIn,
                "SESSION",
                json("{\"email\":\"matrix-new@example.org\"}"));
        spec(
                "POST /api/v1/accounts/me/email/confirm",
                Kind.GLOBAL,
                signedIn,
                "FILE",
                json("{\"token\":\"" + "a".repeat(43) + "\"}"));
        read("GET /api/v1/accounts/me/export", Kind.GLOBAL, signedIn);
        spec("POST /api/v1/accounts/me/sign-out-everywhere", Kind.GLOBAL, signedIn, "FILE", NONE);
        spec("POST /api/v1/accounts/me/close", Kind.GLOBAL, signedIn, "SESSION", NONE);
        spec("GET /api/v1/account-invitations", Kind.GLOBAL, staff, "ADMINISTER", null);
        spec(
                "POST /api/v1/account-invitations",
                Kind.GLOBAL,
                staff,
                "ADMINISTER",
                id -> Body.json("{\"kind\":\"NEUTRAL\",\"email\":\"matrix-" + UUID.randomUUID() + "@example.org\"}"));
        // R-ACC.1: an organisation's manager withdraws the invitations it sent (InvitationService#withdraw).
        spec(
                "DELETE /api/v1/account-invitations/{id}",
                Kind.GLOBAL,
                Set.of("STAFF", "ADMIN", "PARTY", "NEUTRAL"),
                "ADMINISTER",
                null);
        spec("GET /api/v1/security-log", Kind.GLOBAL, admin, "ADMINISTER", null);
        spec("POST /api/v1/tokens", Kind.GLOBAL, signedIn, "SESSION", json("{\"label\":\"matrix\"}"));
        read("GET /api/v1/tokens", Kind.GLOBAL, signedIn);
        read("GET /api/v1/tokens/me", Kind.GLOBAL, signedIn);
        spec("DELETE /api/v1/tokens/{id}", Kind.TOKEN, Set.of("OWNER"), "SESSION", null);

        // The Center's configuration (R-3, R-8.2, R-17, R-STAT.1), the Neutrals' profiles and invitations.
        read("GET /api/v1/closures", Kind.GLOBAL, staff);
        read("GET /api/v1/procedures/implementation-reports", Kind.GLOBAL, staff);
        spec(
                "POST /api/v1/closures",
                Kind.GLOBAL,
                admin,
                "ADMINISTER",
                json("{\"from\":\"2039-09-09\",\"to\":\"2039-09-10\",\"reason\":\"Matrix\"}"));
        spec("DELETE /api/v1/closures/{id}", Kind.GLOBAL, admin, "ADMINISTER", null);
        read("GET /api/v1/deadlines", Kind.GLOBAL, anyone);
        read("GET /api/v1/fee-schedules", Kind.GLOBAL, staff);
        spec(
                "POST /api/v1/fee-schedules",
                Kind.GLOBAL,
                admin,
                "ADMINISTER",
                json("{\"validFrom\":\"2098-01-01\",\"filingFee\":60,\"administrationFee\":350,\"neutralFee\":800}"));
        spec("DELETE /api/v1/fee-schedules/{id}", Kind.GLOBAL, admin, "ADMINISTER", null);
        read("GET /api/v1/neutrals", Kind.GLOBAL, staff);
        read("GET /api/v1/neutrals/profiles", Kind.GLOBAL, staff);
        read("GET /api/v1/neutrals/{email}/profile", Kind.GLOBAL, staff);
        spec(
                "PUT /api/v1/neutrals/{email}/profile",
                Kind.GLOBAL,
                admin,
                "ADMINISTER",
                json("{\"countries\":[\"FR\"],\"languages\":[\"fr\"],\"matters\":[\"TRADEMARK\"],\"areas\":[],"
                        + "\"keywords\":[],\"maxOpenCaseload\":8,\"absences\":[],\"relationships\":[]}"));
        read("GET /api/v1/invitations", Kind.GLOBAL, neutral);
        spec(
                "POST /api/v1/payments/bank-statements",
                Kind.GLOBAL,
                staff,
                "FILE",
                id -> new Body("application/xml", camt.getBytes(StandardCharsets.UTF_8)));
        read("GET /api/v1/payments/review", Kind.GLOBAL, staff);
        spec(
                "POST /api/v1/payments/review/{creditId}/apply",
                Kind.GLOBAL,
                staff,
                "FILE",
                json("{\"paymentReference\":\"MATRIX\",\"amount\":\"25\"}"));
        spec(
                "POST /api/v1/payments/review/{creditId}/dismiss",
                Kind.GLOBAL,
                staff,
                "FILE",
                json("{\"note\":\"Returned: no fee\"}"));
        read("GET /api/v1/statistics/releases", Kind.GLOBAL, anyone);
        read("GET /api/v1/statistics/releases/{id}", Kind.GLOBAL, anyone);
        read("GET /api/v1/statistics/releases/{id}/csv", Kind.GLOBAL, anyone);
        read("GET /api/v1/statistics/releases/{id}/pdf", Kind.GLOBAL, anyone);
        read("GET /api/v1/statistics/publications", Kind.GLOBAL, staff);
        spec(
                "POST /api/v1/statistics/publications",
                Kind.GLOBAL,
                admin,
                "ADMINISTER",
                json("{\"title\":\"Matrix\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}"));
        spec(
                "POST /api/v1/statistics/runs",
                Kind.GLOBAL,
                admin,
                "ADMINISTER",
                json("{\"publication\":\"" + UUID.randomUUID() + "\",\"year\":2020,\"cutoff\":\"2020-12-31\"}"));
        spec(
                "POST /api/v1/statistics/gate-runs",
                Kind.GLOBAL,
                admin,
                "ADMINISTER",
                json("{\"publication\":\"" + UUID.randomUUID() + "\",\"year\":2020,\"cutoff\":\"2020-12-31\"}"));
        read("GET /api/v1/statistics/gate-runs/{id}", Kind.GLOBAL, staff);
        read("GET /api/v1/statistics/decisions", Kind.GLOBAL, staff);
        read("GET /api/v1/statistics/decisions/{id}", Kind.GLOBAL, staff);
        read("GET /api/v1/statistics/ledgers", Kind.GLOBAL, staff);
    }

    private static Body multipart(String fileField, String fileName, String file, String... fields) {
        String boundary = "concord-matrix";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file + "\r\n--"
                        + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    @ArquillianResource
    private URL base;

    /** An operation of the OpenAPI document. */
    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }
    }

    private List<Operation> operations() {
        HttpResponse<String> openapi = send(null, "GET", "/openapi?format=JSON", null);
        assertEquals(200, openapi.statusCode());
        JsonObject paths = Http.parse(openapi.body()).asJsonObject().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()));
                }
            }
        }
        return operations;
    }

    private HttpResponse<String> send(String authorization, String method, String path, Body body) {
        return send(authorization, method, path, body, null);
    }

    /** As {@link #send(String, String, String, Body)}, through the local proxy from {@code forwardedFor}. */
    private HttpResponse<String> send(
            String authorization, String method, String path, Body body, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Http.local(base).toString() + (path.startsWith("/") ? path.substring(1) : path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.contentType())
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String email) {
        return basic(email, Http.DEMO_PASSWORD);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The credential with all the caller's rights: HTTP Basic, or R-SEC.2 for an account with a second step (which
     * Basic refuses) its demo token, every scope (the operations that take no token answer it the session-required
     * 403, for everyone alike).
     */
    private static String full(String email) {
        return DemoAccounts.WITH_SECOND_FACTOR.contains(email) ? "Bearer " + DemoAccounts.token(email) : basic(email);
    }

    /**
     * R-SEC.2: HTTP Basic with the right password of an account with a second step is refused on the API and on
     * pages, byte for byte as a wrong password is (but the {@code Date}): an outsider learns neither whether the
     * password was right nor whether the account has a factor. The wrong passwords come from an address of their own
     * (R-SEC.1 counts them per address too), one per caller (the account's count stays far from a delay).
     */
    private int basicRefusedWithASecondStep(List<String> failures) {
        int calls = 0;
        for (String caller : CALLERS) {
            if (caller == null || !DemoAccounts.WITH_SECOND_FACTOR.contains(caller)) {
                continue;
            }
            HttpResponse<String> wrong =
                    send(basic(caller, "not-" + Http.DEMO_PASSWORD), "GET", "/api/v1/accounts/me", null, "192.0.2.22");
            HttpResponse<String> right = send(basic(caller), "GET", "/api/v1/accounts/me", null);
            HttpResponse<String> page = send(basic(caller), "GET", "/console/procedures.xhtml", null);
            calls += 3;
            String difference = same(right, wrong);
            if (right.statusCode() != 401 || difference != null) {
                failures.add(caller + " Basic with the right password: " + right.statusCode() + " "
                        + (difference == null ? "" : difference + " vs a wrong password"));
            }
            if (page.statusCode() != 401) {
                failures.add(caller + " Basic with the right password on a page: " + page.statusCode());
            }
        }
        return calls;
    }

    /** Query parameters an operation needs to be meaningful (R-17.2: whose invoice; the calculator's input). */
    private static final Map<String, String> QUERIES = Map.of(
            "GET " + P + "/fees/invoice",
            "?payer=REQUESTING_PARTY",
            "GET /api/v1/deadlines",
            "?received=2026-01-05T10:00:00Z&days=20");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * The template with {@code main} as its first variable (the object the call is about) and fresh ids elsewhere;
     * {@code {version}} is a settlement agreement's first version, {@code {email}} a Neutral's address.
     */
    private static String concrete(String template, String main, String second) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (m.find()) {
            String value;
            if (m.group(1).equals("version")) {
                value = "1";
            } else if (m.group(1).equals("email")) {
                value = NEUTRAL;
            } else if (index == 0 && main != null) {
                value = main;
            } else if (index == 1 && second != null) {
                value = second;
            } else {
                value = UUID.randomUUID().toString();
            }
            index++;
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The caller's relation to the target: the Center's role, or what the target's table says. */
    private static String relation(Kind kind, Target target, String caller) {
        if (caller == null) {
            return null;
        }
        String role = ACCOUNT_ROLE.get(caller);
        // The Center acts for every Procedure, mediation and organisation; a token is its owner's alone.
        // A representation is accepted by its invitee alone: for staff, accepting one is the answer for a missing
        // id; revoking (REVOCATION) is the Party's and the Center's (Representation#mayRevoke).
        if (CENTER.contains(role) && kind != Kind.TOKEN && kind != Kind.REPRESENTATION && kind != Kind.INBOX_ENTRY) {
            return role;
        }
        return target == null ? null : target.relations().get(caller);
    }

    private static boolean granted(Spec spec, Target target, String caller) {
        if (spec.kind() == Kind.GLOBAL) {
            return spec.granted().contains("ANYONE")
                    || caller != null
                            && (spec.granted().contains("SIGNED_IN")
                                    || spec.granted().contains(ACCOUNT_ROLE.get(caller)));
        }
        String relation = relation(spec.kind(), target, caller);
        return relation != null && spec.granted().contains(relation);
    }

    /**
     * The headers as an outsider could compare them: but Date (the clock) and Connection (hop-by-hop); X-Request-Id
     * (issue 25) by its form only, a fresh random UUID on every answer whatever was asked.
     */
    static Map<String, List<String>> headersButDate(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            // Date: the clock; Connection: the server closes a kept-alive connection after so many requests,
            // whatever they asked (hop-by-hop, RFC 9110 7.6.1), so it says nothing about the object.
            if (name.equalsIgnoreCase("x-request-id")) {
                headers.put(
                        "x-request-id",
                        values.stream()
                                .map(v -> v.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}") ? "<uuid>" : v)
                                .toList());
            } else if (!name.equalsIgnoreCase("date") && !name.equalsIgnoreCase("connection")) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return headers;
    }

    private static String same(HttpResponse<String> hidden, HttpResponse<String> missing) {
        if (hidden.statusCode() != missing.statusCode()) {
            return hidden.statusCode() + " vs " + missing.statusCode() + " for a missing id";
        }
        if (!headersButDate(hidden).equals(headersButDate(missing))) {
            return "headers " + headersButDate(hidden) + " vs " + headersButDate(missing) + " for a missing id";
        }
        if (!hidden.body().equals(missing.body())) {
            return "body " + hidden.body() + " vs " + missing.body() + " for a missing id";
        }
        return null;
    }

    private static JsonObject problem(HttpResponse<String> response) {
        try {
            return Http.json(response);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final Set<Integer> VALIDATION = Set.of(400, 413, 415, 422);

    /**
     * An account of the matrix's own, registered through the forms once a run: the account operations (roles,
     * disabling, unlocking…) are tried on it, never on a demo account that other tests rely on (Dora is closed by
     * AccountAdministrationIT, whichever runs first).
     */
    private static String ownAccount;

    private String ownAccount() {
        if (ownAccount == null) {
            String email = "matrix-" + System.nanoTime() + "@example.org";
            Registrations.confirmed(base, email);
            ownAccount = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=" + email))
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getString("id");
        }
        return ownAccount;
    }

    /** Targets of each kind, filled by the set-up. */
    private final Map<Kind, List<Target>> targets = new HashMap<>();

    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void everyOperationRefusesWhomTheRulesRefuseAndOutsidersLearnNothing_R13_1_RSEC3_RSEC6() {
        long started = System.nanoTime();
        setUp();
        List<Operation> operations = operations();
        List<String> unknown = operations.stream()
                .map(Operation::key)
                .filter(key -> key.contains("/api/") && !SPECS.containsKey(key))
                .map(key -> "no matrix entry for " + key + " — add one (who may, its scope, a valid body)")
                .toList();
        assertEquals(List.of(), unknown);
        List<String> documented = SPECS.keySet().stream()
                .filter(key -> operations.stream().noneMatch(o -> o.key().equals(key)))
                .toList();
        assertEquals(List.of(), documented, "entries for operations the OpenAPI document does not list");

        List<String> failures = new ArrayList<>();
        Map<String, Integer> refusalShapes = new TreeMap<>();
        int calls = 0;
        int cells = 0;
        for (Operation op : operations) {
            if (!SPECS.containsKey(op.key())) {
                continue;
            }
            Spec spec = SPECS.get(op.key());
            List<Target> onWhat = spec.kind() == Kind.GLOBAL
                    ? List.of(new Target("nothing", null, null, Map.of()))
                    : targets.get(spec.kind() == Kind.PROCEDURE_IN_BODY ? Kind.PROCEDURE : spec.kind());
            for (int t = 0; t < onWhat.size(); t++) {
                Target target = onWhat.get(t);
                for (String caller : CALLERS) {
                    List<Credential> credentials = new ArrayList<>();
                    credentials.add(new Credential(caller, null, caller == null ? null : full(caller)));
                    if (caller != null && t == 0) {
                        for (String scope : SCOPES) {
                            if (tokens.containsKey(caller + " " + scope)) {
                                credentials.add(
                                        new Credential(caller, scope, "Bearer " + tokens.get(caller + " " + scope)));
                            }
                        }
                    }
                    for (Credential credential : credentials) {
                        cells++;
                        calls += check(op, spec, target, credential, failures, refusalShapes);
                    }
                }
            }
        }
        calls += pages(failures);
        calls += basicRefusedWithASecondStep(failures);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "AccessMatrixIT: %d operations x %d callers x %d credentials, %d cells, %d calls in %d s%n",
                operations.size(), CALLERS.size(), 1 + SCOPES.size(), cells, calls, took.toSeconds());
        System.out.println("AccessMatrixIT refusals inside the circle, by shape: " + refusalShapes);
        failures.forEach(f -> System.out.println("AccessMatrixIT failure: " + f));
        assertEquals(List.of(), failures, "unexpected allows or telling answers, after " + calls + " calls");
    }

    /** One cell of the matrix; the number of calls it made. */
    private int check(
            Operation op,
            Spec spec,
            Target target,
            Credential credential,
            List<String> failures,
            Map<String, Integer> shapes) {
        String caller = credential.caller();
        boolean write = !op.method().equals("GET");
        String where = credential.label() + " " + op.method() + " " + op.path() + " on " + target.label();
        Body body = spec.body() == null ? null : spec.body().apply(target.id());
        String query = QUERIES.getOrDefault(op.key(), "");
        String path = (spec.kind() == Kind.GLOBAL || spec.kind() == Kind.PROCEDURE_IN_BODY
                        ? concrete(op.path(), null, null)
                        : concrete(op.path(), target.id(), target.documentId()))
                + query;
        if (credential.scope() != null && !credential.scope().equals(spec.scope())) {
            // R-SEC.3: refused before the body is read, whoever the caller and whatever the object.
            HttpResponse<String> answer = send(credential.authorization(), op.method(), path, body);
            JsonObject problem = problem(answer);
            String type = spec.scope().equals("SESSION")
                    ? "urn:concord:problem:session-required"
                    : "urn:concord:problem:token-scope";
            if (answer.statusCode() != 403
                    || problem == null
                    || !type.equals(problem.getString("type", ""))
                    || !"R-SEC.3".equals(problem.getString("rule", ""))) {
                failures.add(where + ": " + answer.statusCode() + " " + answer.body() + ", not the 403 " + type);
            }
            return 1;
        }
        boolean granted = granted(spec, target, caller);
        if (granted && write) {
            return 0; // choice (a): proven on fresh objects by bodiesAreValid
        }
        HttpResponse<String> answer = send(credential.authorization(), op.method(), path, body);
        int status = answer.statusCode();
        if (granted) {
            if (status == 401 || status == 403) {
                // Refusing whom the rules let read is a finding too (the table is the domain's, not the server's).
                failures.add(where + ": " + status + " although the rules grant it " + answer.body());
            }
            return 1;
        }
        if (status / 100 == 2 || status / 100 == 3) {
            failures.add(where + ": " + status + ", an unexpected allow");
            return 1;
        }
        if (VALIDATION.contains(status)) {
            failures.add(where + ": " + status + " " + answer.body() + ", refused by validation, not by the check");
            return 1;
        }
        if (caller == null) {
            if (status != 401) {
                failures.add(where + ": " + status + " for anonymous, not 401");
            }
            if (spec.kind() == Kind.GLOBAL) {
                return 1;
            }
        }
        String relation = relation(spec.kind(), target, caller);
        if (spec.kind() != Kind.GLOBAL && relation == null) {
            // R-M2, R-SEC.6: outside the circle, the same bytes as for an id that does not exist.
            Body missingBody = spec.kind() == Kind.PROCEDURE_IN_BODY
                    ? spec.body().apply(UUID.randomUUID().toString())
                    : body;
            String missingPath = spec.kind() == Kind.PROCEDURE_IN_BODY
                    ? path
                    : (spec.kind() == Kind.DOCUMENT
                                    ? concrete(
                                            op.path(),
                                            target.id(),
                                            UUID.randomUUID().toString())
                                    : concrete(op.path(), UUID.randomUUID().toString(), null))
                            + query;
            HttpResponse<String> missing = send(credential.authorization(), op.method(), missingPath, missingBody);
            String difference = same(answer, missing);
            if (difference != null) {
                failures.add(where + ": " + difference);
            }
            shapes.merge(
                    "outside the circle " + status + (difference == null ? ", as for a missing id" : ", TELLING"),
                    1,
                    Integer::sum);
            return 2;
        }
        if (caller == null) {
            return 1;
        }
        // Inside the circle (or a signed-in caller without the role): a refusal that says so.
        JsonObject problem = problem(answer);
        String shape = status
                + (problem != null && problem.containsKey("rule")
                        ? " naming " + problem.getString("rule")
                        : " without a rule");
        shapes.merge(
                status + (problem != null && problem.containsKey("rule") ? " with rule" : " without rule"),
                1,
                Integer::sum);
        if (problem == null || problem.getInt("status", 0) != status) {
            failures.add(where + ": " + status + " " + answer.body() + ", not problem details");
        } else if (status == 409 && !problem.containsKey("rule")) {
            failures.add(where + ": 409 without the rule it applies " + answer.body());
        } else if (status != 403 && status != 409 && !(status == 404 && spec.kind() == Kind.GLOBAL)) {
            failures.add(where + ": " + shape + " " + answer.body() + ", not a refusal (403, or 409 naming the rule)");
        }
        return 1;
    }

    private static final List<String> PAGES = List.of(
            "/procedure.xhtml?id={id}",
            "/fees.xhtml?id={id}",
            "/invoice.pdf?id={id}&payer=REQUESTING_PARTY",
            "/certificate.pdf?id={id}",
            "/document?procedure={id}&id={documentId}",
            "/console/audit.xhtml?id={id}");

    /** on the pages: outside the circle, the same page as for a Procedure that does not exist. */
    private int pages(List<String> failures) {
        int calls = 0;
        String annex = targets.get(Kind.DOCUMENT).get(1).documentId();
        for (String page : PAGES) {
            for (Target target : targets.get(Kind.PROCEDURE)) {
                for (String caller : CALLERS) {
                    if (relation(Kind.PROCEDURE, target, caller) != null) {
                        continue;
                    }
                    String other = UUID.randomUUID().toString();
                    String document =
                            target.id().equals(targets.get(Kind.DOCUMENT).get(1).id())
                                    ? annex
                                    : UUID.randomUUID().toString();
                    HttpResponse<String> hidden =
                            page(caller, page.replace("{id}", target.id()).replace("{documentId}", document));
                    HttpResponse<String> missing =
                            page(caller, page.replace("{id}", other).replace("{documentId}", document));
                    calls += 2;
                    // A sign-in redirect repeats the address asked for: the caller's own input, not an answer.
                    String hiddenBody =
                            ProcedureAccessIT.withoutViewState(hidden.body()).replace(target.id(), "{id}");
                    String missingBody =
                            ProcedureAccessIT.withoutViewState(missing.body()).replace(other, "{id}");
                    if (hidden.statusCode() / 100 == 2
                            || hidden.statusCode() != missing.statusCode()
                            || !hiddenBody.equals(missingBody)) {
                        failures.add((caller == null ? "anonymous" : caller) + " GET " + page + " on " + target.label()
                                + ": " + hidden.statusCode() + " vs " + missing.statusCode());
                    }
                }
            }
        }
        return calls;
    }

    /**
     * A page as {@code caller} sees it: with HTTP Basic, or R-SEC.2 for an account with a second step in its session
     * signed in through the form (Basic refuses it, a page refuses tokens).
     */
    private HttpResponse<String> page(String caller, String path) {
        return caller != null && DemoAccounts.WITH_SECOND_FACTOR.contains(caller)
                ? Http.as(base, caller).get(path)
                : send(caller == null ? null : basic(caller), "GET", path, null);
    }

    // ---- set-up: the objects of the matrix ----

    private void setUp() {
        otto = directoryId("Otto");
        JsonObject rule = Http.parse(
                        Http.anonymous(base).get("/api/v1/case-analysis/rules").body())
                .asJsonArray()
                .getJsonObject(0);
        ruleBody = Json.createObjectBuilder(rule)
                .remove("id")
                .add("weight", 1)
                .build()
                .toString();
        camt = resource("/camt053/fees.xml");
        statementOfReasons = resource("/dsa-tdb/example_statement.json");

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
                200,
                Http.as(base, FORMER_MEMBER).get("/api/v1/procedures/" + alices).statusCode());
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
        assertEquals(200, Http.as(base, BOB).get("/api/v1/procedures/" + alices).statusCode());
        assertEquals(
                200,
                Http.as(base, ALICE)
                        .postJson("/api/v1/representations/" + representation + "/revoke", "{}")
                        .statusCode());
        // R-ACC.3, R-13.1: the lawyer's power of attorney for Bob in Bob's Procedure waits for staff: pending, the
        // lawyer is an outsider there like anyone else.
        String bobsReference =
                Http.json(Http.as(base, BOB).get("/api/v1/procedures/" + bobs)).getString("reference");
        HttpResponse<String> filed = Http.as(base, LAWYER)
                .postMultipart(
                        "/api/v1/representations/powers-of-attorney",
                        "document",
                        "power-of-attorney.pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "reference",
                        bobsReference,
                        "partyEmail",
                        BOB);
        assertEquals(202, filed.statusCode(), filed.body());
        assertEquals("PENDING", Http.json(filed).getString("state"));
        String powerOfAttorney = Http.json(filed).getString("id");

        // Message annexes (R-13.1, R-11.2, 11(f)): Alice's to the whole circle; the Neutral's report's evidence,
        // for the Center and the Neutral only.
        assertEquals(
                201,
                Http.as(base, ALICE)
                        .postJson(
                                "/api/v1/procedures/" + alices + "/messages",
                                "{\"text\":\"Matrix annex\",\"annexes\":["
                                        + RequestBodies.annex(
                                                "ANNEX", "licence.txt", "licence".getBytes(StandardCharsets.UTF_8))
                                        + "]}")
                        .statusCode());
        assertEquals(
                201,
                Http.as(base, NEUTRAL)
                        .postJson(
                                "/api/v1/procedures/" + alices + "/bad-faith-reports",
                                "{\"party\":\"RESPONDING_PARTY\",\"text\":\"Matrix evidence\",\"annexes\":["
                                        + RequestBodies.annex(
                                                "ANNEX", "evidence.txt", "forged".getBytes(StandardCharsets.UTF_8))
                                        + "]}")
                        .statusCode());

        Map<String, String> alicesCircle = Map.of(
                ALICE, REQ, LAWYER, REQ_REP, PLATFORM, RESP, PLATFORM_COUNSEL, RESP_MEMBER, NEUTRAL, NEUTRAL_ROLE);
        Map<String, String> bobsCircle =
                Map.of(BOB, REQ, PLATFORM, RESP, PLATFORM_COUNSEL, RESP_MEMBER, OTHER_NEUTRAL, NEUTRAL_ROLE);
        List<Target> procedures = new ArrayList<>();
        procedures.add(new Target("Alice's appointed Procedure", alices, null, alicesCircle));
        procedures.add(new Target("Bob's appointed Procedure", bobs, null, bobsCircle));
        // The demo data's (DemoData): Alice's held Request, Alice's commenced one, Bob's appointed one with the other
        // Neutral, and one of last year's terminated ones (of Parties the matrix does not call as).
        procedures.add(new Target(
                "the demo's filed Procedure",
                demo("REQUEST_FILED", "public-domain song"),
                null,
                Map.of(ALICE, REQ, LAWYER, REQ_REP)));
        procedures.add(new Target(
                "the demo's commenced Procedure",
                demo("COMMENCED", "suspended after a notice"),
                null,
                Map.of(ALICE, REQ, LAWYER, REQ_REP, PLATFORM, RESP, PLATFORM_COUNSEL, RESP_MEMBER)));
        procedures.add(new Target(
                "the demo's appointed Procedure",
                demo("NEUTRAL_APPOINTED", "counterfeit goods"),
                null,
                Map.of(BOB, REQ, PLATFORM, RESP, PLATFORM_COUNSEL, RESP_MEMBER, NEUTRAL, NEUTRAL_ROLE)));
        procedures.add(new Target(
                "a terminated Procedure of last year",
                demo("TERMINATED", "A demo dispute of last year."),
                null,
                Map.of()));
        targets.put(Kind.PROCEDURE, procedures);

        List<JsonObject> alicesFile = Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + alices))
                .getJsonArray("filings")
                .getValuesAs(JsonObject.class);
        String statement = alicesFile.stream()
                .filter(f -> f.containsKey("documents")
                        && !f.getJsonArray("documents").isEmpty())
                .findFirst()
                .orElseThrow()
                .getJsonArray("documents")
                .getJsonObject(0)
                .getString("id");
        List<JsonObject> file = Http.parse(Http.as(base, STAFF)
                        .get("/api/v1/procedures/" + alices + "/file")
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        Map<String, String> readers = new HashMap<>();
        alicesCircle.keySet().forEach(c -> readers.put(c, "READER"));
        targets.put(
                Kind.DOCUMENT,
                List.of(
                        new Target("the annex of Alice's Request", alices, statement, readers),
                        new Target(
                                "an annex of Alice's message",
                                alices,
                                DemoProcedures.documentOf(file, "Matrix annex"),
                                readers),
                        new Target(
                                "the evidence of a report of bad faith",
                                alices,
                                DemoProcedures.documentOf(file, "Matrix evidence"),
                                Map.of(NEUTRAL, "READER"))));

        // Mediations (R-M2): Alice and Bob's, in progress with the other Neutral (Alice's lawyer represents her for
        // all); Bob's request to the platform's manager, not yet answered.
        String inProgress = mediationInProgress("Matrix: in progress");
        String requested = Http.json(Http.as(base, BOB)
                        .postJson(
                                "/api/v1/mediations",
                                "{\"otherParty\":\"" + PLATFORM + "\",\"summary\":\"Matrix: requested\","
                                        + "\"language\":\"en\"}"))
                .getString("id");
        targets.put(
                Kind.MEDIATION,
                List.of(
                        new Target(
                                "Alice and Bob's mediation in progress",
                                inProgress,
                                null,
                                Map.of(ALICE, REQ, LAWYER, REQ_REP, BOB, RESP, OTHER_NEUTRAL, MEDIATOR)),
                        new Target("Bob's requested mediation", requested, null, Map.of(BOB, REQ, PLATFORM, RESP))));
        targets.put(
                Kind.ORGANISATION,
                List.of(new Target(
                        "Streamly's organisation",
                        streamly,
                        null,
                        Map.of(PLATFORM, "MANAGER", PLATFORM_COUNSEL, "MEMBER"))));
        targets.put(
                Kind.REPRESENTATION,
                List.of(new Target(
                        "Bob's revoked representation of Alice",
                        representation,
                        null,
                        Map.of(ALICE, "PARTY", BOB, "REPRESENTATIVE"))));
        targets.put(Kind.REVOCATION, targets.get(Kind.REPRESENTATION));
        targets.put(
                Kind.POWER_OF_ATTORNEY,
                List.of(new Target(
                        "the lawyer's pending power of attorney for Bob",
                        powerOfAttorney,
                        null,
                        Map.of(LAWYER, "FILER", BOB, "PARTY"))));
        HttpResponse<String> victim = Http.as(base, ALICE).postJson("/api/v1/tokens", "{\"label\":\"matrix target\"}");
        assertEquals(201, victim.statusCode(), victim.body());
        targets.put(
                Kind.TOKEN,
                List.of(new Target(
                        "a token of Alice's", Http.json(victim).getString("id"), null, Map.of(ALICE, "OWNER"))));
        targets.put(Kind.ACCOUNT, List.of(new Target("an account of the matrix's own", ownAccount(), null, Map.of())));
        targets.put(
                Kind.INBOX_ENTRY,
                List.of(new Target("an entry of Alice's inbox", aliceInboxEntry(), null, Map.of(ALICE, "OWNER"))));

        // R-SEC.3: a token of each scope for every caller, minted with Basic or on the tokens page (R-SEC.2: an
        // account with a second step); a token cannot mint tokens.
        for (String caller : CALLERS) {
            if (caller == null) {
                continue;
            }
            for (String scope : SCOPES) {
                if (scope.equals("ADMINISTER") && ACCOUNT_ROLE.get(caller).equals("NEUTRAL")) {
                    // The tokens page offers ADMINISTER only to the Center (ApiToken.Scope.offeredTo); a Neutral's
                    // demo token, every scope, is in the matrix as the Neutral's full credential.
                    continue;
                }
                tokens.put(caller + " " + scope, Tokens.mint(base, caller, "matrix " + scope, scope));
            }
        }
    }

    /** Issue 24: the newest entry of Alice's inbox (a mail of a Procedure she filed: its receipt at least). */
    private String aliceInboxEntry() {
        new Lifecycle(base).file(ALICE, "Matrix: a mail to Alice's inbox");
        return Http.json(Http.as(base, ALICE).get("/api/v1/me/inbox?size=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
    }

    private String demo(String state, String description) {
        return DemoProcedures.all(base).stream()
                .filter(p -> p.getString("state").equals(state))
                .map(p -> Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + p.getString("id"))))
                .filter(p -> p.getString("description").contains(description))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo Procedure " + state + " " + description))
                .getString("id");
    }

    private static String resource(String name) {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String directoryId(String name) {
        JsonObject page = Http.json(Http.anonymous(base).get("/api/v1/mediators?q=" + name));
        return page.getJsonArray("mediators").getJsonObject(0).getString("id");
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Http.json(response);
    }

    /** Alice asks Bob; Bob agrees; both rank Otto: Otto is invited. */
    private String mediationInvited(String summary) {
        String id = mediationRequested(summary);
        ok(Http.as(base, BOB).postJson("/api/v1/mediations/" + id + "/agreement", ""));
        ok(Http.as(base, ALICE).put("/api/v1/mediations/" + id + "/ranking", "{\"mediators\":[\"" + otto + "\"]}"));
        ok(Http.as(base, BOB).put("/api/v1/mediations/" + id + "/ranking", "{\"mediators\":[\"" + otto + "\"]}"));
        return id;
    }

    private String mediationRequested(String summary) {
        return ok(Http.as(base, ALICE)
                        .postJson(
                                "/api/v1/mediations",
                                "{\"otherParty\":\"" + BOB + "\",\"summary\":\"" + summary + "\",\"language\":\"en\"}"))
                .getString("id");
    }

    /** … and Otto accepts the mandate. */
    private String mediationInProgress(String summary) {
        String id = mediationInvited(summary);
        ok(Http.as(base, OTHER_NEUTRAL)
                .postJson("/api/v1/mediations/" + id + "/mandate", "{\"confirmsImpartiality\":true}"));
        return id;
    }

    // ---- the bodies proven valid: each write, as one caller who may, on a fresh object ----

    @Test
    void bodiesAreValid() {
        otto = directoryId("Otto");
        JsonObject rule = Http.parse(
                        Http.anonymous(base).get("/api/v1/case-analysis/rules").body())
                .asJsonArray()
                .getJsonObject(0);
        ruleBody = Json.createObjectBuilder(rule)
                .remove("id")
                .add("weight", 1)
                .build()
                .toString();
        statementOfReasons = resource("/dsa-tdb/example_statement.json");
        Lifecycle lifecycle = new Lifecycle(base);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        for (Map.Entry<String, Spec> entry : SPECS.entrySet()) {
            String key = entry.getKey();
            Spec spec = entry.getValue();
            if (key.startsWith("GET ") || NOT_PROVEN_ON_FRESH_OBJECTS.contains(key)) {
                continue;
            }
            String method = key.substring(0, key.indexOf(' '));
            String template = key.substring(key.indexOf(' ') + 1);
            Fresh fresh = fresh(key, spec, lifecycle);
            Body body = spec.body() == null ? null : spec.body().apply(fresh.id());
            HttpResponse<String> answer = send(full(fresh.caller()), method, fresh.path(template), body);
            statuses.merge(
                    answer.statusCode() / 100 == 2 ? "2xx" : String.valueOf(answer.statusCode()), 1, Integer::sum);
            boolean refusedBody = body != null && body.bytes().length > 0 && VALIDATION.contains(answer.statusCode());
            if (refusedBody || answer.statusCode() == 401 || answer.statusCode() == 403) {
                failures.add(fresh.caller() + " " + key + ": " + answer.statusCode() + " " + answer.body());
            } else if (answer.statusCode() / 100 != 2) {
                System.out.println("AccessMatrixIT body of " + key + " accepted, then " + answer.statusCode() + " "
                        + answer.body());
            }
            fresh.cleanUp().accept(answer);
        }
        System.out.println("AccessMatrixIT bodies on fresh objects: " + statuses);
        assertEquals(List.of(), failures, "bodies the validation refuses, or callers who may and are refused");
    }

    /** A fresh object for one write, the caller who may, the second id of its path, and how to remove it after. */
    record Fresh(String caller, String id, String second, Consumer<HttpResponse<String>> cleanUp) {
        String path(String template) {
            return concrete(template, id, second);
        }
    }

    private Fresh fresh(String key, Spec spec, Lifecycle lifecycle) {
        Consumer<HttpResponse<String>> nothing = answer -> {};
        String p = "/api/v1/procedures/";
        if (key.contains("/webhooks")) {
            return freshWebhook(key);
        }
        switch (spec.kind()) {
            case PROCEDURE -> {
                String id = lifecycle.file(ALICE, "Matrix: fresh for " + key);
                if (key.endsWith("/commencement")) {
                    lifecycle.pay(id, "FILING");
                    return new Fresh(STAFF, id, null, nothing);
                }
                lifecycle.commence(id);
                if (key.endsWith("/appointment/invitation") || key.endsWith("/answer")) {
                    return new Fresh(key.endsWith("/answer") ? PLATFORM : STAFF, id, null, nothing);
                }
                if (key.contains("/appointment/acceptance")
                        || key.contains("/appointment/declination")
                        || key.contains("/appointment/conflict-override")) {
                    ok(Http.as(base, STAFF)
                            .postJson(
                                    p + id + "/appointment/invitation",
                                    "{\"neutral\":\"" + NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}"));
                    return new Fresh(key.contains("conflict-override") ? STAFF : NEUTRAL, id, null, nothing);
                }
                ok(Http.as(base, STAFF)
                        .postJson(
                                p + id + "/appointment/invitation",
                                "{\"neutral\":\"" + NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}"));
                ok(Http.as(base, NEUTRAL)
                        .postJson(p + id + "/appointment/acceptance", "{\"confirmsImpartiality\":true}"));
                if (key.endsWith("/resolution/signature")
                        || key.endsWith("/resolution/communication")
                        || key.endsWith("/implementation-report")) {
                    // R-PLAT.3: signed only once the Answer is in (or its period over).
                    ok(Http.as(base, PLATFORM).postJson(p + id + "/answer", Lifecycle.answer("The matrix answers.")));
                    ok(Http.as(base, NEUTRAL).put(p + id + "/resolution", RESOLUTION));
                    if (!key.endsWith("/signature")) {
                        ok(Http.as(base, NEUTRAL).postJson(p + id + "/resolution/signature", ""));
                    }
                    if (key.endsWith("/implementation-report")) {
                        ok(Http.as(base, STAFF).postJson(p + id + "/resolution/communication", ""));
                    }
                }
                String feeId = null;
                if (key.contains("{feeId}")) {
                    feeId = Http.json(Http.as(base, STAFF).get(p + id + "/fees"))
                            .getJsonArray("fees")
                            .getJsonObject(0)
                            .getString("id");
                }
                String caller = spec.granted().contains(NEUTRAL_ROLE)
                        ? NEUTRAL
                        : spec.granted().contains("STAFF")
                                ? STAFF
                                : spec.granted().contains(REQ) ? ALICE : PLATFORM;
                return new Fresh(caller, id, feeId, nothing);
            }
            case PROCEDURE_IN_BODY -> {
                return new Fresh(ALICE, lifecycle.file(ALICE, "Matrix: fresh for " + key), null, nothing);
            }
            case MEDIATION -> {
                String m = "/api/v1/mediations/";
                if (key.endsWith("/agreement") || key.endsWith("/refusal") && !key.contains("mandate")) {
                    return new Fresh(BOB, mediationRequested("Matrix: fresh"), null, nothing);
                }
                if (key.endsWith("/representatives") || key.endsWith("/ranking")) {
                    String id = mediationRequested("Matrix: fresh");
                    ok(Http.as(base, BOB).postJson(m + id + "/agreement", ""));
                    return new Fresh(ALICE, id, null, nothing);
                }
                if (key.contains("/mandate")) {
                    return new Fresh(OTHER_NEUTRAL, mediationInvited("Matrix: fresh"), null, nothing);
                }
                String id = mediationInProgress("Matrix: fresh");
                if (key.endsWith("/acceptances")) {
                    JsonObject proposed = ok(Http.as(base, ALICE)
                            .postJson(m + id + "/settlement-agreements", body("POST " + M + "/settlement-agreements")));
                    SHA.put(
                            id,
                            proposed.getJsonArray("agreements").getValuesAs(JsonObject.class).stream()
                                    .filter(a -> a.getBoolean("current"))
                                    .findFirst()
                                    .orElseThrow()
                                    .getString("sha256"));
                }
                String caller =
                        spec.granted().contains(REQ) ? ALICE : spec.granted().contains("STAFF") ? STAFF : OTHER_NEUTRAL;
                return new Fresh(caller, id, null, nothing);
            }
            case ORGANISATION -> {
                String id = ok(Http.as(base, STAFF)
                                .postJson(
                                        "/api/v1/organisations",
                                        "{\"kind\":\"RIGHTHOLDER\",\"name\":\"Matrix " + UUID.randomUUID()
                                                + "\",\"firstManager\":\"" + BOB + "\"}"))
                        .getString("id");
                return new Fresh(STAFF, id, null, nothing);
            }
            case TOKEN -> {
                String id = ok(Http.as(base, ALICE).postJson("/api/v1/tokens", "{\"label\":\"matrix fresh\"}"))
                        .getString("id");
                return new Fresh(ALICE, id, null, nothing);
            }
            case INBOX_ENTRY -> {
                return new Fresh(ALICE, aliceInboxEntry(), null, nothing);
            }
            case ACCOUNT -> {
                String own = ownAccount();
                if (key.endsWith("/roles/withdraw")) {
                    ok(Http.as(base, ADMIN)
                            .postJson(
                                    "/api/v1/accounts/" + own + "/roles/grant",
                                    "{\"role\":\"NEUTRAL\",\"reason\":\"Matrix\"}"));
                }
                if (key.endsWith("/enable")) {
                    ok(Http.as(base, ADMIN)
                            .postJson("/api/v1/accounts/" + own + "/disable", "{\"reason\":\"Matrix\"}"));
                }
                // Reversible changes only, undone whatever the answer: a role granted is withdrawn, a disabled
                // account enabled again.
                Consumer<HttpResponse<String>> undo = key.endsWith("/roles/grant") || key.endsWith("/roles/withdraw")
                        ? answer -> Http.as(base, ADMIN)
                                .postJson(
                                        "/api/v1/accounts/" + own + "/roles/withdraw",
                                        "{\"role\":\"NEUTRAL\",\"reason\":\"Matrix\"}")
                        : key.endsWith("/disable") || key.endsWith("/enable")
                                ? answer -> Http.as(base, ADMIN)
                                        .postJson("/api/v1/accounts/" + own + "/enable", "{\"reason\":\"Matrix\"}")
                                : nothing;
                return new Fresh(ADMIN, own, null, undo);
            }
            default -> {
                return freshGlobal(key, spec);
            }
        }
    }

    /** Removes what a creation made, by the id its answer gives (a closure, a schedule, a rule, an invitation…). */
    private Consumer<HttpResponse<String>> deleting(String who, String collection) {
        return answer -> {
            if (answer.statusCode() / 100 == 2) {
                String id = Http.json(answer).getString("id");
                HttpResponse<String> removed = Http.as(base, who).delete(collection + "/" + id);
                assertTrue(removed.statusCode() / 100 == 2, collection + ": " + removed.body());
            }
        };
    }

    private static String body(String key) {
        return new String(SPECS.get(key).body().apply(null).bytes(), StandardCharsets.UTF_8);
    }

    /**
     * R-PLAT.2: webhooks are managed by an organisation's managers only (staff read): Streamly's manager, on an
     * endpoint of its own made for the call (for an event nothing here fires) and deleted after it.
     */
    private Fresh freshWebhook(String key) {
        String streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
        String webhooks = "/api/v1/organisations/" + streamly + "/webhooks";
        if (key.equals("POST /api/v1/organisations/{id}/webhooks")) {
            return new Fresh(PLATFORM, streamly, null, answer -> {
                if (answer.statusCode() == 201) {
                    Http.as(base, PLATFORM)
                            .delete(webhooks + "/" + Http.json(answer).getString("id"));
                }
            });
        }
        String endpoint =
                ok(Http.as(base, PLATFORM).postJson(webhooks, WEBHOOK)).getString("id");
        return new Fresh(
                PLATFORM, streamly, endpoint, answer -> Http.as(base, PLATFORM).delete(webhooks + "/" + endpoint));
    }

    private Fresh freshGlobal(String key, Spec spec) {
        Consumer<HttpResponse<String>> nothing = answer -> {};
        String caller = spec.granted().contains("ANYONE")
                        || spec.granted().contains("SIGNED_IN")
                        || spec.granted().contains("PARTY")
                ? ALICE
                : spec.granted().contains("STAFF") ? STAFF : ADMIN;
        switch (key) {
            case "POST /api/v1/closures" -> {
                return new Fresh(ADMIN, null, null, deleting(ADMIN, "/api/v1/closures"));
            }
            case "POST /api/v1/fee-schedules" -> {
                return new Fresh(ADMIN, null, null, deleting(ADMIN, "/api/v1/fee-schedules"));
            }
            case "POST /api/v1/case-analysis/rules" -> {
                return new Fresh(ADMIN, null, null, deleting(ADMIN, "/api/v1/case-analysis/rules"));
            }
            case "POST /api/v1/account-invitations" -> {
                return new Fresh(STAFF, null, null, deleting(STAFF, "/api/v1/account-invitations"));
            }
            case "POST /api/v1/tokens" -> {
                return new Fresh(ALICE, null, null, deleting(ALICE, "/api/v1/tokens"));
            }
            case "DELETE /api/v1/closures/{id}" -> {
                String id = ok(Http.as(base, ADMIN)
                                .postJson(
                                        "/api/v1/closures",
                                        "{\"from\":\"2039-10-09\",\"to\":\"2039-10-10\",\"reason\":\"Matrix\"}"))
                        .getString("id");
                return new Fresh(ADMIN, id, null, nothing);
            }
            case "PUT /api/v1/case-analysis/rules/{id}", "DELETE /api/v1/case-analysis/rules/{id}" -> {
                String id = ok(Http.as(base, ADMIN).postJson("/api/v1/case-analysis/rules", ruleBody))
                        .getString("id");
                return new Fresh(
                        ADMIN, id, null, answer -> Http.as(base, ADMIN).delete("/api/v1/case-analysis/rules/" + id));
            }
            case "DELETE /api/v1/fee-schedules/{id}" -> {
                String id = ok(Http.as(base, ADMIN)
                                .postJson(
                                        "/api/v1/fee-schedules",
                                        "{\"validFrom\":\"2097-01-01\",\"filingFee\":60,\"administrationFee\":350,"
                                                + "\"neutralFee\":800}"))
                        .getString("id");
                return new Fresh(ADMIN, id, null, nothing);
            }
            case "DELETE /api/v1/account-invitations/{id}" -> {
                String id = ok(Http.as(base, STAFF)
                                .postJson(
                                        "/api/v1/account-invitations",
                                        "{\"kind\":\"NEUTRAL\",\"email\":\"matrix-" + UUID.randomUUID()
                                                + "@example.org\"}"))
                        .getString("id");
                return new Fresh(STAFF, id, null, nothing);
            }
            case "PUT /api/v1/accounts/me" -> {
                JsonObject me = Http.json(Http.as(base, ALICE).get("/api/v1/accounts/me"));
                return new Fresh(
                        ALICE,
                        null,
                        null,
                        answer -> Http.as(base, ALICE)
                                .put(
                                        "/api/v1/accounts/me",
                                        Json.createObjectBuilder()
                                                .add("displayName", me.getString("displayName", "Alice Martin"))
                                                .add("language", me.getString("language", "en"))
                                                .add("domicile", me.getString("domicile", "FR"))
                                                .build()
                                                .toString()));
            }
            default -> {
                return new Fresh(caller, null, null, nothing);
            }
        }
    }
}
