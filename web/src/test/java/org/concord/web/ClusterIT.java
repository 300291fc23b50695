package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R-OPS.1 (with R-C1 and R-PLAT.2): three Payara Micro instances of the ROOT.war form a cluster in Payara's data
 * grid ({@link PayaraInstances#startClustered}) on the tests' PostgreSQL database, behind the repository's HAProxy
 * configuration (ops/haproxy.cfg). A Party's journey goes through the proxy only, with the session cookie and each
 * page's Faces view state as a browser keeps them: she signs in, opens the Request form, imports a Statement of
 * Reasons (the view now holds the draft), submits the form incomplete (refused, the view keeps what she typed) — and
 * then the instance that served her session is killed (SIGKILL: {@code destroyForcibly} on its JVM). She submits the
 * complete form from the page she holds: another instance files it with her session and her view's draft, and she
 * sees her Procedure. Staff then commence it through the proxy, which posts a webhook to the platform.
 *
 * <p>Then: exactly one Procedure with her description (0 lost, 0 duplicates); every mail queued since the journey
 * began sent, each exactly once (one message at the tests' SMTP server per outbox row, one attempt each); the
 * webhook delivered with one attempt, its message id received once. A due mail or delivery claimed by two instances
 * would arrive twice: once each is claimed by one instance only.
 *
 * <p>PostgreSQL only (mvn -Ppostgresql verify): the instances share the database as a cluster would, and the H2 file
 * database of the other tests is not made for three servers at once. Needs Debian's haproxy (/usr/sbin/haproxy).
 * No Arquillian test server: when it runs alone the first instance loads the demo data into the empty database;
 * in the whole suite the test server did.
 */
class ClusterIT {

    /** Beside ReminderRaceIT's 28180/28280, WebhookRaceIT's 28380/28480 and BackupRestoreIT's 28580. */
    private static final int[] PORTS = {28680, 28780, 28880};

    private static final int PROXY_PORT = 28980;
    private static final int PROXY_STATS_PORT = 28981;
    private static final PayaraInstances.Grid GRID = new PayaraInstances.Grid("concord-cluster-it", 5931, 3);
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final PayaraInstances instances = new PayaraInstances("cluster");
    private Process proxy;

    @AfterEach
    void stopAll() throws InterruptedException {
        if (proxy != null) {
            proxy.destroyForcibly().waitFor();
        }
        instances.close();
    }

    @Test
    void aJourneyOutlivesTheInstanceThatServedItAndNothingIsLostOrDoubled_ROPS1() throws Exception {
        String url = System.getenv("CONCORD_DB_URL");
        assumeTrue(
                url != null && url.startsWith("jdbc:postgresql:"),
                "ClusterIT needs PostgreSQL (mvn -Ppostgresql verify): the tests' database is " + url);
        assumeTrue(Files.isExecutable(HAPROXY), "ClusterIT needs Debian's haproxy at " + HAPROXY);

        // Three JVMs at once; the first loads the demo data if the database is empty (only one may: DemoData).
        List<Process> members = new ArrayList<>();
        for (int n = 0; n < PORTS.length; n++) {
            members.add(instances.startClustered(
                    PORTS[n], GRID, n, Map.of("CONCORD_DEMO_ENABLED", String.valueOf(n == 0))));
        }
        for (int n = 0; n < PORTS.length; n++) {
            members.set(n, instances.ready(members.get(n), PORTS[n]));
        }
        for (Process member : members) {
            instances.awaitGrid(member, PORTS.length);
        }
        proxy = startProxy();
        URL front = URI.create("http://127.0.0.1:" + PROXY_PORT + "/").toURL();
        awaitProxy(front);

        Instant began = Instant.now();
        // GreenMail lists its messages mailbox by mailbox, not in order of arrival: count by recipient and subject.
        Map<String, Long> mailBefore = arrived(Map.of());
        String description = "Cluster journey " + UUID.randomUUID() + ": my own song was removed.";
        FacesClient alice = new FacesClient(front);
        assertTrue(alice.signIn(ALICE, Http.DEMO_PASSWORD), "Alice signs in through the proxy");

        HttpResponse<String> form = alice.get("/portal/file-request.xhtml");
        assertEquals(200, form.statusCode());
        String statement = StatementOfReasonsIT.fixture("example_statement.json")
                .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", "cluster-" + UUID.randomUUID())
                .replace(
                        "\"category_specification\":[]",
                        "\"category_specification\":[\"KEYWORD_COPYRIGHT_INFRINGEMENT\"]");
        HttpResponse<String> imported = alice.postMultipartOn(
                "/portal/file-request.xhtml", form.body(), "statement", Map.of("json", statement), "import");
        assertEquals(200, imported.statusCode());
        assertTrue(imported.body().contains("id=\"statement-summary\""), "the view holds the imported draft");
        List<String> restrictions = checked(imported.body(), "request:restrictions");
        assertFalse(restrictions.isEmpty(), "the statement's restrictions are ticked");

        // Incomplete: refused, the items missing named; the view keeps the draft and what was typed.
        HttpResponse<String> refused = alice.postMultipartOn(
                "/portal/file-request.xhtml", imported.body(), "request", Map.of("description", description), "submit");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("R-5.1"), "the missing items are named");
        assertTrue(refused.body().contains("id=\"statement-summary\""), "the draft is still in the view");

        String servedBy = alice.cookie("CONCORD_NODE").orElseThrow(() -> new AssertionError("no instance cookie"));
        int lost = Integer.parseInt(servedBy.substring(1)) - 1;
        instances.stop(members.get(lost));

        Map<String, String> complete = new java.util.LinkedHashMap<>();
        complete.put("capacity", "USER");
        complete.put("platformCorrespondenceEmail", "legal@streamly.example");
        complete.put("matter", "COPYRIGHT");
        complete.put("description", description);
        complete.put("remedy", "Restore the recording.");
        complete.put("noIchsDecision", "true");
        complete.put("domicile", "FR");
        complete.put("submitsToJurisdiction", "true");
        complete.put("otherProceedings", "None");
        List<Map.Entry<String, String>> fields = new ArrayList<>(complete.entrySet());
        restrictions.forEach(r -> fields.add(Map.entry("restrictions", r)));
        HttpResponse<String> filed =
                alice.postMultipartOn("/portal/file-request.xhtml", refused.body(), "request", fields, "submit");
        assertEquals(302, filed.statusCode(), "filed after the loss of " + servedBy + ": " + filed.body());
        String location = filed.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("id=([0-9a-f-]{36})").matcher(location);
        assertTrue(id.find(), location);
        String procedure = id.group(1);
        String nowServedBy = alice.cookie("CONCORD_NODE").orElseThrow();
        assertNotEquals(servedBy, nowServedBy, "another instance took the session over");
        HttpResponse<String> page = alice.get(
                URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertEquals(200, page.statusCode(), "still signed in: the session came from the grid");
        assertTrue(page.body().contains(description), "her Procedure");

        // Staff commence it through the proxy: the platform's endpoint gets procedure.commenced.
        try (WebhookReceiver receiver = new WebhookReceiver(4)) {
            String webhooks =
                    "/api/v1/organisations/" + DemoOrganisations.id(front, DemoOrganisations.STREAMLY) + "/webhooks";
            HttpResponse<String> endpoint = Http.as(front, PLATFORM)
                    .postJson(
                            webhooks,
                            "{\"url\":\"" + receiver.url("/cluster") + "\",\"events\":[\"procedure.commenced\"]}");
            assertEquals(201, endpoint.statusCode(), endpoint.body());
            Lifecycle lifecycle = new Lifecycle(front);
            lifecycle.pay(procedure, "FILING");
            lifecycle.commencePaid(procedure);

            try (Connection db = database()) {
                assertEquals(
                        1,
                        count(db, "select count(*) from procedure where description = ?", description),
                        "one Procedure: none lost, none twice");

                List<Map<String, Object>> deliveries = awaitAll(
                        db,
                        "select message_id, delivered_at, attempts from webhook_delivery where subject_id = ?"
                                + " and created_at >= ?",
                        "delivered_at",
                        UUID.fromString(procedure),
                        Timestamp.from(began));
                assertEquals(1, deliveries.size(), "one delivery of procedure.commenced: " + deliveries);
                String messageId = (String) deliveries.get(0).get("message_id");
                assertEquals(1, ((Number) deliveries.get(0).get("attempts")).intValue(), "one attempt");
                assertEquals(
                        1,
                        count(
                                db,
                                "select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                                        + " where d.message_id = ?",
                                messageId),
                        "one attempt logged");
                assertEquals(
                        1,
                        receiver.received().stream()
                                .filter(r -> r.id().equals(messageId))
                                .count(),
                        "the platform received it once");

                List<Map<String, Object>> mails = awaitAll(
                        db,
                        "select recipient, subject, attempts, sent_at from outbound_mail where created_at >= ?",
                        "sent_at",
                        Timestamp.from(began));
                assertFalse(mails.isEmpty(), "the filing and the commencement announced by mail (R-C1)");
                Map<String, Long> queued = mails.stream()
                        .collect(Collectors.groupingBy(
                                m -> m.get("recipient") + " | " + m.get("subject"),
                                TreeMap::new,
                                Collectors.counting()));
                for (Map<String, Object> mail : mails) {
                    // The outbox counts failed attempts (OutboundMail.attempts): none for a mail sent at once.
                    assertEquals(0, ((Number) mail.get("attempts")).intValue(), "sent at the first attempt: " + mail);
                }
                // The last of them may still be on its way from the SMTP client to the server.
                Map<String, Long> arrived = awaitArrived(mailBefore, queued);
                assertEquals(queued, arrived, "each queued mail arrived exactly once");
            }
        }
    }

    private Process startProxy() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        HAPROXY.toString(),
                        "-db",
                        "-f",
                        ops().resolve("haproxy.cfg").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target", "cluster-haproxy.log").toFile()));
        builder.environment().put("CONCORD_PROXY_PORT", String.valueOf(PROXY_PORT));
        builder.environment().put("CONCORD_PROXY_STATS_PORT", String.valueOf(PROXY_STATS_PORT));
        for (int n = 0; n < PORTS.length; n++) {
            builder.environment().put("CONCORD_INSTANCE_" + (n + 1) + "_PORT", String.valueOf(PORTS[n]));
        }
        return builder.start();
    }

    /** Until the proxy answers ready (its instances are all ready already). */
    private void awaitProxy(URL front) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(Http.local(front).resolve("health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    assertTrue(
                            ready.headers().firstValue("X-Request-Id").isPresent(),
                            "the proxy sets a request id: " + ready.headers().map());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(proxy.isAlive(), "haproxy ended: see target/cluster-haproxy.log");
            Smtp.allowFurtherMail(1);
        }
        throw new AssertionError("the proxy did not answer within " + PATIENCE);
    }

    /** The rows of {@code query}, once each has {@code column} set (or the patience is over). */
    private List<Map<String, Object>> awaitAll(Connection db, String query, String column, Object... parameters)
            throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Map<String, Object>> rows = rows(db, query, parameters);
        while (rows.stream().anyMatch(r -> r.get(column) == null) && System.nanoTime() < deadline) {
            // A bounded wait for the dispatchers' work, not a sleep: the next look within a second.
            Smtp.allowFurtherMail(1);
            rows = rows(db, query, parameters);
        }
        List<Map<String, Object>> pending =
                rows.stream().filter(r -> r.get(column) == null).toList();
        assertEquals(List.of(), pending, "still not done after " + PATIENCE);
        return rows;
    }

    /** The mails received since {@code before}, counted by recipient and subject, for the keys of {@code queued}. */
    private static Map<String, Long> awaitArrived(Map<String, Long> before, Map<String, Long> queued) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, Long> arrived = arrived(before, queued);
        while (!arrived.equals(queued) && System.nanoTime() < deadline) {
            Smtp.allowFurtherMail(1);
            arrived = arrived(before, queued);
        }
        // Any further copy a second claim would send comes within the dispatch interval: look once more after it.
        Smtp.allowFurtherMail(2);
        return arrived(before, queued);
    }

    /** The messages received since {@code before} was counted, by recipient and subject, of those {@code queued}. */
    private static Map<String, Long> arrived(Map<String, Long> before, Map<String, Long> queued) {
        Map<String, Long> arrived = arrived(queued);
        before.forEach(
                (key, earlier) -> arrived.computeIfPresent(key, (k, now) -> now - earlier == 0 ? null : now - earlier));
        return arrived;
    }

    /** Every message received, by recipient and subject (only those of {@code queued} unless it is empty). */
    private static Map<String, Long> arrived(Map<String, Long> queued) {
        return Smtp.received(m -> true).stream()
                .map(m -> Smtp.recipient(m) + " | " + subject(m))
                .filter(key -> queued.isEmpty() || queued.containsKey(key))
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The values of the ticked checkboxes named {@code name} on {@code page}. */
    private static List<String> checked(String page, String name) {
        List<String> values = new ArrayList<>();
        Matcher input = Pattern.compile("<input[^>]*>").matcher(page);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("name=\"" + name + "\"") && tag.contains("checked")) {
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                if (value.find()) {
                    values.add(value.group(1));
                }
            }
        }
        return values;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CONCORD_DB_URL"),
                System.getenv("CONCORD_DB_USER"),
                System.getenv("CONCORD_DB_PASSWORD"));
    }

    private static long count(Connection db, String query, Object... parameters) throws SQLException {
        return ((Number) rows(db, query, parameters).get(0).values().iterator().next()).longValue();
    }

    private static List<Map<String, Object>> rows(Connection db, String query, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The repository's ops/ folder, above the module the tests run in. */
    private static Path ops() {
        return Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                .map(p -> p.resolve("ops"))
                .filter(p -> Files.isRegularFile(p.resolve("haproxy.cfg")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no ops/haproxy.cfg above " + Path.of("").toAbsolutePath()));
    }
}
