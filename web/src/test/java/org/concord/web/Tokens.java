package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-SEC.3: the one way the tests mint an API token for a demo account. A token cannot mint tokens; HTTP Basic can, but
 * only for an account without a second step (R-SEC.2); the others (administrator, staff, Neutrals) mint theirs on the
 * tokens page, in their session signed in with the second step ({@link PageSessions}).
 */
final class Tokens {

    private static final String PAGE = "/account/tokens.xhtml";
    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\">([^<]+)<");

    private Tokens() {}

    /**
     * A new token of {@code email} (demo password) labelled {@code label}, with {@code scopes} (none: the default,
     * reading only) and the longest validity; its secret.
     */
    static String mint(URL base, String email, String label, String... scopes) {
        if (!DemoAccounts.WITH_SECOND_FACTOR.contains(email)) {
            String body = "{\"label\":\"" + label + "\""
                    + (scopes.length == 0 ? "" : ",\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]") + "}";
            HttpResponse<String> issued =
                    Http.basic(base, email, Http.DEMO_PASSWORD).postJson("/api/v1/tokens", body);
            assertEquals(201, issued.statusCode(), issued.body());
            return Http.json(issued).getString("token");
        }
        HttpResponse<String> page = Http.as(base, email).get(PAGE);
        assertEquals(200, page.statusCode(), email + "'s tokens page");
        List<String> fields = new ArrayList<>(List.of("label", label, "days", "0"));
        for (String scope : scopes.length == 0 ? new String[] {"READ"} : scopes) {
            fields.add("scopes");
            fields.add(scope);
        }
        HttpResponse<String> issued = PageSessions.client(base, email)
                .postOn(PAGE, page.body(), "tokens", "issue", fields.toArray(String[]::new));
        Matcher token = ISSUED.matcher(issued.body());
        if (issued.statusCode() != 200 || !token.find()) {
            throw new AssertionError(email + ": no token issued on the page, " + issued.statusCode());
        }
        return token.group(1).strip();
    }
}
