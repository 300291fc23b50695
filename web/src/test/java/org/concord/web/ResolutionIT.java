package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Resolution end to end: drafted and signed by the Neutral as a hashed PDF, communicated by the
 * Center, then effective for the Parties, the Neutral read-only and the filing fee's refund proposed; the
 * extension within the cap, termination by whom the Rules say and the certificate.
 */
@ExtendWith(ArquillianExtension.class)
class ResolutionIT {

    @ArquillianResource
    private URL base;

    private String appointedProcedure(String description) {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, description);
        lifecycle.commence(id);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        lifecycle.fileAnswer(id); // R-PLAT.3: the Resolution may be signed once the Answer is in
        lifecycle.appoint(id, NEUTRAL);
        return id;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aResolutionWaitsForTheAnswerAndAnEarlyInvitationSaysWhy_RPLAT3() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Fair sequencing test.");
        lifecycle.commence(id);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        String path = "/api/v1/procedures/" + id;
        HttpResponse<String> noReason = Http.as(base, DemoAccounts.STAFF)
                .postJson(path + "/appointment/invitation", "{\"neutral\":\"" + NEUTRAL + "\"}");
        assertEquals(400, noReason.statusCode(), noReason.body()); // a field to fill in
        JsonObject why = Http.json(noReason).getJsonArray("errors").getJsonObject(0);
        assertEquals("R-PLAT.3", why.getString("rule"));
        assertEquals("/earlyReason", why.getString("pointer"));
        lifecycle.appoint(id, NEUTRAL); // with Lifecycle.EARLY
        assertEquals(
                Lifecycle.EARLY,
                Http.json(Http.as(base, DemoAccounts.STAFF).get(path))
                        .getJsonArray("appointments")
                        .getJsonObject(0)
                        .getString("earlyReason"),
                "the reason is recorded with the invitation");

        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .put(
                                path + "/resolution",
                                "{\"description\":\"A song was removed.\",\"recommendation\":\"Reinstate it.\","
                                        + "\"reasons\":\"Own work.\",\"outcome\":\"FOR_REQUESTING_PARTY\"}")
                        .statusCode(),
                "the Neutral may draft meanwhile");
        assertTrue(Http.json(Http.as(base, NEUTRAL).get(path)).getBoolean("resolutionWaitsForAnswer"));
        HttpResponse<String> early = Http.as(base, NEUTRAL).postJson(path + "/resolution/signature", "");
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("R-PLAT.3", Http.json(early).getString("rule"), "a refusal of the act, not of a field");
        assertTrue(
                Http.json(Http.as(base, NEUTRAL).get(path)).isNull("resolution")
                        || !Http.json(Http.as(base, NEUTRAL).get(path))
                                .getJsonObject("resolution")
                                .containsKey("signedAt"),
                "nothing signed");

        lifecycle.fileAnswer(id);
        assertFalse(Http.json(Http.as(base, NEUTRAL).get(path)).getBoolean("resolutionWaitsForAnswer"));
        HttpResponse<String> signed = Http.as(base, NEUTRAL).postJson(path + "/resolution/signature", "");
        assertEquals(200, signed.statusCode(), signed.body());
    }

    @Test
    void theNeutralSignsTheCenterCommunicatesAndThePartiesReadIt_R14_R17_3() throws Exception {
        String id = appointedProcedure("Resolution test.");
        String path = "/api/v1/procedures/" + id;
        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .put(path + "/resolution", "{\"description\":\"A song was removed.\"}")
                        .statusCode(),
                "a draft may be incomplete");
        HttpResponse<String> incomplete = Http.as(base, NEUTRAL).postJson(path + "/resolution/signature", "");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        JsonObject error = Http.json(incomplete).getJsonArray("errors").getJsonObject(0);
        assertEquals("/recommendation", error.getString("pointer"));
        assertEquals("R-14.1", error.getString("rule"));
        assertEquals(403, Http.as(base, ALICE).put(path + "/resolution", "{}").statusCode(), "only a Neutral");

        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .put(
                                path + "/resolution",
                                "{\"description\":\"A song was removed.\","
                                        + "\"recommendation\":\"Reinstate the song.\",\"reasons\":\"It is the Requesting Party's own work.\","
                                        + "\"outcome\":\"FOR_REQUESTING_PARTY\"}")
                        .statusCode());
        assertFalse(Http.json(Http.as(base, ALICE).get(path)).containsKey("resolution"), "a draft is not theirs");
        HttpResponse<String> signed = Http.as(base, NEUTRAL).postJson(path + "/resolution/signature", "");
        assertEquals(200, signed.statusCode(), signed.body());
        JsonObject resolution = Http.json(signed).getJsonObject("resolution");
        String sha = resolution.getString("sha256");
        assertEquals(NEUTRAL, resolution.getString("signedBy"));
        assertFalse(
                Http.json(Http.as(base, ALICE).get(path)).containsKey("resolution"),
                "signed but not yet communicated (14(c))");
        assertEquals(
                409,
                Http.as(base, NEUTRAL)
                        .put(path + "/resolution", "{\"reasons\":\"changed\"}")
                        .statusCode(),
                "never changed once signed");

        HttpResponse<String> communicated = Http.as(base, STAFF).postJson(path + "/resolution/communication", "");
        assertEquals(200, communicated.statusCode(), communicated.body());
        assertEquals("RESOLVED", Http.json(communicated).getString("state"));

        JsonObject alicesView = Http.json(Http.as(base, ALICE).get(path));
        assertEquals(
                "Reinstate the song.", alicesView.getJsonObject("resolution").getString("recommendation"));
        JsonObject filing = alicesView.getJsonArray("filings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals("RESOLUTION"))
                .findFirst()
                .orElseThrow();
        String documentId = filing.getJsonArray("documents").getJsonObject(0).getString("id");
        byte[] pdf =
                Http.as(base, ALICE).getBytes(path + "/documents/" + documentId).body();
        assertEquals(
                sha,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
                "the PDF is the one the Neutral signed (R-14.1 (vi))");
        String text = text(pdf);
        assertTrue(text.contains("It is the Requesting Party's own work.") && text.contains("Dr. Nora Expert"), text);

        assertEquals(
                409,
                Http.as(base, NEUTRAL)
                        .postJson(path + "/disclosures", "{\"circumstances\":\"After the fact\"}")
                        .statusCode(),
                "read-only after the Resolution (R-14.3)");
        List<JsonObject> proposals = Http.json(Http.as(base, STAFF).get(path + "/fees"))
                .getJsonArray("proposals")
                .getValuesAs(JsonObject.class);
        assertTrue(
                proposals.stream()
                        .anyMatch(p -> p.getString("fee").equals("FILING")
                                && p.getString("action").equals("REFUND")),
                "the filing fee's refund is proposed (R-17.3)");

        HttpResponse<byte[]> certificate = Http.as(base, ALICE).getBytes(path + "/certificate");
        assertEquals(200, certificate.statusCode());
        assertTrue(text(certificate.body()).contains("Date of completion"), "R-20");
        HttpResponse<String> outsider = Http.as(base, BOB).get(path + "/certificate");
        HttpResponse<String> missing =
                Http.as(base, BOB).get("/api/v1/procedures/" + UUID.randomUUID() + "/certificate");
        assertEquals(404, outsider.statusCode());
        assertEquals(missing.body(), outsider.body());
    }

    @Test
    void theCenterExtendsWithinTheCapAndEachGroundIsUsedByWhomTheRulesSay_R14_2_R15() {
        String id = appointedProcedure("Extension and termination test.");
        String path = "/api/v1/procedures/" + id;
        HttpResponse<String> beyond = Http.as(base, STAFF)
                .postJson(path + "/resolution/extension", "{\"days\":95,\"reason\":\"Many works\"}");
        assertEquals(400, beyond.statusCode(), beyond.body());
        assertEquals(
                "R-14.2",
                Http.json(beyond).getJsonArray("errors").getJsonObject(0).getString("rule"));
        assertEquals(
                403,
                Http.as(base, NEUTRAL)
                        .postJson(path + "/resolution/extension", "{\"days\":45,\"reason\":\"x\"}")
                        .statusCode(),
                "the Center extends");
        HttpResponse<String> extended = Http.as(base, STAFF)
                .postJson(path + "/resolution/extension", "{\"days\":45,\"reason\":\"Many works and territories\"}");
        assertEquals(200, extended.statusCode(), extended.body());
        assertEquals(45, Http.json(extended).getInt("resolutionDays"));

        HttpResponse<String> staffSettles =
                Http.as(base, STAFF).postJson(path + "/termination", "{\"ground\":\"SETTLED_BEFORE_RESOLUTION\"}");
        assertEquals(400, staffSettles.statusCode(), "15(c) is the Neutral's");
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson(path + "/termination", "{\"ground\":\"COURT_PROCEEDINGS\"}")
                        .statusCode(),
                "a Party does not terminate");
        HttpResponse<String> settled = Http.as(base, NEUTRAL)
                .postJson(
                        path + "/termination",
                        "{\"ground\":\"SETTLED_BEFORE_RESOLUTION\",\"note\":\"Settled on 1 March\"}");
        assertEquals(200, settled.statusCode(), settled.body());
        JsonObject view = Http.json(Http.as(base, ALICE).get(path));
        assertEquals("TERMINATED", view.getString("state"));
        assertEquals("SETTLED_BEFORE_RESOLUTION", view.getString("terminationGround"));
        String reference = view.getString("reference");
        Smtp.await(
                m -> Smtp.recipient(m).equals(ALICE)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("ended"),
                30);
    }
}
