package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.OTHER_NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24, post/redirect/get: a successful action on a Procedure's or a mediation's page answers with a redirect to
 * the page's own address; that address shows the action's message once and can be reloaded or bookmarked without
 * doing the action again.
 */
@ExtendWith(ArquillianExtension.class)
class PostRedirectGetIT {

    private static final String MEDIATIONS = "/api/v1/mediations";

    @ArquillianResource
    private URL base;

    /** The address a redirect leads to (absolute), which must be the page's own {@code expectedPath}. */
    private String followed(HttpResponse<String> answer, String expectedPath) {
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElse("");
        String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
        assertTrue(decoded.endsWith(expectedPath), decoded);
        assertFalse(decoded.contains("faces-redirect"), decoded);
        return Http.local(base).resolve(location).toString();
    }

    private static int occurrences(String body, String text) {
        int count = 0;
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    private long inFile(String procedure, String text) {
        HttpResponse<String> file = Http.as(base, ALICE).get("/api/v1/procedures/" + procedure + "/file");
        assertEquals(200, file.statusCode(), file.body());
        return Http.parse(file.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.containsKey("text") && e.getString("text").equals(text))
                .count();
    }

    @Test
    void aMessageSentOnTheProcedurePageEndsOnItsAddressAndAReloadDoesNotSendItAgain() {
        Lifecycle lifecycle = new Lifecycle(base);
        String procedure = lifecycle.file(ALICE, "Post/redirect/get test.");
        lifecycle.commence(procedure);
        lifecycle.pay(procedure, "ADMINISTRATION");
        lifecycle.pay(procedure, "NEUTRAL");
        String text = "Sent once " + UUID.randomUUID();
        String page = "/procedure.xhtml?id=" + procedure;
        assertEquals(200, Http.as(base, ALICE).get(page).statusCode(), "signed in for the pages");
        FacesClient alice = PageSessions.client(base, ALICE);

        HttpResponse<String> sent =
                alice.submitMultipart(page, "conduct", Map.of("kind", "MESSAGE", "text", text), "send");

        String address = followed(sent, page);
        HttpResponse<String> shown = alice.get(address);
        assertEquals(200, shown.statusCode());
        assertEquals(1, occurrences(shown.body(), "Sent; the others in the procedure are told by e-mail."), "told");
        assertTrue(occurrences(shown.body(), text) > 0, "in the file");
        HttpResponse<String> reloaded = alice.get(address);
        assertEquals(200, reloaded.statusCode());
        assertEquals(0, occurrences(reloaded.body(), "Sent; the others"), "the message was for the redirect only");
        assertEquals(occurrences(shown.body(), text), occurrences(reloaded.body(), text), "nothing more on a reload");
        assertEquals(1, inFile(procedure, text), "sent once");
    }

    @Test
    void aMessageSentOnTheMediationPageEndsOnItsAddressAndAReloadDoesNotSendItAgain() {
        String id = mediationInProgress();
        String text = "Joint once " + UUID.randomUUID();
        String page = "/mediation.xhtml?id=" + id;
        assertEquals(200, Http.as(base, ALICE).get(page).statusCode(), "signed in for the pages");
        FacesClient alice = PageSessions.client(base, ALICE);

        HttpResponse<String> sent = alice.submit(page, "message", Map.of("channel", "JOINT", "text", text), "send");

        String address = followed(sent, page);
        HttpResponse<String> shown = alice.get(address);
        assertEquals(200, shown.statusCode());
        assertTrue(occurrences(shown.body(), text) > 0, "shown");
        assertEquals(1, occurrences(shown.body(), "Message sent."), "told");
        HttpResponse<String> reloaded = alice.get(address);
        assertEquals(0, occurrences(reloaded.body(), "Message sent."), "the message was for the redirect only");
        assertEquals(occurrences(shown.body(), text), occurrences(reloaded.body(), text), "nothing more on a reload");
        JsonObject view = Http.json(Http.as(base, ALICE).get(MEDIATIONS + "/" + id));
        assertEquals(
                1,
                view.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("text").equals(text))
                        .count(),
                "sent once");
    }

    @Test
    void withdrawingFromAMediationAsksFirst() {
        String id = mediationInProgress();
        JsonObject scheduled = ok(Http.as(base, OTHER_NEUTRAL)
                .postJson(
                        MEDIATIONS + "/" + id + "/sessions",
                        "{\"startsAt\":\"2027-03-01T09:00:00Z\",\"place\":\"https://meet.example/room-1\"}"));
        String session = scheduled.getJsonArray("sessions").getJsonObject(0).getString("id");
        ok(Http.as(base, OTHER_NEUTRAL).postJson(MEDIATIONS + "/" + id + "/sessions/" + session + "/held", ""));

        String page = Http.as(base, ALICE).get("/mediation.xhtml?id=" + id).body();

        assertTrue(page.contains("id=\"withdrawal:withdraw\""), "Alice may withdraw after the first meeting");
        assertTrue(page.contains("Withdraw and end the mediation? This cannot be undone."), "asked before");
    }

    private JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Http.json(response);
    }

    private String directoryId(String name) {
        JsonObject page = Http.json(Http.anonymous(base).get("/api/v1/mediators?q=" + name));
        return page.getJsonArray("mediators").getJsonObject(0).getString("id");
    }

    /** Alice asks Bob; Bob agrees; both rank Otto, who accepts (as {@code MediationIT} does). */
    private String mediationInProgress() {
        String id = ok(Http.as(base, ALICE)
                        .postJson(
                                MEDIATIONS,
                                Json.createObjectBuilder()
                                        .add("otherParty", BOB)
                                        .add("summary", "Post/redirect/get test")
                                        .add("language", "en")
                                        .build()
                                        .toString()))
                .getString("id");
        ok(Http.as(base, BOB).postJson(MEDIATIONS + "/" + id + "/agreement", ""));
        String otto = directoryId("Otto");
        ok(Http.as(base, ALICE).put(MEDIATIONS + "/" + id + "/ranking", "{\"mediators\":[\"" + otto + "\"]}"));
        ok(Http.as(base, BOB).put(MEDIATIONS + "/" + id + "/ranking", "{\"mediators\":[\"" + otto + "\"]}"));
        ok(Http.as(base, OTHER_NEUTRAL)
                .postJson(MEDIATIONS + "/" + id + "/mandate", "{\"confirmsImpartiality\":true}"));
        return id;
    }
}
