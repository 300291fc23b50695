package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * end to end: every read and change is in the Procedure's audit trail, CENTER_ADMIN alone reads it, and an
 * entry changed in the database behind the application's back is found by the verification of the hash chain.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @ArquillianResource
    private URL base;

    private JsonObject trail(String id) {
        HttpResponse<String> audit = Http.as(base, ADMIN).get("/api/v1/procedures/" + id + "/audit");
        assertEquals(200, audit.statusCode(), audit.body());
        return Http.json(audit);
    }

    @Test
    void everyReadAndChangeIsTracedAndTamperingIsFound_R13_4() throws Exception {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Audit test.");
        assertEquals(200, Http.as(base, ALICE).get("/api/v1/procedures/" + id).statusCode());
        lifecycle.commence(id);
        assertEquals(
                404,
                Http.as(base, DemoAccounts.BOB).get("/api/v1/procedures/" + id).statusCode());

        JsonObject trail = trail(id);
        assertTrue(trail.getBoolean("intact"), trail.toString());
        List<String> lines = trail.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + " " + e.getString("what"))
                .toList();
        assertEquals(
                List.of(
                        ALICE + " request filed",
                        ALICE + " read procedure",
                        STAFF + " read fees",
                        STAFF + " payment recorded",
                        STAFF + " commenced"),
                lines.subList(0, 5));
        assertFalse(
                lines.stream().anyMatch(l -> l.startsWith(DemoAccounts.BOB)),
                "an outsider's refused attempt leaves no mark on the Procedure");
        assertEquals(
                403,
                Http.as(base, STAFF).get("/api/v1/procedures/" + id + "/audit").statusCode(),
                "CENTER_ADMIN only");
        assertEquals(
                403,
                Http.as(base, ALICE).get("/api/v1/procedures/" + id + "/audit").statusCode());

        HttpResponse<String> noGround = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/procedures/" + id + "/external-disclosures",
                        "{\"recipient\":\"Court\",\"what\":\"The Request\"}");
        assertEquals(400, noGround.statusCode());
        assertEquals(
                "R-13.2",
                Http.json(noGround).getJsonArray("errors").getJsonObject(0).getString("rule"));
        assertEquals(
                204,
                Http.as(base, ALICE)
                        .postJson(
                                "/api/v1/procedures/" + id + "/external-disclosures",
                                "{\"ground\":\"LEGAL_PROCEEDINGS\",\"recipient\":\"Tribunal judiciaire de Paris\","
                                        + "\"what\":\"The Request, as evidence\"}")
                        .statusCode());
        assertTrue(
                Http.as(base, DemoAccounts.PLATFORM)
                        .get("/api/v1/procedures/" + id + "/file")
                        .body()
                        .contains("Tribunal judiciaire de Paris: The Request, as evidence"),
                "R-13.2, in the file");
        assertTrue(trail(id).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("what").equals("external disclosure recorded")));

        try (Connection db = DriverManager.getConnection(
                        System.getenv("CONCORD_DB_URL"),
                        System.getenv("CONCORD_DB_USER"),
                        System.getenv("CONCORD_DB_PASSWORD"));
                PreparedStatement forge = db.prepareStatement(
                        "update audit_entry set actor = ? where procedure_id = ? and sequence_number = 2")) {
            forge.setString(1, "mallory@example.org");
            forge.setObject(2, UUID.fromString(id));
            assertEquals(1, forge.executeUpdate());
        }
        JsonObject tampered = trail(id);
        assertFalse(tampered.getBoolean("intact"));
        assertEquals(2, tampered.getInt("brokenAt"));
        assertEquals("its content was changed", tampered.getString("breakReason"));
    }
}
