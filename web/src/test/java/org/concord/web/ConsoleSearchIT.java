package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24: the staff console's list searched through its address (a GET form): by the PUID of the Statement of
 * Reasons, the platform reference, the reference, the e-mail address and the beginning of the Party's name (any case,
 * no accents); filtered; a page at a time by a link that carries the cursor; a bad parameter named on the page, not an
 * error; staff only.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleSearchIT {

    private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

    @ArquillianResource
    private URL base;

    @Test
    void staffFindAProcedureByWhatTheyKnowOfIt_issue24() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = "Zoé Qüx" + suffix;
        String email = "zoe." + suffix + "@example.org";
        Registrations.confirmed(base, email, "fr", name);
        Http zoe = Http.basic(base, email, Registrations.STRONG);
        String puid = "search-" + UUID.randomUUID();
        JsonObject first = file(zoe, puid, "An older Request of hers.");
        JsonObject second = file(zoe, "other-" + UUID.randomUUID(), "Her newest Request.");
        String older = first.getString("reference");
        String newer = second.getString("reference");
        String alices = new Lifecycle(base).file(DemoAccounts.ALICE, "Someone else's Request.");
        String alicesReference = Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + alices))
                .getString("reference");

        String byPuid = list("q=" + enc(puid));
        assertTrue(byPuid.contains(older), "by the Statement of Reasons' PUID");
        assertFalse(byPuid.contains(newer), "only the Procedure with that PUID");
        assertFalse(byPuid.contains(alicesReference));

        String byName = list("q=" + enc("zoe qux" + suffix.substring(0, 4)));
        assertTrue(byName.contains(older) && byName.contains(newer), "by the beginning of her name, without accents");
        assertFalse(byName.contains(alicesReference));
        assertTrue(list("q=" + enc("ZOÉ QÜX" + suffix.toUpperCase(Locale.ROOT))).contains(newer), "in any case");
        assertTrue(list("q=" + enc(email.toUpperCase(Locale.ROOT))).contains(older), "by her e-mail address");
        assertTrue(list("q=" + enc(newer.toLowerCase(Locale.ROOT))).contains(newer), "by the reference");
        String platformReference = Http.json(
                        Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + second.getString("id")))
                .getJsonObject("request")
                .getString("platformReference");
        assertTrue(list("q=" + enc(platformReference)).contains(newer), "by the Request's platform reference");

        // Filters: both Requests wait for their filing fee (held), neither is commenced.
        assertTrue(list("q=" + enc(email) + "&held=true&state=REQUEST_FILED&matter=COPYRIGHT")
                .contains(newer));
        String commenced = list("q=" + enc(email) + "&state=COMMENCED");
        assertFalse(commenced.contains(newer));
        assertTrue(commenced.contains("No procedure matches this search."), "said in words");
        assertFalse(
                list("q=" + enc(email) + "&overdue=true").contains(newer), "no time limit runs before commencement");
        assertFalse(list("q=" + enc(email) + "&language=French").contains("id=\"search-error\""), "a name is taken");

        // One a page, newest first: the next page is a link with the cursor; oldest first the other way round.
        String page1 = list("q=" + enc(email) + "&size=1");
        assertTrue(page1.contains(newer) && !page1.contains(older), page1);
        Matcher next = NEXT.matcher(page1);
        assertTrue(next.find(), "a link to the next page");
        String page2 =
                get(next.group(1).replace("&amp;", "&").substring(base.getPath().length() - 1));
        assertTrue(page2.contains(older) && !page2.contains(newer), "the next page goes on after the cursor");
        assertTrue(page2.contains("id=\"first-page\""), "and leads back to the first");
        String oldest = list("q=" + enc(email) + "&size=1&sort=OLDEST");
        assertTrue(oldest.contains(older) && !oldest.contains(newer), "oldest first");
        // The API reads the same list (GET /api/v1/procedures?q=…), staff only; a bad value is a 400 naming it.
        JsonObject api = Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures?q=" + enc(puid)));
        assertEquals(
                java.util.List.of(older),
                api.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getString("reference"))
                        .toList());
        HttpResponse<String> refused = Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures?language=Klingon");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("/language"), refused.body());
        assertEquals(
                403,
                Http.as(base, DemoAccounts.ALICE)
                        .get("/api/v1/procedures?q=" + enc(puid))
                        .statusCode());
        String byReference = list("q=" + enc(email) + "&size=1&sort=reference");
        assertTrue(byReference.contains(older.compareTo(newer) < 0 ? older : newer), "by reference");
    }

    @Test
    void aBadParameterIsNamedOnThePageAndTheListStaysEmpty_issue24() {
        HttpResponse<String> page = Http.as(base, DemoAccounts.STAFF).get("/console/procedures.xhtml?language=Klingon");
        assertEquals(200, page.statusCode(), "a message, not an error page");
        assertTrue(page.body().contains("id=\"search-error\""), page.body());
        assertTrue(page.body().contains("Please correct this field: Language of the procedure"), page.body());
        assertTrue(page.body().matches("(?s).*id=\"language\"[^>]*aria-invalid=\"true\".*"), "marked at its field");
        for (String bad : new String[] {"from=31.12.2026", "state=OPEN", "after=xyz", "sort=price", "size=1000"}) {
            HttpResponse<String> refused = Http.as(base, DemoAccounts.STAFF).get("/console/procedures.xhtml?" + bad);
            assertEquals(200, refused.statusCode(), bad);
            assertTrue(refused.body().contains("id=\"search-error\""), bad);
        }
    }

    @Test
    void theSearchIsForStaffOnly_issue24() {
        assertEquals(
                403,
                Http.as(base, DemoAccounts.ALICE)
                        .get("/console/procedures.xhtml?q=alice")
                        .statusCode());
    }

    /** {@code party} imports a Statement of Reasons with {@code puid} and files a Request from it; the Procedure. */
    static JsonObject file(Http party, String puid, String description) {
        HttpResponse<String> imported = party.postJson(
                "/api/v1/requests/statement-of-reasons",
                StatementOfReasonsIT.fixture("example_statement.json")
                        .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", puid)
                        .replace(
                                "\"category_specification\":[]",
                                "\"category_specification\":[\"KEYWORD_COPYRIGHT_INFRINGEMENT\"]"));
        assertEquals(201, imported.statusCode(), imported.body());
        String statement =
                Http.json(imported).getJsonArray("statements").getJsonObject(0).getString("id");
        HttpResponse<String> filed = party.postJson(
                "/api/v1/requests",
                RequestBodies.items("COPYRIGHT", "Platform 1", description)
                        .add("statementOfReasons", statement)
                        .build()
                        .toString());
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed);
    }

    private String list(String query) {
        return get("/console/procedures.xhtml?" + query);
    }

    private String get(String path) {
        HttpResponse<String> page = Http.as(base, DemoAccounts.STAFF).get(path);
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
