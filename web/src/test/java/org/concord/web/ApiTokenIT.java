package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API tokens: random, shown once, stored hashed, usable as Bearer, revocable, and only by their owner. */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    @ArquillianResource
    private URL base;

    @Test
    void aTokenWorksUntilItsOwnerRevokesIt() {
        HttpResponse<String> issued = Http.as(base, ALICE).postJson("/api/v1/tokens", "{\"label\":\"my script\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = Http.json(issued);
        String secret = token.getString("token");
        assertTrue(secret.startsWith("concord_") && secret.length() > 40, secret);

        Http bearer = Http.bearer(base, secret);
        HttpResponse<String> filed = bearer.postJson(
                "/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Filed with a token."));
        assertEquals(201, filed.statusCode(), filed.body());
        assertEquals(
                200,
                bearer.get("/api/v1/procedures/" + Http.json(filed).getString("id"))
                        .statusCode());

        HttpResponse<String> list = Http.as(base, ALICE).get("/api/v1/tokens");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("my script"));
        assertFalse(list.body().contains(secret), "the token is shown once only");

        String id = token.getString("id");
        assertEquals(404, Http.as(base, BOB).delete("/api/v1/tokens/" + id).statusCode(), "not Bob's token");
        assertEquals(204, Http.as(base, ALICE).delete("/api/v1/tokens/" + id).statusCode());
        assertEquals(401, bearer.get("/api/v1/tokens").statusCode(), "revoked");
    }

    @Test
    void aTokenNeedsALabel() {
        HttpResponse<String> refused = Http.as(base, ALICE).postJson("/api/v1/tokens", "{\"label\":\"\"}");
        assertEquals(400, refused.statusCode());
        assertEquals(
                "/label",
                Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }
}
