package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Center's extra closures: kept by administrators, recorded with who and when, moving deadlines at once. */
@ExtendWith(ArquillianExtension.class)
class ClosureIT {

    /** 2031-08-20 + 20 days = Tuesday 2031-09-09, a business day in FR and DE. */
    private static final String DEADLINE = "/api/v1/deadlines?received=2031-08-20T10:00:00Z&days=20&domiciles=FR,DE";

    @ArquillianResource
    private URL base;

    private String due() {
        return Http.json(Http.anonymous(base).get(DEADLINE)).getString("due");
    }

    @Test
    void aClosureMovesTheDeadlinesThatEndOnItUntilItIsRemoved_R3_4() {
        assertEquals("2031-09-09", due());
        HttpResponse<String> added = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/closures",
                        "{\"from\":\"2031-09-09\",\"to\":\"2031-09-10\",\"reason\":\"Move to new offices\"}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject closure = Http.json(added);
        assertEquals(ADMIN, closure.getString("createdBy"), "audited: who");

        JsonObject deadline = Http.json(Http.anonymous(base).get(DEADLINE));
        assertEquals("2031-09-11", deadline.getString("due"));
        assertEquals(
                "Center closed: Move to new offices",
                deadline.getJsonArray("skipped").getJsonObject(0).getString("reason"),
                "explained (R-3.6)");

        assertEquals(
                204,
                Http.as(base, ADMIN)
                        .delete("/api/v1/closures/" + closure.getString("id"))
                        .statusCode());
        assertEquals("2031-09-09", due());
        HttpResponse<String> list = Http.as(base, STAFF).get("/api/v1/closures");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"removedBy\":\"" + ADMIN + "\""), "audited removal: " + list.body());
    }

    @Test
    void onlyAdministratorsChangeClosuresAndBadInputIsNamed() {
        String valid = "{\"from\":\"2031-12-24\",\"to\":\"2031-12-24\",\"reason\":\"x\"}";
        assertEquals(
                403, Http.as(base, STAFF).postJson("/api/v1/closures", valid).statusCode());
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/closures").statusCode());
        assertEquals(401, Http.anonymous(base).get("/api/v1/closures").statusCode());

        HttpResponse<String> reversed = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/closures", "{\"from\":\"2031-12-24\",\"to\":\"2031-12-20\",\"reason\":\"Holidays\"}");
        assertEquals(400, reversed.statusCode(), reversed.body());
        JsonObject error = Http.json(reversed).getJsonArray("errors").getJsonObject(0);
        assertEquals("/to", error.getString("pointer"));
        assertEquals("R-3.4", error.getString("rule"));

        HttpResponse<String> noReason =
                Http.as(base, ADMIN).postJson("/api/v1/closures", "{\"from\":\"2031-12-24\",\"to\":\"2031-12-24\"}");
        assertEquals(400, noReason.statusCode());
        assertEquals(
                "/reason",
                Http.json(noReason).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertTrue(!Http.as(base, STAFF).get("/api/v1/closures").body().contains("2031-12-20"), "nothing stored");
    }
}
