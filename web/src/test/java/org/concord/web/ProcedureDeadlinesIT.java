package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A commenced Procedure shows its running time limits, explained, in the API and on its page. */
@ExtendWith(ArquillianExtension.class)
class ProcedureDeadlinesIT {

    @ArquillianResource
    private URL base;

    /** The demo procedure Alice requested that commenced eight days ago. */
    private String commencedProcedureOfAlice() {
        return DemoProcedures.inState(base, "COMMENCED").stream()
                .filter(p -> p.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .anyMatch(pa -> pa.getString("displayName").equals("Alice Martin")))
                .map(p -> p.getString("id"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theApiGivesEachTimeLimitWithItsRuleCountdownAndExplanation_R3_6() {
        JsonObject procedure = Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + commencedProcedureOfAlice()));
        List<JsonObject> deadlines = procedure.getJsonArray("deadlines").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("ANSWER", "APPOINTMENT_TARGET", "RESOLUTION_CAP"),
                deadlines.stream().map(d -> d.getString("kind")).toList());
        JsonObject answer = deadlines.get(0);
        assertEquals("R-7", answer.getString("rule"));
        JsonObject explanation = answer.getJsonObject("explanation");
        assertEquals(20, explanation.getInt("days"));
        assertEquals(answer.getString("due"), explanation.getString("due"));
        assertTrue(answer.getJsonNumber("daysLeft").longValue() >= 12, "commenced 8 days ago: " + answer);
    }

    @Test
    void theProcedurePageShowsTheTimeLimitsWithACountdown() {
        HttpResponse<String> page = Http.as(base, ALICE).get("/procedure.xhtml?id=" + commencedProcedureOfAlice());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Answer of the Responding Party"), page.body());
        assertTrue(page.body().matches("(?s).*\\d+ days left.*"), "a countdown");
        assertTrue(page.body().contains("Show the computation"));
    }
}
