package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-C3 exactly once across instances and restarts: two more Payara Micro instances run the same ROOT.war on the same
 * database with their clocks ten days ahead, so that both sweep for the reminders falling due in those days at the
 * same moment; one of them is then killed and started again. Every reminder must arrive exactly once. An Answer
 * reminder is one per active member of the platform organisation that is the Responding Party (R-ACC.2: Streamly's
 * two), each exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderRaceIT {

    private static final Duration AHEAD = Duration.ofDays(10);
    /** Two instances start at once beside the test server: on CI's two loaded cores that has taken minutes. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(360);

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    /** R-ACC.2: the demo platform organisation's active members, each reminded of the Answer. */
    private static final int STREAMLY_MEMBERS = 2;

    @ArquillianResource
    private URL base;

    private final List<Process> instances = new ArrayList<>();
    /** Each start's own log: target/reminder-race-PORT-N.log. */
    private final Map<Process, Path> logs = new HashMap<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void twoInstancesRacingAndARestartSendEachReminderOnce_RC3() throws Exception {
        Map<String, Integer> expected = remindersDueWithin(AHEAD);
        assertFalse(expected.isEmpty(), "the demo data has reminders falling due in the next ten days");

        Process first = start(28180);
        Process second = start(28280);
        first = ready(first, 28180);
        second = ready(second, 28280);
        awaitAll(expected);

        first.destroyForcibly().waitFor();
        instances.remove(first);
        ready(start(28180), 28180);
        Smtp.allowFurtherMail(4);

        assertEquals(expected, reminderMailsFor(expected.keySet()), "each reminder exactly once");
        assertTrue(
                Smtp.received(m -> expected.containsKey(keyOf(m))).stream()
                        .collect(Collectors.groupingBy(
                                m -> keyOf(m) + " to " + Smtp.recipient(m), Collectors.counting()))
                        .values()
                        .stream()
                        .allMatch(n -> n == 1),
                "never twice to the same recipient");
        assertTrue(second.isAlive(), "the other instance ran throughout");
    }

    /** "reference/kind/days before" of every reminder whose time has come ten days from now, each expected once. */
    private Map<String, Integer> remindersDueWithin(Duration ahead) {
        Instant then = Instant.now().plus(ahead);
        Map<String, Integer> expected = new TreeMap<>();
        for (String state : List.of("COMMENCED", "NEUTRAL_APPOINTED")) {
            for (JsonObject p : DemoProcedures.inState(base, state)) {
                List<String> kinds =
                        state.equals("COMMENCED") ? List.of("ANSWER") : List.of("RESOLUTION", "RESOLUTION_CAP");
                for (JsonObject d : p.getJsonArray("deadlines").getValuesAs(JsonObject.class)) {
                    String kind = d.getString("kind");
                    if (!kinds.contains(kind)) {
                        continue;
                    }
                    LocalDate due = LocalDate.parse(d.getString("due"));
                    for (int daysBefore : List.of(5, 1)) {
                        Instant fireAt = due.minusDays(daysBefore)
                                .atTime(8, 0)
                                .atZone(GENEVA)
                                .toInstant();
                        if (!fireAt.isAfter(then) && !due.isBefore(LocalDate.now(GENEVA))) {
                            expected.put(
                                    p.getString("reference") + "/" + kind + "/" + daysBefore,
                                    kind.equals("ANSWER") ? STREAMLY_MEMBERS : 1);
                        }
                    }
                }
            }
        }
        return expected;
    }

    private static Map<String, Integer> reminderMailsFor(java.util.Set<String> keys) {
        return Smtp.received(m -> true).stream()
                .map(ReminderRaceIT::keyOf)
                .filter(keys::contains)
                .collect(Collectors.toMap(Function.identity(), k -> 1, Integer::sum, TreeMap::new));
    }

    private static String keyOf(MimeMessage m) {
        String subject = Smtp.subject(m);
        String kind = subject.contains(": the time limit for the Answer")
                ? "ANSWER"
                : subject.contains("at the latest")
                        ? "RESOLUTION_CAP"
                        : subject.contains(": the Resolution is due on") ? "RESOLUTION" : null;
        if (kind == null) {
            return "";
        }
        String reference = subject.substring("Concord ".length(), subject.indexOf(':'));
        String body = GreenMailUtil.getBody(m);
        int open = body.indexOf("A reminder (");
        String days = body.substring(open + "A reminder (".length(), body.indexOf(' ', open + 12));
        return reference + "/" + kind + "/" + days;
    }

    private static void awaitAll(Map<String, Integer> keys) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && !reminderMailsFor(keys.keySet()).equals(keys)) {
            Smtp.allowFurtherMail(1);
        }
    }

    private Process start(int port) throws IOException {
        Path log = Path.of("target", "reminder-race-" + port + "-" + (logs.size() + 1) + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        javaBinary(),
                        "-Xmx512m",
                        // Three JVMs start at once on two cores in CI: the quick compiler only, less to compete.
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        System.getProperty("payara.microJar"),
                        "--deploy",
                        System.getProperty("concord.war"),
                        "--port",
                        String.valueOf(port),
                        "--nocluster"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CONCORD_CLOCK_OFFSET", AHEAD.toString());
        builder.environment().put("CONCORD_DEMO_ENABLED", "false");
        Process process = builder.start();
        instances.add(process);
        logs.put(process, log);
        return process;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The instance, or the one started in its place if it did not start: as an operator's process manager would, the
     * test starts an instance that failed once more (saying so on the test's output, with the log's end); a second
     * failure fails the test. Losing an instance is the test's subject, not a reason to fail it.
     */
    private Process ready(Process instance, int port) throws InterruptedException, IOException {
        try {
            awaitReady(instance, port);
            return instance;
        } catch (NotStarted failed) {
            System.err.println("ReminderRaceIT: started once more after: " + failed.getMessage());
            instance.destroyForcibly().waitFor();
            instances.remove(instance);
            Process again = start(port);
            awaitReady(again, port);
            return again;
        }
    }

    /** An instance whose JVM ended, whose deployment failed, or that was not ready in time. */
    private static final class NotStarted extends AssertionError {
        NotStarted(String message) {
            super(message);
        }
    }

    /**
     * Waits for the instance's readiness. An instance whose JVM ended, or whose deployment failed (Payara Micro then
     * runs on without the application, and would answer 404 for ever), fails at once, with its log's end.
     */
    private void awaitReady(Process instance, int port) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        Path log = logs.get(instance);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!instance.isAlive() || endOf(log).contains("Exception while loading the app")) {
                throw new NotStarted(
                        "instance on port " + port + " did not start; the end of " + log + ":\n" + endOf(log));
            }
            Smtp.allowFurtherMail(1);
        }
        throw new NotStarted("instance on port " + port + " not ready within " + READY_WITHIN.toSeconds()
                + " s; the end of " + log + ":\n" + endOf(log));
    }

    private static String endOf(Path log) throws IOException {
        String written = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        return written.substring(Math.max(0, written.length() - 8_000));
    }
}
