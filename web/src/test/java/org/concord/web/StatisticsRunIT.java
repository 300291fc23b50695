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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publication gate in the background (issue 24, R-13.3, R-STAT.1): a run is queued, claimed once and followed by
 * its address; its state is the database's, so a reload (any instance) reads the same; while a run of a year is under
 * way, the same request joins it and another release of that year is refused; a run that the rules stop is reported
 * with its rule and field. The years used here (2016, 2017) have no cases and no other test's releases: the gate
 * publishes their zeros.
 *
 * <p>To hold a run at a known step, the test takes the lock of the year's ledger itself (the row the gate locks
 * first), as a second instance's run would hold it; the run is then claimed and waits at "reading the ledger".
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsRunIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String RUNS = "/api/v1/statistics/gate-runs";

    @ArquillianResource
    private URL base;

    private String define(String title) {
        HttpResponse<String> defined = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"" + title + "\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}");
        assertEquals(201, defined.statusCode(), defined.body());
        return Http.json(defined).getString("id");
    }

    private HttpResponse<String> start(String publication, int year, LocalDate cutoff, int k) {
        return Http.as(base, ADMIN)
                .postJson(
                        RUNS,
                        "{\"publication\":\"" + publication + "\",\"year\":" + year + ",\"cutoff\":\"" + cutoff
                                + "\",\"k\":" + k + "}");
    }

    private JsonObject read(String run, String... headers) {
        HttpResponse<String> read = Http.as(base, STAFF).get(RUNS + "/" + run, headers);
        assertEquals(200, read.statusCode(), read.body());
        return Http.json(read);
    }

    private JsonObject await(String run, Predicate<JsonObject> done, String what) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        JsonObject now = read(run);
        while (!done.test(now)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(what + " within " + PATIENCE + ": " + now);
            }
            Thread.sleep(100);
            now = read(run);
        }
        return now;
    }

    private static boolean over(JsonObject run) {
        return !run.getBoolean("active");
    }

    @Test
    void aBackgroundRunSurvivesAReloadIsJoinedByTheSameRequestAndHoldsItsYear_R13_3() throws Exception {
        String publication = define("Background runs: matters of 2016");
        HttpResponse<String> first = start(publication, 2016, LocalDate.of(2017, 6, 30), 5);
        assertEquals(202, first.statusCode(), first.body());
        String firstId = Http.json(first).getString("id");
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(RUNS + "/" + firstId), "the run's address: " + location);
        JsonObject done = await(firstId, StatisticsRunIT::over, "the first run over");
        assertEquals("DONE", done.getString("state"), done.toString());
        assertTrue(done.getBoolean("published"), "a year without cases publishes its zeros: " + done);
        assertEquals(100, done.getInt("percent"));
        assertEquals(done, read(firstId), "read again (a reload): the same, from the database");
        String release = done.getString("release");
        assertEquals(
                200,
                Http.anonymous(base)
                        .get("/api/v1/statistics/releases/" + release + "/csv")
                        .statusCode());

        LocalDate later = LocalDate.of(2017, 12, 31);
        String secondId;
        try (Connection db = PasswordHashingIT.db()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock =
                    db.prepareStatement("select hash from statistics_ledger where period_year = ? for update")) {
                lock.setInt(1, 2016);
                try (ResultSet row = lock.executeQuery()) {
                    assertTrue(row.next(), "the first release wrote the year's ledger");
                }
            }
            HttpResponse<String> second = start(publication, 2016, later, 5);
            assertEquals(202, second.statusCode(), second.body());
            secondId = Http.json(second).getString("id");
            JsonObject waiting = await(secondId, r -> "RUNNING".equals(r.getString("state")), "the second run claimed");
            assertTrue(waiting.getBoolean("active"));
            assertEquals("READING_LEDGER", waiting.getString("step"), "held at the ledger's lock: " + waiting);
            assertEquals(waiting, read(secondId), "a reload shows the same progress");

            HttpResponse<String> same = start(publication, 2016, later, 5);
            assertEquals(200, same.statusCode(), "the very same release joins the run: " + same.body());
            assertEquals(secondId, Http.json(same).getString("id"));

            HttpResponse<String> other = start(publication, 2016, later, 6);
            assertEquals(400, other.statusCode(), "another release of 2016 waits: " + other.body());
            assertTrue(other.body().contains("R-13.3"), other.body());
            assertTrue(other.body().contains("year"), "names the field: " + other.body());
            assertTrue(other.body().contains("2016"), other.body());
            db.rollback();
        }
        JsonObject second = await(secondId, StatisticsRunIT::over, "the second run over once the lock is released");
        assertEquals("DONE", second.getString("state"), second.toString());
        assertTrue(second.getBoolean("published"), second.toString());
        assertFalse(second.getString("release").equals(release), "a release of its own");
    }

    @Test
    void aRunTheRulesStopIsReportedWithItsRuleAndFieldAndReleasesNothing_R13_3() throws Exception {
        String publication = define("Background runs: matters of 2017");
        HttpResponse<String> first = start(publication, 2017, LocalDate.of(2018, 6, 30), 5);
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(
                "DONE",
                await(Http.json(first).getString("id"), StatisticsRunIT::over, "the first run over")
                        .getString("state"));

        // a year's releases follow their cut-offs; only the run, under the ledger's lock, can tell
        HttpResponse<String> earlier = start(publication, 2017, LocalDate.of(2018, 1, 31), 5);
        assertEquals(202, earlier.statusCode(), earlier.body());
        String id = Http.json(earlier).getString("id");
        await(id, StatisticsRunIT::over, "the refused run over");
        JsonObject failed = read(id, "Accept-Language", "fr");
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertFalse(failed.containsKey("release") && !failed.isNull("release"), "nothing released: " + failed);
        JsonObject error = failed.getJsonObject("error");
        assertEquals("R-13.3", error.getString("rule"));
        assertEquals("/cutoff", error.getString("field"));
        assertEquals("statistics.cutoff.beforeLedger", error.getString("key"));
        assertTrue(error.getString("message").contains("2018-06-30"), error.toString());
        assertTrue(error.getString("message").contains("date d'arrêt"), "in the reader's language: " + error);

        // what can be checked at once is refused at once, at its field
        HttpResponse<String> future = start(publication, 2017, LocalDate.now(ZoneId.of("Europe/Zurich")), 5);
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("cutoff") && future.body().contains("R-13.3"), future.body());
        HttpResponse<String> nothing =
                start(java.util.UUID.randomUUID().toString(), 2017, LocalDate.of(2018, 12, 31), 5);
        assertEquals(404, nothing.statusCode(), nothing.body());

        assertEquals(403, Http.as(base, ALICE).get(RUNS + "/" + id).statusCode(), "staff only (R-STAT.3)");
        assertEquals(
                404,
                Http.as(base, STAFF)
                        .get(RUNS + "/" + java.util.UUID.randomUUID())
                        .statusCode());
    }
}
