package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

/** The demo organisations (DemoData) and their members, through the API (R-ACC.2). */
final class DemoOrganisations {

    /** Streamly's platform organisation: PLATFORM manages it, PLATFORM_COUNSEL is a member. */
    static final String STREAMLY = "Streamly Ltd";

    private DemoOrganisations() {}

    /** The id of the organisation named exactly {@code name}, as staff find it. */
    static String id(URL base, String name) {
        HttpResponse<String> found = Http.as(base, DemoAccounts.STAFF)
                .get("/api/v1/organisations?q="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, found.statusCode(), found.body());
        return Http.json(found).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name))
                .map(o -> o.getString("id"))
                .findFirst()
                .orElseThrow();
    }

    /** {@code by} invites {@code email} to the organisation as a MEMBER or MANAGER (R-ACC.1): 201 with the invitation. */
    static HttpResponse<String> invite(URL base, String by, String organisation, String email, String role) {
        return Http.as(base, by)
                .postJson(
                        "/api/v1/organisations/" + organisation + "/members",
                        "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
    }

    /**
     * {@code by} invites the demo account {@code email}, which accepts through the link of the real mail, signed in
     * with the demo password: from then on it is a member.
     */
    static void join(URL base, String by, String organisation, String email, String role) {
        Set<String> before = InvitationMails.links(email);
        HttpResponse<String> invited = invite(base, by, organisation, email, role);
        assertEquals(201, invited.statusCode(), invited.body());
        accept(base, organisation, email, before);
    }

    /**
     * The demo account {@code email} accepts, signed in with the demo password, the invitation to {@code organisation}
     * mailed to it since {@code before} (its invitation links then): from then on it is a member.
     */
    static void accept(URL base, String organisation, String email, Set<String> before) {
        String link = InvitationMails.awaitNew(email, before);
        FacesClient invitee = new FacesClient(base);
        assertTrue(invitee.signIn(email, Http.DEMO_PASSWORD));
        HttpResponse<String> accepted = invitee.submit(link, "accept", Map.of(), "acceptAction");
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertTrue(
                accepted.headers().firstValue("Location").orElse("").contains("/organisation.xhtml?id=" + organisation),
                accepted.headers().toString());
    }

    /** {@code by} removes the active member {@code email}. */
    static HttpResponse<String> remove(URL base, String by, String organisation, String email) {
        JsonObject view = Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/organisations/" + organisation));
        String account = view.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("email").equals(email) && !m.containsKey("until"))
                .map(m -> m.getString("accountId"))
                .findFirst()
                .orElseThrow();
        return Http.as(base, by).delete("/api/v1/organisations/" + organisation + "/members/" + account);
    }
}
