package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Request started from a platform's Statement of Reasons (R-SOR.1–R-SOR.4) with its annexes (R-C2), end to end:
 * the Commission's own fixtures, every violation with its JSON pointer, the scope flag, duplicates seen by staff but
 * never revealed to an outsider, and documents detected from their bytes and served only within the circle.
 */
@ExtendWith(ArquillianExtension.class)
class StatementOfReasonsIT {

    private static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    private URL base;

    static String fixture(String name) {
        try (InputStream in = StatementOfReasonsIT.class.getResourceAsStream("/dsa-tdb/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An in-scope statement (copyright keyword) with a fresh puid. */
    private static String copyrightStatement(String puid) {
        return fixture("example_statement.json")
                .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", puid)
                .replace(
                        "\"category_specification\":[]",
                        "\"category_specification\":[\"KEYWORD_COPYRIGHT_INFRINGEMENT\"]");
    }

    private JsonObject importAs(String who, String json) {
        HttpResponse<String> imported = Http.as(base, who).postJson("/api/v1/requests/statement-of-reasons", json);
        assertEquals(201, imported.statusCode(), imported.body());
        return Http.json(imported).getJsonArray("statements").getJsonObject(0);
    }

    private HttpResponse<String> fileWithStatement(String who, String statementId, String extra) {
        String items = RequestBodies.items("COPYRIGHT", "Platform 1", "They removed my remix.")
                .add("statementOfReasons", statementId)
                .build()
                .toString();
        return Http.as(base, who)
                .postJson(
                        "/api/v1/requests",
                        extra.isEmpty() ? items : items.substring(0, items.length() - 1) + "," + extra + "}");
    }

    @Test
    void thePlatformPostsTheCommissionsBatchAndEachStatementGetsADraftWithItsScope_R_SOR_1_R_SOR_3() {
        HttpResponse<String> imported = Http.as(base, PLATFORM)
                .postJson("/api/v1/requests/statement-of-reasons", fixture("example_multi_statements.json"));
        assertEquals(201, imported.statusCode(), imported.body());
        List<JsonObject> drafts = Http.json(imported).getJsonArray("statements").getValuesAs(JsonObject.class);
        assertEquals(10, drafts.size());
        assertTrue(
                drafts.stream().noneMatch(d -> d.getBoolean("likelyInScope")),
                "none of the ten names a copyright or trademark keyword");
        assertTrue(
                drafts.get(0).getString("scopeReason").contains("not an intellectual property"),
                drafts.get(0).toString());
        assertEquals(
                "/statements/4/end_date_monetary_restriction",
                drafts.get(4).getJsonArray("warnings").getJsonObject(0).getString("pointer"));
        String link = drafts.get(3).getString("link");
        assertTrue(link.startsWith("/portal/file-request.xhtml?statement="), link);

        String id = drafts.get(3).getString("id");
        HttpResponse<String> handedOver = Http.as(base, ALICE).get("/api/v1/requests/statement-of-reasons/" + id);
        assertEquals(200, handedOver.statusCode(), "the user the platform handed the id to reads the draft");
    }

    @Test
    void anInvalidStatementIsRefusedWithEveryPointerAndNothingCanBeFiledFromIt_R_SOR_1() {
        String broken = fixture("example_statement.json")
                .replace(
                        "\"decision_ground\":\"DECISION_GROUND_INCOMPATIBLE_CONTENT\"",
                        "\"decision_ground\":\"DECISION_GROUND_WHIM\"")
                .replace("\"application_date\":\"2025-12-08\"", "\"application_date\":\"08.12.2025\"");
        HttpResponse<String> refused = Http.as(base, ALICE).postJson("/api/v1/requests/statement-of-reasons", broken);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        List<String> errors = Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer") + " " + e.getString("rule"))
                .toList();
        assertEquals(List.of("/decision_ground R-SOR.2", "/application_date R-SOR.1"), errors);
        assertFalse(refused.body().contains("Exception"), "never a stack trace");

        HttpResponse<String> unknown =
                fileWithStatement(ALICE, UUID.randomUUID().toString(), "");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals(
                "/statementOfReasons",
                Http.json(unknown).getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void aRequestFromAStatementIsFiledOnceAndDuplicatesAreFlaggedToStaffOnly_R_SOR_4_R13_1() {
        String puid = "dup-" + UUID.randomUUID();
        JsonObject first = importAs(ALICE, copyrightStatement(puid));
        assertTrue(first.getBoolean("likelyInScope"));
        assertEquals("COPYRIGHT", first.getString("suggestedMatter"));
        HttpResponse<String> filed = fileWithStatement(ALICE, first.getString("id"), "");
        assertEquals(201, filed.statusCode(), filed.body());
        String procedure = Http.json(filed).getString("id");
        assertEquals(
                first.getString("id"), Http.json(filed).getJsonObject("request").getString("statementOfReasons"));
        assertEquals(
                404,
                Http.as(base, ALICE)
                        .get("/api/v1/requests/statement-of-reasons/" + first.getString("id"))
                        .statusCode(),
                "a filed statement is no longer a draft");
        assertEquals(400, fileWithStatement(ALICE, first.getString("id"), "").statusCode(), "used once");

        JsonObject again = importAs(ALICE, copyrightStatement(puid));
        assertEquals(procedure, again.getString("existingProcedure"), "a Party is pointed to its Procedure");
        JsonObject outsider = importAs(BOB, copyrightStatement(puid));
        assertFalse(outsider.containsKey("existingProcedure"), "an outsider learns nothing (R-13.1)");

        HttpResponse<String> second = fileWithStatement(BOB, outsider.getString("id"), "");
        assertEquals(201, second.statusCode(), second.body());
        String secondId = Http.json(second).getString("id");
        JsonObject staffView = Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + secondId));
        assertEquals(procedure, staffView.getJsonObject("request").getString("possibleDuplicateOf"));
        JsonObject bobsView = Http.json(Http.as(base, BOB).get("/api/v1/procedures/" + secondId));
        assertFalse(bobsView.getJsonObject("request").containsKey("possibleDuplicateOf"), "staff only");
        assertTrue(
                Http.as(base, STAFF).get("/api/v1/procedures?size=100").body().contains("\"possibleDuplicate\":true"));
    }

    @Test
    void annexesAreTypedFromTheirBytesAndServedOnlyWithinTheCircle_RC2_R13_1() throws Exception {
        String disguised = RequestBodies.annex(
                "ICHS_DECISION",
                "decision.pdf",
                "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = fileWithStatement(
                ALICE,
                importAs(ALICE, copyrightStatement("annex-" + UUID.randomUUID()))
                        .getString("id"),
                "\"annexes\":[" + disguised + "]");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Http.json(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("/annexes/0", error.getString("pointer"));
        assertEquals("R-C2", error.getString("rule"));
        assertTrue(error.getString("detail").contains("text/html"), error.getString("detail"));

        String statement = importAs(ALICE, copyrightStatement("annex-" + UUID.randomUUID()))
                .getString("id");
        String pdf = RequestBodies.annex("ICHS_DECISION", "décision.bin", PDF);
        HttpResponse<String> filed = fileWithStatement(ALICE, statement, "\"annexes\":[" + pdf + "]");
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject view = Http.json(filed);
        JsonObject document = view.getJsonArray("filings")
                .getJsonObject(0)
                .getJsonArray("documents")
                .getJsonObject(0);
        assertEquals("application/pdf", document.getString("mediaType"), "detected from the bytes, not the name");
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals(sha, document.getString("sha256"));

        String path = "/api/v1/procedures/" + view.getString("id") + "/documents/" + document.getString("id");
        HttpResponse<byte[]> mine = Http.as(base, ALICE).getBytes(path);
        assertEquals(200, mine.statusCode());
        assertArrayEquals(PDF, mine.body());
        assertEquals(
                "application/pdf", mine.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, Http.as(base, STAFF).getBytes(path).statusCode());
        HttpResponse<String> outsider = Http.as(base, BOB).get(path);
        HttpResponse<String> missing = Http.as(base, BOB)
                .get("/api/v1/procedures/" + view.getString("id") + "/documents/" + UUID.randomUUID());
        assertEquals(404, outsider.statusCode());
        assertEquals(missing.body(), outsider.body(), "the same 404 as for a document that does not exist");
        assertEquals(
                404,
                Http.as(base, BOB)
                        .getBytes("/document?procedure=" + view.getString("id") + "&id=" + document.getString("id"))
                        .statusCode());
    }

    @Test
    void aRightholderMustAttachTheNotice_R5_1_reading() {
        String statement =
                importAs(BOB, copyrightStatement("rh-" + UUID.randomUUID())).getString("id");
        String body = RequestBodies.items("TRADEMARK", "Platform 1", "Counterfeits under our mark.")
                .add("capacity", "RIGHTHOLDER")
                .add("statementOfReasons", statement)
                .build()
                .toString();
        HttpResponse<String> refused = Http.as(base, BOB).postJson("/api/v1/requests", body);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "/notice",
                Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        String withNotice = body.substring(0, body.length() - 1) + ",\"annexes\":["
                + RequestBodies.annex("NOTICE", "notice.txt", "Our notice".getBytes(StandardCharsets.UTF_8)) + "]}";
        assertEquals(
                201, Http.as(base, BOB).postJson("/api/v1/requests", withNotice).statusCode());
    }

    @Test
    void theDraftNamesThePlatformMatchedByItsTransparencyDatabaseNameAsTheRespondingParty_RACC2_R_SOR_1() {
        String statement = copyrightStatement("match-" + UUID.randomUUID())
                .replace("\"platform_name\":\"Platform 1\"", "\"platform_name\":\"  platform\\u00a0  1 \"");
        JsonObject draft = importAs(ALICE, statement);
        assertEquals(DemoOrganisations.STREAMLY, draft.getString("suggestedRespondingPartyName"), draft.toString());
        assertEquals(
                DemoOrganisations.id(base, DemoOrganisations.STREAMLY), draft.getString("suggestedRespondingParty"));

        HttpResponse<String> page =
                Http.as(base, ALICE).get("/portal/file-request.xhtml?statement=" + draft.getString("id"));
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("id=\"responding-party\">" + DemoOrganisations.STREAMLY + "</dd>"),
                "the Request form names the platform as the Responding Party");

        JsonObject unknown = importAs(
                ALICE,
                copyrightStatement("nomatch-" + UUID.randomUUID())
                        .replace("\"platform_name\":\"Platform 1\"", "\"platform_name\":\"Platform 1b\""));
        assertFalse(unknown.containsKey("suggestedRespondingParty"), "no match: nothing proposed");
    }

    /** Two unreadable dates, an application date too early and an end date before it (a warning). */
    private static String badDates() {
        return fixture("example_statement.json")
                .replace("\"content_date\":\"2025-12-09\"", "\"content_date\":\"2025-02-30\"")
                .replace("\"application_date\":\"2025-12-08\"", "\"application_date\":\"2019-12-31\"")
                .replace(
                        "\"end_date_monetary_restriction\":\"2025-12-09\"",
                        "\"end_date_monetary_restriction\":\"2019-06-01\"")
                .replace("\"end_date_account_restriction\":null", "\"end_date_account_restriction\":\"31/12/2025\"");
    }

    @Test
    void anInvalidStatementReportsEveryFindingInOneRefusalByApiAndPage_R_SOR_1() {
        HttpResponse<String> refused =
                Http.as(base, ALICE).postJson("/api/v1/requests/statement-of-reasons", badDates());
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = Http.json(refused);
        assertEquals(
                List.of("/content_date R-SOR.1", "/application_date R-SOR.1", "/end_date_account_restriction R-SOR.1"),
                problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("pointer") + " " + e.getString("rule"))
                        .toList(),
                "every bad date at once, not only the first");
        assertEquals(
                "/end_date_monetary_restriction",
                problem.getJsonArray("warnings").getJsonObject(0).getString("pointer"),
                "the warning of the same document in the same refusal");

        assertEquals(200, Http.as(base, ALICE).get("/portal/file-request.xhtml").statusCode());
        HttpResponse<String> page = PageSessions.client(base, ALICE)
                .submitMultipart("/portal/file-request.xhtml", "statement", Map.of("json", badDates()), "import");
        assertEquals(200, page.statusCode());
        String list = page.body().substring(page.body().indexOf("id=\"statement-errors\""));
        for (String pointer : List.of(
                "/content_date",
                "/application_date",
                "/end_date_account_restriction",
                "/end_date_monetary_restriction")) {
            assertTrue(list.contains("<code>" + pointer + "</code>"), pointer + " listed on the page");
        }
        assertFalse(page.body().contains("id=\"statement-summary\""), "nothing was kept");
    }

    @Test
    void anIntellectualPropertyStatementWhoseTextNamesTheRightIsNotFlagged_R_SOR_3_reading() {
        String statement = fixture("example_statement.json")
                .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", "text-" + UUID.randomUUID())
                .replace(
                        "\"decision_facts\":\"Arcus tandem textus.",
                        "\"decision_facts\":\"Urheberrechtsverletzung: ein Musikvideo. Arcus tandem textus.");
        JsonObject draft = importAs(ALICE, statement);
        assertTrue(draft.getBoolean("likelyInScope"), draft.toString());
        assertEquals("COPYRIGHT", draft.getString("suggestedMatter"));
        assertFalse(draft.containsKey("scopeReason"), "no reason: not flagged");
    }
}
