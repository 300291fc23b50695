package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conduct of a Procedure through the API: everything reaches both Parties and the Neutral; no ex parte
 * channel until the Neutral allows one; objections with their dates; a report of bad faith only the
 * Center reads (11(f)); a translation order answered with a document; the file per member of the circle.
 */
@ExtendWith(ArquillianExtension.class)
class ConductIT {

    @ArquillianResource
    private URL base;

    private String procedure;

    private String path(String rest) {
        return "/api/v1/procedures/" + procedure + rest;
    }

    private List<JsonObject> file(String who) {
        HttpResponse<String> file = Http.as(base, who).get(path("/file"));
        assertEquals(200, file.statusCode(), file.body());
        return Http.parse(file.body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static boolean holds(List<JsonObject> file, String text) {
        return file.stream()
                .anyMatch(e -> e.containsKey("text") && e.getString("text").equals(text));
    }

    @Test
    void communicationsReachTheWholeCircleAndNoOneSpeaksToTheNeutralAlone_R11() {
        Lifecycle lifecycle = new Lifecycle(base);
        procedure = lifecycle.file(ALICE, "Conduct test.");
        lifecycle.commence(procedure);
        lifecycle.pay(procedure, "ADMINISTRATION");
        lifecycle.pay(procedure, "NEUTRAL");
        lifecycle.appoint(procedure, NEUTRAL);

        assertEquals(
                201,
                Http.as(base, ALICE)
                        .postJson(path("/messages"), "{\"text\":\"Here is the licence I hold.\"}")
                        .statusCode());
        for (String who : List.of(ALICE, PLATFORM, NEUTRAL, STAFF)) {
            assertTrue(holds(file(who), "Here is the licence I hold."), who);
        }
        String reference = Http.json(Http.as(base, ALICE).get(path(""))).getString("reference");
        Smtp.await(
                m -> Smtp.recipient(m).equals(PLATFORM)
                        && Smtp.subject(m).contains(reference)
                        && Smtp.subject(m).contains("new filing"),
                30);

        HttpResponse<String> aside = Http.as(base, ALICE)
                .postJson(path("/messages"), "{\"text\":\"Between us\",\"addressedTo\":\"NEUTRAL\"}");
        assertEquals(400, aside.statusCode(), aside.body());
        JsonObject error = Http.json(aside).getJsonArray("errors").getJsonObject(0);
        assertEquals("/addressedTo", error.getString("pointer"));
        assertEquals("R-11.2", error.getString("rule"));
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson(path("/ex-parte-determinations"), "{\"text\":\"I allow it\"}")
                        .statusCode(),
                "only the Neutral determines");
        assertEquals(
                201,
                Http.as(base, NEUTRAL)
                        .postJson(
                                path("/ex-parte-determinations"),
                                "{\"text\":\"Separate settlement talks, as both Parties asked.\"}")
                        .statusCode());
        assertEquals(
                201,
                Http.as(base, ALICE)
                        .postJson(path("/messages"), "{\"text\":\"Our bottom line\",\"addressedTo\":\"NEUTRAL\"}")
                        .statusCode());
        assertTrue(holds(file(NEUTRAL), "Our bottom line"));
        assertTrue(holds(file(STAFF), "Our bottom line"));
        assertFalse(holds(file(PLATFORM), "Our bottom line"), "the other side does not see it");

        String knew = LocalDate.now(ZoneId.of("Europe/Zurich")).minusDays(3).toString();
        assertEquals(
                201,
                Http.as(base, PLATFORM)
                        .postJson(
                                path("/objections"),
                                "{\"text\":\"The Request exceeds its scope\",\"knewOn\":\"" + knew + "\"}")
                        .statusCode());
        assertTrue(
                file(ALICE).stream()
                        .anyMatch(e -> e.getString("kind").equals("OBJECTION")
                                && e.getString("flag").equals("knewOn " + knew)),
                "knew on / objected on (R-16)");

        assertEquals(
                201,
                Http.as(base, NEUTRAL)
                        .postJson(
                                path("/bad-faith-reports"),
                                "{\"party\":\"RESPONDING_PARTY\",\"text\":\"The notice was fabricated.\","
                                        + "\"annexes\":["
                                        + RequestBodies.annex(
                                                "ANNEX",
                                                "evidence.txt",
                                                "forged notice".getBytes(StandardCharsets.UTF_8))
                                        + "]}")
                        .statusCode());
        assertTrue(holds(file(STAFF), "The notice was fabricated."));
        assertFalse(holds(file(ALICE), "The notice was fabricated."));
        assertFalse(holds(file(PLATFORM), "The notice was fabricated."));
        // 11(f), R-SEC.6: the report's evidence is downloadable by the Center and the Neutral only; a Party
        // and an outsider get the same 404 as for a document that does not exist.
        String evidence = DemoProcedures.documentOf(file(STAFF), "The notice was fabricated.");
        for (String reader : List.of(STAFF, NEUTRAL)) {
            HttpResponse<String> download = Http.as(base, reader).get(path("/documents/" + evidence));
            assertEquals(200, download.statusCode(), reader);
            assertEquals("forged notice", download.body());
        }
        HttpResponse<String> noSuchDocument = Http.as(base, ALICE).get(path("/documents/" + UUID.randomUUID()));
        assertEquals(404, noSuchDocument.statusCode());
        for (String hidden : List.of(ALICE, PLATFORM, BOB)) {
            HttpResponse<String> refused = Http.as(base, hidden).get(path("/documents/" + evidence));
            assertEquals(404, refused.statusCode(), hidden);
            assertEquals(noSuchDocument.body(), refused.body(), hidden);
        }

        String due = LocalDate.now(ZoneId.of("Europe/Zurich")).plusDays(7).toString();
        HttpResponse<String> order = Http.as(base, NEUTRAL)
                .postJson(
                        path("/translation-orders"),
                        "{\"party\":\"RESPONDING_PARTY\",\"language\":\"fr\",\"dueOn\":\"" + due
                                + "\",\"text\":\"Translate clause 7 of the terms.\"}");
        assertEquals(201, order.statusCode(), order.body());
        String orderId = Http.json(order).getString("id");
        HttpResponse<String> translated = Http.as(base, PLATFORM)
                .postJson(
                        path("/messages"),
                        "{\"text\":\"Clause 7 in French\",\"inReplyTo\":\"" + orderId + "\",\"annexes\":["
                                + RequestBodies.annex(
                                        "ANNEX", "clause7.txt", "Article 7 ...".getBytes(StandardCharsets.UTF_8))
                                + "]}");
        assertEquals(201, translated.statusCode(), translated.body());
        JsonObject entry = file(ALICE).stream()
                .filter(e -> e.containsKey("text") && e.getString("text").equals("Clause 7 in French"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, entry.getJsonArray("documents").size());
        // a message's annex is downloadable by whoever reads the message, not by an outsider.
        String annex = DemoProcedures.documentOf(file(ALICE), "Clause 7 in French");
        for (String reader : List.of(ALICE, PLATFORM, NEUTRAL, STAFF)) {
            HttpResponse<String> download = Http.as(base, reader).get(path("/documents/" + annex));
            assertEquals(200, download.statusCode(), reader);
            assertEquals("Article 7 ...", download.body());
        }
        assertEquals(404, Http.as(base, BOB).get(path("/documents/" + annex)).statusCode());
        assertTrue(
                file(ALICE).stream().anyMatch(e -> e.getString("kind").equals("DEADLINE_RESOLUTION")),
                "the time limits to come are in the file");

        HttpResponse<String> outsider = Http.as(base, BOB).get(path("/file"));
        HttpResponse<String> missing = Http.as(base, BOB).get("/api/v1/procedures/" + UUID.randomUUID() + "/file");
        assertEquals(404, outsider.statusCode());
        assertEquals(missing.body(), outsider.body());
        assertEquals(
                404,
                Http.as(base, BOB)
                        .postJson(path("/messages"), "{\"text\":\"hi\"}")
                        .statusCode());

        assertEquals(
                200,
                Http.as(base, NEUTRAL)
                        .postJson(path("/termination"), "{\"ground\":\"UNNECESSARY_OR_IMPOSSIBLE\"}")
                        .statusCode());
        HttpResponse<String> afterEnd = Http.as(base, ALICE).postJson(path("/messages"), "{\"text\":\"Too late\"}");
        assertEquals(409, afterEnd.statusCode(), afterEnd.body());
    }
}
