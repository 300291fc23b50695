package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25 (R-OPS.1, R-C1): what an operator watches. The test server's {@code /metrics} count a filing and show the
 * outboxes and each sweep's last run; every answer carries a request id, the proxy's when it is safe. A further
 * instance, on a database of its own (the tests' outbox is shared by every instance and sent by the test server), mails
 * through a port where nobody listens with {@code concord.health.outbox.stuck-after} at three seconds: the failed
 * mail is logged with the id of the request that filed, its failures are counted, and readiness turns DOWN saying why.
 */
@ExtendWith(ArquillianExtension.class)
class ObservabilityIT {

    /** Beside ReminderRaceIT's 28180/28280, WebhookRaceIT's 28380/28480 and BackupRestoreIT's 28580. */
    private static final int PORT = 28680;

    private static final String REQUEST = "kind=\"request\"";
    private static final String MAIL = "channel=\"mail\"";

    @ArquillianResource
    private URL base;

    /** The stuck instance's log: target/observability-28680-N.log. */
    private final PayaraInstances instances = new PayaraInstances("observability");

    @AfterEach
    void stopInstances() {
        instances.close();
    }

    @Test
    void aFilingIsCountedAndTheOutboxesAndSweepsAreShown_ROPS1_RC1() {
        double filed = Metrics.of(base).value("concord_filings_total", REQUEST).orElse(0);

        new Lifecycle(base).file(ALICE, "Observability: a filing counted.");

        Metrics after = await(
                () -> Metrics.of(base),
                m -> !Double.isNaN(m.value("concord_job_last_run_seconds", "job=\"mail-dispatch\"")
                        .orElse(Double.NaN)));
        assertEquals(filed + 1, after.require("concord_filings_total", REQUEST), "counted once it committed");
        for (String channel : new String[] {MAIL, "channel=\"webhook\""}) {
            assertTrue(after.require("concord_outbox_backlog", channel) >= 0, after.concord());
            assertTrue(after.require("concord_outbox_failing", channel) >= 0, after.concord());
            assertTrue(after.require("concord_outbox_oldest_due_age_seconds", channel) >= 0, after.concord());
            assertTrue(after.require("concord_deliveries_failed_total", channel) >= 0, after.concord());
        }
        double now = Instant.now().getEpochSecond();
        for (String job : new String[] {"mail-dispatch", "reminders", "appointment-sweep", "webhooks-dispatch"}) {
            double lastRun = await(
                            () -> Metrics.of(base),
                            m -> !Double.isNaN(m.require("concord_job_last_run_seconds", "job=\"" + job + "\"")))
                    .require("concord_job_last_run_seconds", "job=\"" + job + "\"");
            assertTrue(Math.abs(now - lastRun) < 120, job + " ran at " + lastRun + ", now is " + now);
        }
        after.require("concord_job_last_run_seconds", "job=\"statistics-gate\"");
        assertFalse(after.concord().contains("@"), "no address among the metrics: " + after.concord());
    }

    @Test
    void everyAnswerCarriesARequestIdTheProxysWhenSafe_ROPS1() {
        assertEquals("edge-0c1f:7", requestIdOf(Http.anonymous(base).get("/", "X-Request-Id", "edge-0c1f:7")));
        for (String unsafe : new String[] {"two words", "<b>", "x".repeat(65)}) {
            String made = requestIdOf(Http.anonymous(base).get("/", "X-Request-Id", unsafe));
            assertNotEquals(unsafe, made);
            assertEquals(made, UUID.fromString(made).toString());
        }
        String first = requestIdOf(Http.anonymous(base).get("/"));
        assertNotEquals(first, requestIdOf(Http.anonymous(base).get("/")), "a new id for each request");
    }

    @Test
    void aStuckMailOutboxTurnsReadinessDownAndItsFailuresNameTheRequest_RC1_ROPS1() throws Exception {
        Path database = Path.of("target", "observability-db").toAbsolutePath();
        deleteRecursively(database);
        Map<String, String> environment = Map.of(
                "CONCORD_DB_DRIVER", "org.h2.jdbcx.JdbcDataSource",
                "CONCORD_DB_URL", "jdbc:h2:" + database.resolve("concord") + ";LOCK_TIMEOUT=10000",
                "CONCORD_DB_USER", "concord",
                "CONCORD_DB_PASSWORD", "concord",
                "CONCORD_DEMO_ENABLED", "true",
                "CONCORD_MAIL_SMTP_PORT", String.valueOf(portWhereNobodyListens()),
                "CONCORD_REMINDERS_INTERVAL", "86400",
                "CONCORD_APPOINTMENT_SWEEP_INTERVAL", "86400",
                "CONCORD_WEBHOOKS_ALLOW_LOCAL_RECEIVERS", "false",
                "CONCORD_HEALTH_OUTBOX_STUCK_AFTER", "PT3S");
        instances.ready(instances.start(PORT, environment), PORT);
        URL stuck = URI.create("http://127.0.0.1:" + PORT + base.getPath()).toURL();
        assertEquals(200, Http.anonymous(stuck).get("/health/ready").statusCode(), "nothing waits yet");

        String id = "it-" + UUID.randomUUID();
        HttpResponse<String> filed = Http.as(stuck, ALICE)
                .postJson(
                        "/api/v1/requests",
                        RequestBodies.complete("COPYRIGHT", "Streamly", "Observability: its mail fails."),
                        "X-Request-Id",
                        id);
        assertEquals(201, filed.statusCode(), filed.body());
        assertEquals(id, requestIdOf(filed));

        String failure = await(
                () -> logOf(PORT)
                        .lines()
                        .filter(l -> l.contains("[request-id=" + id + "]") && l.contains("not sent"))
                        .findFirst()
                        .orElse(""),
                line -> !line.isEmpty());
        assertTrue(failure.contains("Mail "), failure);
        assertFalse(failure.contains("alice"), "the log names no one: " + failure);

        HttpResponse<String> down = await(() -> Http.anonymous(stuck).get("/health/ready"), r -> r.statusCode() == 503);
        assertTrue(down.body().contains("\"outbox\"") && down.body().contains("\"DOWN\""), down.body());
        assertTrue(down.body().contains("stuck: the oldest mail has waited"), down.body());
        assertTrue(down.body().contains("concord.health.outbox.stuck-after"), down.body());

        Metrics metrics = Metrics.of(stuck);
        assertTrue(metrics.require("concord_deliveries_failed_total", MAIL) >= 1, metrics.concord());
        assertTrue(metrics.require("concord_outbox_failing", MAIL) >= 1, metrics.concord());
        assertTrue(metrics.require("concord_outbox_oldest_due_age_seconds", MAIL) >= 3, metrics.concord());
        assertEquals(1, metrics.require("concord_filings_total", REQUEST), metrics.concord());
    }

    private static String requestIdOf(HttpResponse<?> answer) {
        return answer.headers().firstValue("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id"));
    }

    /** What {@code read} gives once {@code done} holds, within a minute and a half; the last reading otherwise. */
    private static <T> T await(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            // A bounded wait for the next look, not a sleep: a second, meanwhile mail may arrive.
            Smtp.allowFurtherMail(1);
            value = read.get();
        }
        assertTrue(done.test(value), "not within 90 s: " + value);
        return value;
    }

    /** The newest log of the instance on {@code port} (a second start writes a second log). */
    private static String logOf(int port) {
        try (Stream<Path> logs = Files.list(Path.of("target"))) {
            Path newest = logs.filter(p -> p.getFileName().toString().startsWith("observability-" + port + "-"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow();
            return Files.readString(newest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int portWhereNobodyListens() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
