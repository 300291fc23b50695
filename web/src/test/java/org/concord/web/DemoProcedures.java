package org.concord.web;

import static org.concord.web.DemoAccounts.STAFF;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;

/** Finds the demo data's procedures through the API, as staff see them. */
final class DemoProcedures {

    private DemoProcedures() {
    }

    /** Every procedure in a state, in full (with participants and time limits), newest first. */
    static List<JsonObject> inState(URL base, String state) {
        JsonObject page = Http.json(Http.as(base, STAFF).get("/api/v1/procedures?size=100"));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("state").equals(state))
                .map(p -> Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + p.getString("id"))))
                .toList();
    }
}
