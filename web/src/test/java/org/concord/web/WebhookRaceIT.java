package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.concord.web.WebhookReceiver.Received;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-PLAT.2, R-OPS.1 across instances: two more Payara Micro instances ({@link PayaraInstances}) run the same ROOT.war
 * on the same database beside the test server, so that three dispatchers claim from one webhook outbox. Streamly's
 * manager registers eight endpoints at one slow receiver ({@link WebhookReceiver}, 300 ms a post); six Procedures
 * commenced against Streamly in quick succession make 48 deliveries, several batches due at once for a good ten
 * seconds of posting. Every delivery must arrive, signed with its endpoint's secret, no {@code webhook-id} twice, and
 * the delivery log must show one attempt for each, delivered.
 *
 * <p>Which instance posted: the {@code webhook-timestamp} is the sending instance's clock ({@code Clock}, which
 * honours {@code concord.clock.offset}); the first extra instance runs two minutes ahead, the second four, the test
 * server on time, so the timestamp less the arrival time names the sender. Their clocks ahead, the extra instances
 * would send reminders and lapse invitations minutes early into the shared database while other tests run on it:
 * their reminder (also the implementation reports') and invitation sweeps are set to once a day, that is never
 * during the test.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookRaceIT {

    /** The n-th extra instance's clock runs n times this ahead of the test server's. */
    private static final Duration STEP = Duration.ofMinutes(2);

    private static final int[] PORTS = {28380, 28480};
    private static final int ENDPOINTS = 8;
    private static final int PROCEDURES = 6;
    /** Slow enough that the batches of 5 overlap: 48 posts are 14.4 s for one dispatcher alone. */
    private static final long ANSWER_AFTER_MS = 300;

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static PayaraInstances instances;
    private static final List<Process> extra = new ArrayList<>();

    @ArquillianResource
    private URL base;

    /** Started once for the class, at once, while the test prepares its Procedures. */
    @BeforeAll
    static void startInstances() throws Exception {
        instances = new PayaraInstances("webhook-race");
        for (int n = 1; n <= PORTS.length; n++) {
            extra.add(instances.start(PORTS[n - 1], environment(n)));
        }
    }

    @AfterAll
    static void stopInstances() {
        if (instances != null) {
            instances.close();
        }
    }

    private static Map<String, String> environment(int n) {
        return Map.of(
                "CONCORD_CLOCK_OFFSET",
                STEP.multipliedBy(n).toString(),
                // Clocks ahead: no reminders, implementation reports' reminders or lapsed invitations from here.
                "CONCORD_REMINDERS_INTERVAL",
                "86400",
                "CONCORD_APPOINTMENT_SWEEP_INTERVAL",
                "86400");
    }

    @Test
    void threeInstancesShareTheOutboxAndAttemptEachDeliveryOnce_RPLAT2_ROPS1() throws Exception {
        String webhooks =
                "/api/v1/organisations/" + DemoOrganisations.id(base, DemoOrganisations.STREAMLY) + "/webhooks";
        Map<String, String> secretByPath = new HashMap<>();
        Map<String, String> endpointByPath = new LinkedHashMap<>();
        try (WebhookReceiver receiver = new WebhookReceiver(16)) {
            try {
                for (int i = 1; i <= ENDPOINTS; i++) {
                    String path = "/" + i;
                    HttpResponse<String> created = Http.as(base, PLATFORM)
                            .postJson(
                                    webhooks,
                                    "{\"url\":\"" + receiver.url(path) + "\",\"events\":[\"procedure.commenced\"]}");
                    assertEquals(201, created.statusCode(), created.body());
                    JsonObject endpoint = Http.json(created);
                    endpointByPath.put("/hook" + path, endpoint.getString("id"));
                    secretByPath.put("/hook" + path, endpoint.getString("secret"));
                }
                // Filed and paid first, so that commencing is one request each and the deliveries fall due together.
                Lifecycle lifecycle = new Lifecycle(base);
                List<String> procedures = new ArrayList<>();
                for (int i = 1; i <= PROCEDURES; i++) {
                    String id = lifecycle.file(ALICE, "Webhook race test " + i + ".");
                    lifecycle.pay(id, "FILING");
                    procedures.add(id);
                }
                for (int n = 1; n <= PORTS.length; n++) {
                    extra.set(n - 1, instances.ready(extra.get(n - 1), PORTS[n - 1]));
                }

                receiver.answerAfter(ANSWER_AFTER_MS);
                receiver.clear();
                Instant started = Instant.now();
                procedures.forEach(lifecycle::commencePaid);

                // Once every log says delivered, nothing of these is due any more: no dispatcher can post one again;
                // once the receiver is idle too, a duplicate already on its way has been counted (conditions, not a
                // pause), and the logs are read again for the attempts recorded meanwhile.
                awaitDelivered(webhooks, endpointByPath);
                Duration took = Duration.between(started, Instant.now());
                awaitIdle(receiver);
                Map<String, List<JsonObject>> logs = awaitDelivered(webhooks, endpointByPath);

                Map<String, String> pathOfMessage = new HashMap<>();
                logs.forEach((path, deliveries) -> {
                    assertEquals(PROCEDURES, deliveries.size(), path + ": one delivery per commencement");
                    for (JsonObject d : deliveries) {
                        assertEquals("DELIVERED", d.getString("status"), d.toString());
                        assertEquals(1, d.getJsonArray("attempts").size(), "one attempt, logged once: " + d);
                        assertEquals(
                                200, d.getJsonArray("attempts").getJsonObject(0).getInt("statusCode"), d.toString());
                        pathOfMessage.put(d.getString("messageId"), path);
                    }
                });
                assertEquals(ENDPOINTS * PROCEDURES, pathOfMessage.size(), "a message id per delivery");

                List<Received> posts = receiver.received();
                Map<String, Long> perId = posts.stream()
                        .collect(Collectors.groupingBy(Received::id, TreeMap::new, Collectors.counting()));
                assertEquals(pathOfMessage.keySet(), perId.keySet(), "every delivery arrived, and nothing else");
                assertTrue(
                        perId.values().stream().allMatch(n -> n == 1),
                        "no webhook-id twice: "
                                + perId.entrySet().stream()
                                        .filter(e -> e.getValue() > 1)
                                        .toList());
                for (Received post : posts) {
                    assertEquals(pathOfMessage.get(post.id()), post.path(), "at its endpoint's address");
                    assertTrue(post.signedWith(secretByPath.get(post.path())), "signed with its endpoint's secret");
                    assertEquals("procedure.commenced", post.type());
                    assertTrue(procedures.contains(post.procedureId()), post.body());
                }
                for (String path : endpointByPath.keySet()) {
                    assertEquals(
                            Set.copyOf(procedures),
                            posts.stream()
                                    .filter(p -> p.path().equals(path))
                                    .map(Received::procedureId)
                                    .collect(Collectors.toSet()),
                            path + ": each commencement once");
                }

                Map<String, Long> split = posts.stream()
                        .collect(Collectors.groupingBy(WebhookRaceIT::sender, TreeMap::new, Collectors.counting()));
                System.out.println("WebhookRaceIT: " + posts.size() + " posts in " + took.toMillis() + " ms by " + split
                        + ", at most " + receiver.maxInFlight() + " in flight at once");
                assertTrue(
                        split.keySet().stream().anyMatch(s -> !s.equals(sender(0))),
                        "an extra instance posted some: " + split);
            } finally {
                for (String endpoint : endpointByPath.values()) {
                    Http.as(base, PLATFORM).delete(webhooks + "/" + endpoint);
                }
            }
        }
    }

    /** Every endpoint's delivery log, by the receiver's path, once every delivery in it is delivered. */
    private Map<String, List<JsonObject>> awaitDelivered(String webhooks, Map<String, String> endpointByPath)
            throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        Map<String, List<JsonObject>> logs = Map.of();
        while (Instant.now().isBefore(until)) {
            logs = endpointByPath.entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            e -> Http.json(Http.as(base, PLATFORM)
                                            .get(webhooks + "/" + e.getValue() + "/deliveries?size=100"))
                                    .getJsonArray("items")
                                    .getValuesAs(JsonObject.class)));
            if (logs.values().stream()
                    .allMatch(l -> l.size() == PROCEDURES
                            && l.stream().allMatch(d -> d.getString("status").equals("DELIVERED")))) {
                return logs;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("every delivery delivered within " + PATIENCE + "; the logs: " + logs);
    }

    private static void awaitIdle(WebhookReceiver receiver) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (receiver.inFlight() > 0) {
            assertTrue(Instant.now().isBefore(until), "the receiver idle within " + PATIENCE);
            Thread.sleep(50);
        }
    }

    /** The instance whose clock stamped the post: the test server (0) or the n-th extra instance. */
    private static String sender(Received post) {
        long ahead = post.timestamp() - post.arrived().getEpochSecond();
        long n = Math.round((double) ahead / STEP.toSeconds());
        assertTrue(
                n >= 0 && n <= PORTS.length && Math.abs(ahead - n * STEP.toSeconds()) < 30,
                "stamped by one of the three clocks: " + ahead + " s ahead of the arrival");
        return sender((int) n);
    }

    private static String sender(int n) {
        return n == 0 ? "test server" : "instance " + n + " (port " + PORTS[n - 1] + ")";
    }
}
