package org.concord.web;

import static org.concord.web.DemoAccounts.STAFF;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;

/** Finds the demo data's procedures through the API, as staff see them. */
final class DemoProcedures {

    private DemoProcedures() {}

    /** Every procedure in a state, in full (with participants and time limits), newest first. */
    static List<JsonObject> inState(URL base, String state) {
        return all(base).stream()
                .filter(p -> p.getString("state").equals(state))
                .map(p -> Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + p.getString("id"))))
                .toList();
    }

    /** Every procedure's summary, newest first, following the keyset pages to the end. */
    static List<JsonObject> all(URL base) {
        List<JsonObject> all = new java.util.ArrayList<>();
        String next = null;
        do {
            JsonObject page = Http.json(
                    Http.as(base, STAFF).get("/api/v1/procedures?size=100" + (next == null ? "" : "&after=" + next)));
            all.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            next = page.containsKey("next") ? page.getString("next") : null;
        } while (next != null);
        return all;
    }

    /** The id of the first document of the file's entry whose text is {@code text} (a message's annex). */
    static String documentOf(List<JsonObject> file, String text) {
        return file.stream()
                .filter(e -> e.containsKey("text") && e.getString("text").equals(text))
                .findFirst()
                .orElseThrow()
                .getJsonArray("documents")
                .getJsonObject(0)
                .getString("id");
    }
}
