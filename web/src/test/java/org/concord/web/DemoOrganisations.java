package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;

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

    /** {@code by} adds {@code email} to the organisation as a MEMBER or MANAGER. */
    static HttpResponse<String> add(URL base, String by, String organisation, String email, String role) {
        return Http.as(base, by)
                .postJson(
                        "/api/v1/organisations/" + organisation + "/members",
                        "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
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
