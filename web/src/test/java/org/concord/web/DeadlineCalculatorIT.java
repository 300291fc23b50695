package org.concord.web;

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

/** The public deadline calculator, through the API and the page, without signing in. */
@ExtendWith(ArquillianExtension.class)
class DeadlineCalculatorIT {

    @ArquillianResource
    private URL base;

    @Test
    void workedExampleE2ExplainsEverySkippedDay_R3_6() {
        HttpResponse<String> answer =
                Http.anonymous(base).get("/api/v1/deadlines?received=2026-12-05T10:00:00Z&days=20&domiciles=FR,DE");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject d = Http.json(answer);
        assertEquals("2026-12-05", d.getString("receivedDate"));
        assertEquals("2026-12-25", d.getString("rawLastDay"));
        assertEquals("2026-12-28", d.getString("due"));
        List<String> skippedDates = d.getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("date"))
                .distinct()
                .toList();
        assertEquals(List.of("2026-12-25", "2026-12-26", "2026-12-27"), skippedDates);
        JsonObject first = d.getJsonArray("skipped").getJsonObject(0);
        assertTrue(first.getString("reason").contains("Christmas"), first.toString());
    }

    @Test
    void workedExampleE3CountsFromTheGenevaDate_R3_2() {
        JsonObject d = Http.json(
                Http.anonymous(base).get("/api/v1/deadlines?received=2026-03-31T22:30:00Z&days=20&domiciles=FR,DE"));
        assertEquals("2026-04-01", d.getString("receivedDate"));
        assertEquals("2026-04-21", d.getString("due"));
    }

    @Test
    void eachWrongParameterIsNamed() {
        assertParameters(
                "/api/v1/deadlines?received=yesterday&days=-&domiciles=France",
                List.of("days", "domiciles", "received"));
        assertParameters("/api/v1/deadlines?days=20&domiciles=FR,DE", List.of("received"));
        assertParameters("/api/v1/deadlines?received=2026-01-01T00:00:00Z&days=367&domiciles=FR,DE", List.of("days"));
        assertParameters("/api/v1/deadlines?received=2026-01-01T00:00:00Z&days=-3&domiciles=FR,DE", List.of("days"));
        assertParameters(
                "/api/v1/deadlines?received=2026-01-01T00:00:00Z&days=20&domiciles=FR,XX", List.of("domiciles"));
        assertParameters(
                "/api/v1/deadlines?received=2026-01-01T00:00:00Z&days=20&domiciles=FR,DE-ZZ", List.of("domiciles"));
        assertParameters("/api/v1/deadlines?received=2026-01-01T00:00:00Z&days=20&domiciles=FR", List.of("domiciles"));
    }

    @Test
    void thePublicPageComputesWithoutSigningIn() {
        HttpResponse<String> page = Http.anonymous(base).get("/deadlines.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Deadline calculator"));
    }

    private void assertParameters(String path, List<String> expected) {
        HttpResponse<String> refused = Http.anonymous(base).get(path);
        assertEquals(400, refused.statusCode(), path + " " + refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        List<String> named = Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("parameter"))
                .sorted()
                .toList();
        assertEquals(expected, named, path);
    }
}
